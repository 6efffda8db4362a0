/**
 * Bytes to text. Tables must be UTF-8 (with or without BOM); Excel's "Unicode
 * text" (UTF-16 with BOM) is read too. Old Vietnamese files in TCVN3 (ABC), VNI or
 * Windows-1258 read as mojibake: they are detected and named, never decoded
 * silently, so that no garbled name reaches a page.
 */
import iconv from "iconv-lite";
import { guessDelimiter } from "./csv.ts";
import { message, type Message } from "./messages/index.ts";
import { foreignLetters } from "./text.ts";

export type LegacyEncoding = "TCVN3 (ABC)" | "VNI" | "Windows-1258";

export type Decoded =
  | { ok: true; text: string; encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" }
  | {
      ok: false;
      /** Where the first problem is: its physical line and table column. */
      line: number;
      column: number;
      message: Message;
      /** A legacy Vietnamese encoding the bytes read as. */
      legacy?: LegacyEncoding;
    };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Non-ASCII letters of the decoded text that are Vietnamese, minus those that are not. */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const c of text.normalize("NFC")) {
    if (c.codePointAt(0)! < 0x80) continue;
    score += foreignLetters(c) === "" ? 1 : -3;
  }
  return score;
}

const VNI_MARK = new RegExp(
  "[A-Za-z][\u00d1\u00f1\u00e2\u00ea\u00f4\u00f5\u00f8\u00f9\u00fb\u00ef\u00f6\u00e4\u00e5\u00f3\u00f2" +
    "\u00ee\u00ec\u00ed\u00ef\u00da\u00d9\u00d8\u00db\u00d5\u00cf\u00c2\u00ca\u00d4]",
  "g",
);

/** VNI writes a base letter then a mark byte that Windows-1252 shows as ù ø û õ ï â ê ô ...: "Ñoàng Taâm". */
function vniScore(bytes: Uint8Array): number {
  const text = iconv.decode(Buffer.from(bytes), "windows1252");
  return (text.match(VNI_MARK) ?? []).length;
}

/** Windows-1258's tone marks (grave, acute, hook, tilde, dot below) are bytes of their own, written after a vowel. */
const TONE_1258 = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const VOWEL_1258 = new Set([..."aeiouyAEIOUY"].map((c) => c.charCodeAt(0)).concat([0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3]));

/** The share of high bytes that are a tone mark right after a vowel: high in Windows-1258, low in TCVN3 or VNI. */
function toneAfterVowel(bytes: Uint8Array): number {
  let high = 0;
  let pairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (TONE_1258.has(bytes[i]!) && i > 0 && VOWEL_1258.has(bytes[i - 1]!)) pairs++;
  }
  return high === 0 ? 0 : pairs / high;
}

/** How many Vietnamese letters (net of foreign ones) a decoding must show to be named. */
const MIN_VIETNAMESE = 3;

/** Which legacy encoding the bytes most look like, or null. */
export function guessLegacy(bytes: Uint8Array): LegacyEncoding | null {
  if (toneAfterVowel(bytes) >= 0.3) return "Windows-1258";
  const buffer = Buffer.from(bytes);
  const candidates: [LegacyEncoding, number][] = [
    ["TCVN3 (ABC)", vietnameseScore(iconv.decode(buffer, "tcvn"))],
    ["Windows-1258", vietnameseScore(iconv.decode(buffer, "windows1258"))],
  ];
  const vni = vniScore(bytes);
  // VNI decodes as plain Windows-1252 letters, so it cannot be scored the same way:
  // it wins when its signature is frequent and the others read badly.
  const best = candidates.sort((a, b) => b[1] - a[1])[0]!;
  if (vni >= 3 && vni * 2 > best[1]) return "VNI";
  // Named only when the decoded text reads as Vietnamese: a few letters, not one stray byte.
  return best[1] >= MIN_VIETNAMESE ? best[0] : vni >= MIN_VIETNAMESE ? "VNI" : null;
}

/** What a UTF-8 scan finds: sequences that are not UTF-8, and well-formed multi-byte ones. */
interface Utf8Scan {
  invalid: number;
  multibyte: number;
  /** Byte offset of the first invalid sequence, or -1. */
  first: number;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, multibyte: 0, first: -1 };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      if (scan.first === -1) scan.first = i;
      scan.invalid++;
      i++;
      continue;
    }
    if (length > 1) scan.multibyte++;
    i += length;
  }
  return scan;
}

/** The physical line (CR, LF or CRLF) and the character position within it of a byte offset. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, lineStart };
}

/** Files that are not text at all, by their first bytes. */
const SIGNATURES: [number[], "spreadsheet-file" | "compressed-file", string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "spreadsheet-file", "XLSX/ODS (zip)"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "spreadsheet-file", "XLS (Excel 97-2003)"],
  [[0x1f, 0x8b], "compressed-file", "gzip"],
  [[0x42, 0x5a, 0x68], "compressed-file", "bzip2"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "compressed-file", "7z"],
  [[0x52, 0x61, 0x72, 0x21], "compressed-file", "RAR"],
];

/** UTF-16 without a BOM: most of the bytes at even (big-endian) or odd (little-endian) offsets are zero. */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return "UTF-16LE";
  if (even > half * 0.3 && odd < half * 0.05) return "UTF-16BE";
  return null;
}

/** Bytes that are not UTF-8: a legacy Vietnamese encoding when they read as Vietnamese, else the first invalid byte. */
function notUtf8(body: Uint8Array): Decoded {
  const scan = scanUtf8(body);
  const { line, lineStart } = positionOf(body, scan.first);
  // A file that is mostly well-formed UTF-8 Vietnamese is UTF-8 with stray bytes, whatever they decode to.
  const legacy = scan.multibyte >= 3 * scan.invalid ? null : guessLegacy(body);
  if (legacy) return { ok: false, line, column: 1, message: message("not-utf8", { encoding: legacy }), legacy };
  const before = new TextDecoder("utf-8").decode(body.subarray(lineStart, scan.first));
  const delimiter = guessDelimiter(before);
  const column = before.split(delimiter).length;
  const byte = `0x${body[scan.first]!.toString(16).toUpperCase().padStart(2, "0")}`;
  return { ok: false, line, column, message: message("invalid-byte", { byte, count: scan.invalid, position: [...before].length + 1 }) };
}

export function decode(bytes: Uint8Array): Decoded {
  for (const [signature, key, kind] of SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, line: 1, column: 1, message: message(key, { kind }) };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16BE" };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ok: false, line: 1, column: 1, message: message("utf16-no-bom", { encoding: utf16 }) };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "UTF-8" };
  } catch {
    return notUtf8(body);
  }
}
