/**
 * Bytes to text. Tables must be UTF-8 (with or without BOM); Excel's "Unicode
 * text" (UTF-16 with BOM) is read too. Old Vietnamese files in TCVN3 (ABC), VNI or
 * Windows-1258 read as mojibake: they are detected and named, never decoded
 * silently, so that no garbled name reaches a page.
 */
import iconv from "iconv-lite";
import { foreignLetters } from "./text.ts";

export type LegacyEncoding = "TCVN3 (ABC)" | "VNI" | "Windows-1258";

export type Decoded =
  | { ok: true; text: string; encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" }
  | { ok: false; encoding: LegacyEncoding | null; /** 1-based line of the first byte that is not UTF-8 */ line: number };

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
  return best[1] > 0 ? best[0] : vni > 0 ? "VNI" : null;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += length;
  }
  return line;
}

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16BE" };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "UTF-8" };
  } catch {
    return { ok: false, encoding: guessLegacy(body), line: firstInvalidUtf8Line(body) };
  }
}
