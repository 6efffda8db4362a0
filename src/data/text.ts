/**
 * Text as Vietnamese offices export it: normalise to NFC on reading, and fold
 * for matching (NFD, no combining marks, đ → d, lower case, single spaces).
 */
import { unicodeName } from "unicode-name";

/** NFC, with non-breaking and other odd spaces made plain and the ends trimmed; a tab stays (it may be a separator). */
export function clean(text: string): string {
  // Most cells are plain ASCII without odd spaces ("11,84", "STT"): nothing to do.
  if (!/[^\x21-\x7e]/.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, (c) => (c === "\u200b" || c === "\ufeff" ? "" : " "))
    .replace(/[^\S\t]+/g, " ")
    .trim();
}

/**
 * The matching key of a header, name or alias: no diacritics, no case, no
 * punctuation, single spaces. "Cải cách Thể chế" and "CAI CACH THE CHE" fold alike;
 * so do "Hoè" and "Hòe" (tone placement) and NFC and NFD forms.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** A label as it sits inside a sentence: "Quý I/2023" → "quý I/2023" (only the first letter changes). */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);
}

/** Letters a Vietnamese name may contain besides ASCII (precomposed NFC forms). */
const VIETNAMESE_LETTERS =
  "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
const vietnameseLetter = new Set([...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toUpperCase()]);

/**
 * Characters that a correct Vietnamese text never holds but text read in the wrong
 * encoding does (TCVN3 or VNI bytes shown as Windows-1252: "§ång T©m", "Ñoàng Taâm").
 * Returns the offending characters, or an empty string. Invisible and look-alike
 * characters ({@link oddCharacters}) are not counted: no encoding makes them.
 */
export function foreignLetters(text: string): string {
  let found = "";
  for (const c of text.normalize("NFC")) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) continue;
    if (vietnameseLetter.has(c) || ODD.test(c)) continue;
    if (/[\p{Zs}\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u.test(c)) continue; // spaces, dashes, quotes, ellipsis
    if (!found.includes(c)) found += c;
  }
  return found;
}

/**
 * Characters a reader cannot see, or cannot tell from a Vietnamese letter:
 * format and control characters (U+2060 WORD JOINER, U+200D ZERO WIDTH JOINER),
 * spaces other than the plain one, and letters of other scripts that look Latin
 * (Cyrillic о, Greek ο, Icelandic Ð for Đ).
 */
const ODD = /[\p{Cf}\p{Cc}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\u00d0\u00f0\u0189\u0256]/u;
const ODD_ALL = new RegExp(ODD.source, "gu");

/** The odd characters of a text, each once, in order. */
export function oddCharacters(text: string): string[] {
  return [...new Set(text.match(ODD_ALL) ?? [])].filter((c) => c !== "\t" && c !== "\n" && c !== "\r");
}

/** "U+2060 WORD JOINER". */
export function codePointName(c: string): string {
  const code = c.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  return `U+${hex} ${unicodeName(c) ?? "UNASSIGNED"}`;
}

/** The text with every odd character shown by its code point and name: "10,91⟨U+2060 WORD JOINER⟩". */
export function visible(text: string): string {
  if (!ODD.test(text)) return text;
  return text.replace(ODD_ALL, (c) => (c === "\n" || c === "\r" || c === "\t" ? c : `⟨${codePointName(c)}⟩`));
}
