/**
 * Field ranks that a document states for a unit (data/published-ranks.csv), beside
 * the tables: a commune's report writes "Cải cách tài chính công đạt 5/7 điểm, xếp
 * hạng 12/12 hạng", but the district's decision is not at hand. The model compares
 * each with the rank it computes, and the pages label the stated ones "công bố".
 */
import { z } from "astro/zod";
import { error, type Diagnostic } from "./diagnostic.ts";
import { readRecords, type Located } from "./records.ts";
import { says } from "./schema.ts";
import type { CsvTable } from "./csv.ts";
import type { FieldDef, ParRow, Source } from "./types.ts";

export const STATED_RANKS_FILE = "published-ranks.csv";

const whole = (vi: string, en: string) => z.coerce.number(says(vi, en)).int(says(vi, en)).min(1, says(vi, en));

export const statedRankRecord = z.object({
  source: z.string(says("Thiếu cột", "Missing column")).min(1, says("Ô trống", "Empty cell")),
  year: whole("Năm phải là số nguyên", "The year must be a whole number"),
  unit_code: z.string().regex(/^\d{5}$/, says("Mã đơn vị gồm 5 chữ số", "A unit code has five digits")),
  field: z.string().min(1, says("Ô trống", "Empty cell")),
  rank: whole("Thứ hạng phải là số nguyên từ 1", "The rank must be a whole number from 1"),
  of: whole("Số hạng phải là số nguyên từ 1", "The number of levels must be a whole number from 1"),
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

/** The records read and checked against the sources, the field definitions and the PAR rows they speak of. */
export function statedRanks(table: CsvTable, context: Context): { stated: StatedRank[]; diagnostics: Diagnostic[] } {
  const read = readRecords(table, statedRankRecord);
  const diagnostics = [...read.diagnostics];
  const stated: StatedRank[] = [];
  const fail = (line: number, column: number, code: string, vi: string, en: string) =>
    diagnostics.push(error({ file: table.file, line, column, code, vi, en }));
  const seen = new Set<string>();
  for (const { value: r, line } of read.records as Located<z.output<typeof statedRankRecord>>[]) {
    const source = context.sources.get(r.source);
    if (!source) fail(line, 1, "unknown-source", `Không có nguồn "${r.source}" trong sources.csv`, `No source "${r.source}" in sources.csv`);
    else if (source.kind === "illustrative") {
      fail(line, 1, "illustrative-statement", `Nguồn "${r.source}" là số liệu minh họa, không phải văn bản`, `Source "${r.source}" is illustrative, not a document`);
    }
    if (!context.fields.some((f) => f.year === r.year && f.code === r.field)) {
      fail(line, 4, "unknown-field", `Năm ${r.year} không có lĩnh vực "${r.field}"`, `No field "${r.field}" in ${r.year}`);
    }
    if (!context.par.some((p) => p.year === r.year && p.unitCode === r.unit_code)) {
      fail(line, 3, "no-result", `Đơn vị ${r.unit_code} không có kết quả năm ${r.year} để đối chiếu`, `Unit ${r.unit_code} has no ${r.year} result to compare with`);
    }
    if (r.rank > r.of) fail(line, 5, "rank-above-levels", `Hạng ${r.rank}/${r.of}: hạng lớn hơn số hạng`, `Rank ${r.rank}/${r.of}: the rank exceeds the levels`);
    const key = `${r.year}/${r.unit_code}/${r.field}`;
    if (seen.has(key)) fail(line, 1, "duplicate-statement", `Hạng của ${key} được ghi hai lần`, `The rank of ${key} is given twice`);
    seen.add(key);
    stated.push({ sourceId: r.source, year: r.year, unitCode: r.unit_code, field: r.field, rank: r.rank, of: r.of, note: r.note, location: { file: table.file, line } });
  }
  return { stated, diagnostics };
}
