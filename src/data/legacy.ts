/**
 * Old Vietnamese encodings converted to Unicode: TCVN3 (ABC) and Windows-1258
 * by iconv-lite, VNI by the table below (iconv-lite has none). A converted table
 * is kept only when its unit names then match units.csv (see {@link keepConverted});
 * otherwise it is refused as not UTF-8, as before.
 */
import iconv from "iconv-lite";
import type { CsvRow, CsvTable } from "./csv.ts";
import { error, warning, type Diagnostic } from "./diagnostic.ts";
import { guessLegacy, type LegacyEncoding } from "./encoding.ts";
import { message, type Message } from "./messages/index.ts";

/**
 * VNI (Windows) as Windows-1252 characters: a letter, then mark bytes. Each key is
 * one byte; its value is the Unicode it stands for: a letter of its own (ơ ư đ and
 * i, y with some tones) or combining marks to put after the letter before it.
 */
const VNI_LOWER: Record<string, string> = {
  // Marks after a vowel: tones, circumflex, breve, and both at once.
  "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
  "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303", "ä": "\u0302\u0323",
  "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309", "ü": "\u0306\u0303", "ë": "\u0306\u0323",
  // Letters of their own.
  "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
};
const VNI: Record<string, string> = { ...VNI_LOWER };
for (const [k, v] of Object.entries(VNI_LOWER)) VNI[k.toUpperCase()] = v.toUpperCase();

/** VNI text (each byte read as Windows-1252) in Unicode, NFC. */
export function fromVni(text: string): string {
  let out = "";
  for (const c of text) out += VNI[c] ?? c;
  return out.normalize("NFC");
}

/** Bytes in a legacy encoding as Unicode text, NFC. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === "VNI") return fromVni(iconv.decode(buffer, "windows1252"));
  return iconv.decode(buffer, encoding === "TCVN3 (ABC)" ? "tcvn" : "windows1258").normalize("NFC");
}

/** Text typed in a TCVN3 or VNI font, as a workbook stores it (each byte as a Windows-1252 character), in Unicode. */
export function fromLegacyFont(text: string, encoding: LegacyEncoding): string {
  return encoding === "VNI" ? fromVni(text) : decodeLegacy(iconv.encode(text, "windows1252"), encoding);
}

/** The font a workbook's text is typed in, when it is TCVN3 or VNI: all of it Windows-1252 characters that read as Vietnamese once converted. */
export function legacyFont(texts: readonly string[]): LegacyEncoding | null {
  const text = texts.filter((t) => /[^\x00-\x7f]/.test(t)).join("\n");
  if (text === "") return null;
  const bytes = iconv.encode(text, "windows1252");
  if (iconv.decode(bytes, "windows1252") !== text) return null;
  // Unicode Vietnamese can be all Windows-1252 ("Xã Tân Hà"): only a character no Vietnamese word has shows a legacy font.
  if (!/[^\x00-\x7fàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\s]/.test(text)) return null;
  const guess = guessLegacy(bytes);
  return guess === "TCVN3 (ABC)" || guess === "VNI" ? guess : null;
}

/** What a converted table keeps of its refusal: the encoding, and the error to give if the names do not match. */
export interface Conversion {
  encoding: LegacyEncoding;
  line: number;
  column: number;
  refusal: Message;
  /** A workbook's rows as typed, before conversion. */
  asTyped?: CsvRow[];
}

/** What shows that the converted names or headers are not the district's: the table is then refused as not UTF-8. */
const UNMATCHED = new Set([
  "unknown-unit", "ambiguous-unit", "unit-code-mismatch", "unknown-code", "garbled-text", "lookalike-character",
  "no-header", "missing-column", "unknown-column", "ambiguous-column", "empty-file", "no-rows",
]);

type Read<R, K> = { rows: R[]; diagnostics: Diagnostic[]; lines: K[] };

const matched = (read: Read<unknown, unknown>) => read.rows.length > 0 && !read.diagnostics.some((d) => UNMATCHED.has(d.code));

/**
 * A converted table's read: kept, with a warning naming the encoding, when it has
 * rows and every name in it matched. Else a workbook is read again as typed (its
 * text was Unicode all along, which a guess cannot rule out) and kept if that
 * matches; otherwise the table is refused whole, with the one refusal and no rows.
 */
export function settleConverted<R, K>(csv: CsvTable, read: Read<R, K>, reread: (csv: CsvTable) => Read<R, K>): Read<R, K | "error"> {
  const conversion = csv.converted;
  if (!conversion) return read;
  if (matched(read)) {
    const named = warning({ file: csv.file, line: 1, column: 1, ...message("converted-encoding", { encoding: conversion.encoding }) });
    return { ...read, diagnostics: [named, ...read.diagnostics] };
  }
  if (conversion.asTyped) {
    const typed = reread({ ...csv, rows: conversion.asTyped, converted: undefined });
    if (matched(typed)) return typed;
  }
  const refused = error({ file: csv.file, line: conversion.line, column: conversion.column, ...conversion.refusal });
  return { rows: [], diagnostics: [refused], lines: read.lines.map(() => "error" as const) };
}
