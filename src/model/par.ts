/**
 * The PAR index of one year, computed: positions, dense field ranks, shares,
 * bands, district statistics, and changes on the previous year in the data.
 */
import { bandFor } from "./band.ts";
import { change, type Change, type Standing } from "./change.ts";
import { competitionRanks, denseRanks, isLast, type DenseRank, type Position } from "./rank.ts";
import { stats, type Stats } from "./stats.ts";
import type { Band, FieldDef, ParRow, Unit } from "../data/types.ts";

/** Change on the previous year in the data (see change.ts). */
export type YearChange = Change<number>;

export interface FieldResult {
  def: FieldDef;
  score: number;
  share: number;
  dense: DenseRank;
  /** Consecutive calendar years, ending this one, in which the unit was last in this field. */
  lastStreak: number;
  change: YearChange | null;
  /** The rank a document states for this field (published-ranks.csv), if any. */
  stated: { rank: number; of: number; sourceId: string } | null;
}

export interface ParResult {
  year: number;
  unit: Unit;
  row: ParRow;
  total: number;
  totalMax: number;
  share: number;
  position: Position;
  band: Band | null;
  fields: FieldResult[];
  change: YearChange | null;
}

export interface ParYear {
  year: number;
  fields: FieldDef[];
  totalMax: number;
  /** Ordered by position, then by name. */
  results: ParResult[];
  byUnit: Map<string, ParResult>;
  fieldStats: Map<string, Stats>;
  totalStats: Stats;
  /** The previous year in the data, if any. */
  previousYear: number | null;
}

/** Where a unit stood in a field, or on its total, as a change compares it. */
const fieldStanding = (f: FieldResult, sourceId: string): Standing => ({ score: f.score, max: f.def.max, rank: f.dense.rank, of: f.dense.levels, sourceId });
const totalStanding = (r: ParResult): Standing => ({ score: r.total, max: r.totalMax, rank: r.position.rank, of: r.position.of, sourceId: r.row.sourceId });

/** One field of a unit's row, with its change on `before` (the unit's result in the `previous` year). */
function fieldResult(def: FieldDef, row: ParRow, dense: DenseRank, year: number, previous: ParYear | null, before: ParResult | undefined): FieldResult {
  const score = row.scores[def.code]!;
  const prior = before?.fields.find((f) => f.def.code === def.code);
  const result: FieldResult = {
    def,
    score,
    share: score / def.max,
    dense,
    lastStreak: isLast(dense) ? 1 + (prior && previous!.year === year - 1 && isLast(prior.dense) ? prior.lastStreak : 0) : 0,
    change: null,
    stated: null,
  };
  if (previous) result.change = change(previous.year, "dense", fieldStanding(result, row.sourceId), prior && fieldStanding(prior, before!.row.sourceId));
  return result;
}

/**
 * Computes one year. `previous` is the previous year in the data (already
 * computed) and `unitOf` gives the unit row in force for a code that year.
 */
export function computeParYear(
  year: number,
  fields: FieldDef[],
  rows: ParRow[],
  bands: Band[],
  previous: ParYear | null,
  unitOf: (code: string) => Unit,
  collator: Intl.Collator,
  /** Whether a code names the same unit in `previous` as this year (./lineage.ts): only then is it compared. */
  continues: (code: string) => boolean = () => true,
): ParYear {
  const totalMax = fields.reduce((s, f) => s + f.max, 0);
  const positions = competitionRanks(rows.map((r) => r.total));
  const dense = new Map(fields.map((f) => [f.code, denseRanks(rows.map((r) => r.scores[f.code] ?? null))]));
  const results = rows.map((row, i): ParResult => {
    const before = continues(row.unitCode) ? previous?.byUnit.get(row.unitCode) : undefined;
    const result: ParResult = {
      year,
      unit: unitOf(row.unitCode),
      row,
      total: row.total,
      totalMax,
      share: row.total / totalMax,
      position: positions[i]!,
      band: bandFor(bands, "par", year, row.total / totalMax),
      fields: fields.map((def) => fieldResult(def, row, dense.get(def.code)![i]!, year, previous, before)),
      change: null,
    };
    if (previous) result.change = change(previous.year, "position", totalStanding(result), before && totalStanding(before));
    return result;
  });
  results.sort((a, b) => a.position.rank - b.position.rank || collator.compare(a.unit.name, b.unit.name));
  const fieldStats = new Map<string, Stats>();
  for (const f of fields) {
    const s = stats(rows.map((r) => r.scores[f.code] ?? null));
    if (s) fieldStats.set(f.code, s);
  }
  return {
    year,
    fields,
    totalMax,
    results,
    byUnit: new Map(results.map((r) => [r.unit.code, r])),
    fieldStats,
    totalStats: stats(rows.map((r) => r.total))!,
    previousYear: previous?.year ?? null,
  };
}
