/**
 * Numbers as Vietnamese tables write them: decimal comma and thousands dot
 * ("87,75", "1.234,5"). Files exported by other software may use a decimal point
 * ("87.75"). A number such as "1.577" or "1,577" is ambiguous on its own; the
 * file's style settles it (see {@link numberStyle}).
 */

/** comma: "1.234,5" (Vietnamese); dot: "1,234.5"; mixed: the file shows both. */
export type NumberStyle = "comma" | "dot" | "mixed";

export type ParsedNumber =
  | { ok: true; value: number | null }
  | { ok: false; reason: "not-a-number" | "ambiguous" | "not-finite" | "spreadsheet-error" | "date-cell" };

const SPACES = /[\s\u00a0\u202f]/g;
const SIGN = "[+\\-\u2212]?";
const INTEGER = new RegExp(`^${SIGN}\\d+$`);
/** A separator followed by a group of exactly three digits, with no other separator: "1.577", "12,500". */
const AMBIGUOUS = new RegExp(`^${SIGN}\\d{1,3}([.,])\\d{3}$`);
const COMMA_DECIMAL = new RegExp(`^${SIGN}\\d+,\\d+$`);
const DOT_DECIMAL = new RegExp(`^${SIGN}\\d+\\.\\d+$`);
const COMMA_GROUPED = new RegExp(`^${SIGN}\\d{1,3}(\\.\\d{3})+(,\\d+)?$`); // 1.234.567,5
const DOT_GROUPED = new RegExp(`^${SIGN}\\d{1,3}(,\\d{3})+(\\.\\d+)?$`); // 1,234,567.5
const NON_FINITE = /^[+\-\u2212]?(nan|inf|infinity|∞)$/i;
const SPREADSHEET_ERROR = /^#(n\/a|div\/0!|value!|ref!|name\?|num!|null!|####*)$/i;

function strip(raw: string): string {
  return raw.replace(SPACES, "");
}

/**
 * What a single cell says about the file's style: "comma" for "87,75" or
 * "1.234,5", "dot" for "87.75" or "1,234.5", null when it says nothing
 * (an integer, an ambiguous "1.577", text).
 */
export function styleEvidence(raw: string): "comma" | "dot" | null {
  const s = strip(raw).replace(/%$/, "");
  if (AMBIGUOUS.test(s) || INTEGER.test(s)) return null;
  if (COMMA_DECIMAL.test(s)) return "comma";
  if (DOT_DECIMAL.test(s)) return "dot";
  if (COMMA_GROUPED.test(s)) return "comma";
  if (DOT_GROUPED.test(s)) return "dot";
  return null;
}

/**
 * The style of a file from its numeric cells. With no evidence either way the
 * Vietnamese convention (decimal comma) holds; with evidence both ways, the
 * file is mixed and every ambiguous number in it is refused.
 */
export function numberStyle(cells: Iterable<string>): NumberStyle {
  let comma = false;
  let dot = false;
  for (const cell of cells) {
    const e = styleEvidence(cell);
    if (e === "comma") comma = true;
    else if (e === "dot") dot = true;
    if (comma && dot) return "mixed";
  }
  return dot ? "dot" : "comma";
}

/**
 * Parses a cell. Empty cells are `null` (missing). A trailing "%" is accepted only
 * when `percent` is set, and the number is returned as written (97,9 % → 97.9).
 */
export function parseNumber(raw: string, style: NumberStyle, percent = false): ParsedNumber {
  let s = strip(raw);
  if (s === "" || s === "-" || s === "\u2013") return { ok: true, value: null };
  if (percent) s = s.replace(/%$/, "");
  if (NON_FINITE.test(s)) return { ok: false, reason: "not-finite" };
  if (SPREADSHEET_ERROR.test(s)) return { ok: false, reason: "spreadsheet-error" };
  s = s.replace(/^\+/, "").replace(/^\u2212/, "-");

  let normal: string | null = null;
  const ambiguous = AMBIGUOUS.exec(s);
  if (INTEGER.test(s)) normal = s;
  else if (ambiguous) {
    if (style === "mixed") return { ok: false, reason: "ambiguous" };
    const decimal = style === "comma" ? "," : ".";
    normal = ambiguous[1] === decimal ? s.replace(decimal, ".") : s.replace(ambiguous[1]!, "");
  } else if (COMMA_DECIMAL.test(s)) normal = s.replace(",", ".");
  else if (DOT_DECIMAL.test(s)) normal = s;
  else if (COMMA_GROUPED.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (DOT_GROUPED.test(s)) normal = s.replace(/,/g, "");
  if (normal === null) return { ok: false, reason: "not-a-number" };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { ok: false, reason: "not-finite" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
