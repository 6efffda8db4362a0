/**
 * What a printout says about itself, in the page's footer (shown only in print):
 * the page's address, and the date of the data it shows (the dates of its
 * documents; illustrative data has none).
 */
import type { SourceUse } from "./sources.ts";
import { viDate } from "./sources.ts";

export interface PrintNote {
  address: string;
  /** "04/4/2023 (123/BC-UBND)", the documents by date, latest first; null when the page shows no dated document. */
  dataDate: string | null;
  illustrative: boolean;
}

export function printNote(address: string, sources: SourceUse[]): PrintNote {
  const dated = [...new Map(sources.filter((s) => s.source.date).map((s) => [s.source.id, s.source])).values()]
    .sort((a, b) => b.date!.localeCompare(a.date!) || a.id.localeCompare(b.id));
  return {
    address,
    dataDate: dated.length ? dated.map((s) => `${viDate(s.date)}${s.number ? ` (${s.number})` : ""}`).join("; ") : null,
    illustrative: sources.some((s) => s.source.kind === "illustrative"),
  };
}
