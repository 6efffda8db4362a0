/**
 * What a table cell sorts by, read from the text the page shows: numbers the
 * Vietnamese way ("87,75", "1.234,5"), a rank by its position ("thứ 9/20" → 9,
 * the first number), a change by its sign (the direction the page colours it:
 * "↓ 2 bậc" → -2), text by Vietnamese collation. Pure: tested without a browser.
 */

/** The first number of a text, read the Vietnamese way: "." groups thousands, "," is the decimal mark. NaN when there is none. */
export function viNumber(text: string): number {
  const m = /([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text);
  if (!m) return NaN;
  const n = Number(m[2]!.replace(/\./g, "") + (m[3] ? "." + m[3] : ""));
  return m[1] === "-" || m[1] === "−" ? -n : n;
}

/** A change: its number with the sign its direction gives ("worse" is negative); "không đổi" is 0; no data ("—") is NaN. */
export function changeNumber(text: string, direction: "better" | "worse" | "same" | null): number {
  if (direction === "same") return /—/.test(text) ? NaN : 0;
  const n = Math.abs(viNumber(text));
  return direction === "worse" ? -n : n;
}

const collator = new Intl.Collator("vi", { numeric: true });

/** Compares two keys: numbers before text, NaN (no value) last whichever the direction. */
export function compareKeys(a: number | string, b: number | string, descending: boolean): number {
  const missing = (k: number | string) => k === "" || (typeof k === "number" && Number.isNaN(k));
  if (missing(a) || missing(b)) return missing(a) === missing(b) ? 0 : missing(a) ? 1 : -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
  return descending ? -c : c;
}
