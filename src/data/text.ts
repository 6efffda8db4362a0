/**
 * Text as Vietnamese offices export it: normalise to NFC on reading, and fold
 * for matching (NFD, no combining marks, đ → d, lower case, single spaces).
 */

/** NFC, with non-breaking and other odd spaces made plain and the ends trimmed. */
export function clean(text: string): string {
  // Most cells are plain ASCII without odd spaces ("11,84", "STT"): nothing to do.
  if (!/[^\x21-\x7e]/.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, (c) => (c === "\u200b" || c === "\ufeff" ? "" : " "))
    .replace(/\s+/g, " ")
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
 * Returns the offending characters, or an empty string.
 */
export function foreignLetters(text: string): string {
  let found = "";
  for (const c of text.normalize("NFC")) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) continue;
    if (vietnameseLetter.has(c)) continue;
    if (/[\p{Zs}\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u.test(c)) continue; // spaces, dashes, quotes, ellipsis
    if (!found.includes(c)) found += c;
  }
  return found;
}
