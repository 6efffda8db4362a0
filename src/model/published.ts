/**
 * Published ranks and bands are data too: where a table's own rank or band
 * differs from the one computed from its scores, a warning at that cell says so,
 * and the page shows both.
 */
import { unitLabel } from "../data/scope.ts";
import { warning, type Diagnostic } from "../data/diagnostic.ts";
import { message } from "../data/messages/index.ts";
import { fold } from "../data/text.ts";
import type { StatedRank } from "../data/stated-ranks.ts";
import type { ParResult, ParYear } from "./par.ts";
import type { ServiceResult } from "./service.ts";

/** A published rank that differs from the computed one: a warning at the rank cell. */
export function rankDiffers(r: ParResult | ServiceResult): Diagnostic | null {
  const published = r.row.publishedRank;
  if (published === null || published === r.position.rank) return null;
  const { file, line, columns } = r.row.location;
  const { rank, of } = r.position;
  return warning({ file, line, column: columns.rank ?? 1, ...message("rank-differs", { unit: unitLabel(r.unit), published, total: r.total, rank, of }) });
}

/** A published band that differs from the computed one: a warning at the band cell. */
export function bandDiffers(r: ParResult): Diagnostic | null {
  const { row, band } = r;
  if (row.publishedBand === null || !band || fold(row.publishedBand) === fold(band.label)) return null;
  const { file, line, columns } = row.location;
  return warning({ file, line, column: columns.band ?? 1, ...message("band-differs", { unit: unitLabel(r.unit), published: row.publishedBand, computed: band.label }) });
}

/** The warnings of a PAR result: its rank, then its band. */
export const parDiffers = (r: ParResult): Diagnostic[] => [rankDiffers(r), bandDiffers(r)].filter((d): d is Diagnostic => d !== null);

/** Gives each field result the rank a document states for it. */
export function attachStated(py: ParYear, stated: readonly StatedRank[]): void {
  for (const s of stated) {
    if (s.year !== py.year) continue;
    const f = py.byUnit.get(s.unitCode)?.fields.find((x) => x.def.code === s.field);
    if (f) f.stated = { rank: s.rank, of: s.of, sourceId: s.sourceId };
  }
}

/** A stated field rank that differs from the computed one: a warning at its line; the page shows both. */
export function statedDiffers(s: StatedRank, py: ParYear | undefined): Diagnostic | null {
  const r = py?.byUnit.get(s.unitCode);
  const f = r?.fields.find((x) => x.def.code === s.field);
  if (!r || !f || (f.dense.rank === s.rank && f.dense.levels === s.of)) return null;
  const texts = { unit: unitLabel(r.unit), field: f.def.shortName, year: s.year, stated: `${s.rank}/${s.of}`, computed: `${f.dense.rank}/${f.dense.levels}` };
  return warning({ file: s.location.file, line: s.location.line, column: 5, ...message("stated-rank-differs", texts) });
}
