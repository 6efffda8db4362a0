/**
 * Field ranks that a document states for a unit (data/published-ranks.csv), beside
 * the tables: a commune's report writes "Cải cách tài chính công đạt 5/7 điểm, xếp
 * hạng 12/12 hạng", but the district's decision is not at hand. The model compares
 * each with the rank it computes, and the pages label the stated ones "công bố".
 */
import { z } from "astro/zod";
import { readRecords } from "./records.ts";
import { message, RULES } from "./messages/index.ts";
import type { Reading } from "./reading.ts";
import { says } from "./schema.ts";
import type { FieldDef, ParRow, Source } from "./types.ts";

export const STATED_RANKS_FILE = "published-ranks.csv";

const whole = (text: { vi: string; en: string }) => z.coerce.number(says(text)).int(says(text)).min(1, says(text));

export const statedRankRecord = z.object({
  source: z.string(says(RULES.missingColumn)).min(1, says(RULES.emptyCell)),
  year: whole(RULES.yearWhole),
  unit_code: z.string().regex(/^\d{5}$/, says(RULES.unitCode)),
  field: z.string(says(RULES.missingColumn)).min(1, says(RULES.emptyCell)),
  rank: whole(RULES.statedRank),
  of: whole(RULES.statedLevels),
  note: z.string().default(""),
});

export interface StatedRank {
  sourceId: string;
  year: number;
  unitCode: string;
  field: string;
  rank: number;
  of: number;
  note: string;
  location: { file: string; line: number };
}

interface Context {
  sources: ReadonlyMap<string, Source>;
  fields: readonly FieldDef[];
  par: readonly ParRow[];
}

/** The statements read and checked against the sources, the field definitions and the PAR rows they speak of. */
export async function readStatedRanks(reading: Reading, context: Context): Promise<StatedRank[]> {
  const table = await reading.table(STATED_RANKS_FILE, false);
  if (!table) return [];
  const read = readRecords(table, statedRankRecord);
  reading.diagnostics.add(read.diagnostics);
  const stated: StatedRank[] = [];
  const fail = (line: number, column: number, m: ReturnType<typeof message>) => reading.diagnostics.error(reading.place(STATED_RANKS_FILE, line, column), m);
  const seen = new Set<string>();
  for (const { value: r, line } of read.records) {
    const source = context.sources.get(r.source);
    if (!source) fail(line, 1, message("unknown-source", { id: r.source }));
    else if (source.kind === "illustrative") fail(line, 1, message("illustrative-statement", { id: r.source }));
    if (!context.fields.some((f) => f.year === r.year && f.code === r.field)) fail(line, 4, message("unknown-field", { year: r.year, field: r.field }));
    if (!context.par.some((p) => p.year === r.year && p.unitCode === r.unit_code)) fail(line, 3, message("no-result", { unit: r.unit_code, year: r.year }));
    if (r.rank > r.of) fail(line, 5, message("rank-above-levels", { rank: r.rank, of: r.of }));
    const key = `${r.year}/${r.unit_code}/${r.field}`;
    if (seen.has(key)) fail(line, 1, message("duplicate-statement", { key }));
    seen.add(key);
    stated.push({ sourceId: r.source, year: r.year, unitCode: r.unit_code, field: r.field, rank: r.rank, of: r.of, note: r.note, location: { file: table.file, line } });
  }
  return stated;
}
