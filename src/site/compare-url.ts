/**
 * The compare page's state, which is its URL: "?don-vi=11203,11155&nam=2022". Built
 * here for the site's links (through paths.ts) and for the page's script; parsed
 * here for the script. No imports: the browser loads this module too.
 */
export const COMPARE_MAX = 4;

export interface CompareState {
  codes: string[];
  year: number | null;
}

export function compareQuery({ codes, year }: CompareState): string {
  const parts = [`don-vi=${codes.map(encodeURIComponent).join(",")}`];
  if (year !== null) parts.push(`nam=${year}`);
  return `?${parts.join("&")}`;
}

/** The units named (at most four, each once, in order) and the year; nothing that is not a code or a year. */
export function parseCompare(search: string): CompareState {
  const params = new URLSearchParams(search);
  const codes = [...new Set((params.get("don-vi") ?? "").split(",").map((c) => c.trim()).filter((c) => /^[\w-]+$/.test(c)))].slice(0, COMPARE_MAX);
  const year = Number(params.get("nam"));
  return { codes, year: Number.isInteger(year) && year > 0 ? year : null };
}
