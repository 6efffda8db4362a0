/**
 * The service index of one period, computed: positions by total, group shares,
 * the district median, dossier statistics with the shares derived from them,
 * and change on the previous period of the same kind.
 */
import { change, type Change } from "./change.ts";
import { competitionRanks, type Position } from "./rank.ts";
import { stats, type Stats } from "./stats.ts";
import { periodLabel, type Period } from "../data/period.ts";
import type { DossierStatDef, GroupDef, ServiceRow, Unit } from "../data/types.ts";

export interface GroupResult {
  def: GroupDef;
  score: number | null;
  share: number | null;
}

/** A share derived from two dossier counts, kept with its fraction so a reader can check it. */
export interface DerivedShare {
  key: "on-time" | "digitised-on-receipt" | "results-digitised";
  label: string;
  numerator: number;
  denominator: number;
  share: number;
  /** What the denominator counts, e.g. "hồ sơ đã giải quyết". */
  of: string;
}

export interface ServiceResult {
  period: Period;
  unit: Unit;
  row: ServiceRow;
  total: number;
  position: Position;
  groups: GroupResult[];
  dossiers: { def: DossierStatDef; value: number }[];
  derived: DerivedShare[];
  /** Shares the table publishes beside their counts, checked against them. */
  checks: PublishedShare[];
  /** The period's maximum (groups and maxima are versioned by period). */
  totalMax: number;
  /** Change on the period just before, of the same kind (quarter on quarter), if the unit was in it (see change.ts). */
  change: PeriodChange | null;
}

export type PeriodChange = Change<Period>;

export interface ServicePeriod {
  period: Period;
  label: string;
  groups: GroupDef[];
  totalMax: number;
  results: ServiceResult[];
  byUnit: Map<string, ServiceResult>;
  totalStats: Stats;
  groupStats: Map<string, Stats>;
  previous: Period | null;
}

/** Shares a report derives from dossier counts. The late share is not derived: reports publish figures that match no denominator. */
export function deriveShares(d: Record<string, number | null>): DerivedShare[] {
  const out: DerivedShare[] = [];
  const resolved = d["dung-han"] !== null && d["dung-han"] !== undefined && d["tre-han"] !== null && d["tre-han"] !== undefined ? d["dung-han"] + d["tre-han"] : null;
  const add = (key: DerivedShare["key"], label: string, numerator: number | null | undefined, denominator: number | null, of: string) => {
    if (numerator === null || numerator === undefined || denominator === null || denominator === 0) return;
    out.push({ key, label, numerator, denominator, share: numerator / denominator, of });
  };
  add("on-time", "Giải quyết trước hạn và đúng hạn", d["dung-han"], resolved, "hồ sơ đã giải quyết");
  add("digitised-on-receipt", "Số hóa đủ thành phần khi tiếp nhận", d["so-hoa-tiep-nhan"], d["tiep-nhan"] ?? null, "hồ sơ tiếp nhận");
  add("results-digitised", "Số hóa kết quả giải quyết", d["so-hoa-ket-qua"], resolved, "hồ sơ đã giải quyết");
  return out;
}

/**
 * A share a document publishes beside the counts it could come from, checked against them:
 * the report's late share "1,1%" matches neither 1/192 received nor 1/191 resolved, so the
 * page shows it as published, with its counts, and says that it matches neither.
 */
export interface PublishedShare {
  key: "late";
  label: string;
  /** As published (0.011 for "1,1%"). */
  share: number;
  candidates: { numerator: number; denominator: number; share: number; of: string }[];
  /** Whether a candidate rounds to the published share (to the 0,1% it is written with). */
  matches: boolean;
}

export function checkPublishedShares(d: Record<string, number | null>): PublishedShare[] {
  const published = d["ty-le-tre-han"];
  const late = d["tre-han"];
  if (published === null || published === undefined || late === null || late === undefined) return [];
  const candidates = [
    { denominator: d["tiep-nhan"], of: "hồ sơ tiếp nhận" },
    { denominator: d["dung-han"] !== null && d["dung-han"] !== undefined ? d["dung-han"] + late : null, of: "hồ sơ đã giải quyết" },
  ].flatMap(({ denominator, of }) => (denominator ? [{ numerator: late, denominator, share: late / denominator, of }] : []));
  const share = published / 100;
  const matches = candidates.some((c) => Math.abs(Math.round(c.share * 1000) - Math.round(share * 1000)) === 0);
  return [{ key: "late", label: "Tỷ lệ trễ hạn (công bố)", share, candidates, matches }];
}

/** Whether `b` starts right after `a` ends (Q3 then Q4; Q4 2022 then Q1 2023). */
export function adjacent(a: Period, b: Period): boolean {
  return a.year * 12 + a.lastMonth + 1 === b.year * 12 + b.firstMonth;
}

export function computeServicePeriod(
  period: Period,
  groups: GroupDef[],
  dossierDefs: DossierStatDef[],
  rows: ServiceRow[],
  previous: ServicePeriod | null,
  unitOf: (code: string) => Unit,
  collator: Intl.Collator,
  /** Whether a code names the same unit in `previous` as in this period (../model/lineage.ts). */
  continues: (code: string) => boolean = () => true,
): ServicePeriod {
  const positions = competitionRanks(rows.map((r) => r.total));
  const totalMax = groups.reduce((s, g) => s + g.max, 0);
  const results = rows.map((row, i): ServiceResult => {
    const position = positions[i]!;
    const before = continues(row.unitCode) ? previous?.byUnit.get(row.unitCode) : undefined;
    return {
      period,
      unit: unitOf(row.unitCode),
      row,
      total: row.total!,
      totalMax,
      position,
      groups: groups.map((def) => {
        const score = row.groups[def.code] ?? null;
        return { def, score, share: score === null ? null : score / def.max };
      }),
      dossiers: dossierDefs.flatMap((def) => {
        const value = row.dossiers[def.code];
        return value === null || value === undefined ? [] : [{ def, value }];
      }),
      derived: deriveShares(row.dossiers),
      checks: checkPublishedShares(row.dossiers),
      change: previous
        ? change(
            previous.period,
            "position",
            { score: row.total!, max: totalMax, rank: position.rank, of: position.of, sourceId: row.sourceId },
            before && { score: before.total, max: before.totalMax, rank: before.position.rank, of: before.position.of, sourceId: before.row.sourceId },
          )
        : null,
    };
  });
  results.sort((a, b) => a.position.rank - b.position.rank || collator.compare(a.unit.name, b.unit.name));
  const groupStats = new Map<string, Stats>();
  for (const g of groups) {
    const s = stats(rows.map((r) => r.groups[g.code] ?? null));
    if (s) groupStats.set(g.code, s);
  }
  return {
    period,
    label: periodLabel(period),
    groups,
    totalMax,
    results,
    byUnit: new Map(results.map((r) => [r.unit.code, r])),
    totalStats: stats(rows.map((r) => r.total))!,
    groupStats,
    previous: previous?.period ?? null,
  };
}
