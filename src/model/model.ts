/**
 * The whole model, computed once from a validated dataset and indexed by unit:
 * pages look things up, they never scan all rows. Published ranks and bands that
 * differ from the computed ones become warnings, kept and shown.
 */
import type { Diagnostic } from "../data/diagnostic.ts";
import { comparePeriods, parsePeriod, type Period } from "../data/period.ts";
import { periodSpan, yearSpan } from "../data/period.ts";
import type { Dataset, Scope, Source, Unit, UnitKind } from "../data/types.ts";
import { scopeWord } from "../data/scope.ts";
import { buildAtlas, type Atlas } from "./atlas.ts";
import type { Lineage } from "./lineage.ts";
import { UnitIndex } from "../data/units.ts";
import { findings, type Finding } from "./findings.ts";
import { computeParYear, type ParResult, type ParYear } from "./par.ts";
import { attachStated, parDiffers, rankDiffers, statedDiffers } from "./published.ts";
import { adjacent, computeServicePeriod, type ServicePeriod, type ServiceResult } from "./service.ts";
import { serviceSummary, summary, type Summary } from "./summary.ts";
import { kindsPhrase } from "./wording.ts";

/** A unit's results across the years and periods, with its findings and summaries by year. */
export interface UnitHistory {
  code: string;
  /** The unit's latest row (latest name). */
  unit: Unit;
  par: Map<number, ParResult>;
  /**
   * By year: the findings and the written summary of that year's result, computed each time they are asked for and
   * not kept: a unit's page asks for its year's once (its service paragraphs once a year page), and keeping them kept
   * every unit's text until the build ended (a heap snapshot of a 1,000-unit build: 387,000 pieces of summary text,
   * still held while the last pages rendered).
   */
  findings: (year: number) => Finding[] | undefined;
  summaries: (year: number) => Summary | undefined;
  service: Map<string, ServiceResult>;
  /** By period key: the quotable paragraph of the service index and dossier counts. */
  serviceSummaries: (key: string) => Summary | undefined;
}

export interface Model {
  /** What this model ranks: a district, or the province (../data/scope.ts). */
  scope: Scope;
  /** The only scope of its site: its pages take the site's short URLs (../site/paths.ts). */
  alone: boolean;
  /** Every scope of the site, and which one holds a unit's result in a year (./atlas.ts). */
  atlas: Atlas;
  /** The rows of this scope's tables (par, service) and the whole directory's configuration. */
  dataset: Dataset;
  sources: Map<string, Source>;
  years: number[];
  par: Map<number, ParYear>;
  periods: Period[];
  service: Map<string, ServicePeriod>;
  /** Every unit with at least one result, by code, ordered by latest name. */
  units: Map<string, UnitHistory>;
  /** "xã, thị trấn" as a report names the units of a year. */
  kinds: Map<number, string>;
  warnings: Diagnostic[];
}

/** The PAR years in order, each computed against the year before it in the data, comparing a unit only with itself. */
function parYears(dataset: Dataset, index: UnitIndex, lineage: Lineage, collator: Intl.Collator) {
  const years = [...new Set(dataset.par.map((r) => r.year))].sort((a, b) => a - b);
  const par = new Map<number, ParYear>();
  const kinds = new Map<number, string>();
  let previousYear: ParYear | null = null;
  for (const year of years) {
    const rows = dataset.par.filter((r) => r.year === year);
    const fields = dataset.fields.filter((f) => f.year === year).sort((a, b) => a.order - b.order);
    const span = yearSpan(year);
    const before = previousYear && yearSpan(previousYear.year).to;
    const continues = (code: string) => before !== null && lineage.same(code, before, span.to);
    const computed = computeParYear(year, fields, rows, dataset.bands, previousYear, (code) => index.resolve(code, span)!, collator, continues);
    attachStated(computed, dataset.statedRanks);
    par.set(year, computed);
    kinds.set(year, kindsPhrase(computed.results.map((r) => r.unit.kind as UnitKind)));
    previousYear = computed;
  }
  return { years, par, kinds };
}

/**
 * The service-index periods in order, each compared with the period of the same
 * kind just before it only: with a gap (Q3 then Q1), there is no quarter-on-quarter change.
 */
function servicePeriods(dataset: Dataset, index: UnitIndex, lineage: Lineage, collator: Intl.Collator) {
  const periods = [...new Set(dataset.service.map((r) => r.period))].map((k) => parsePeriod(k)!).sort(comparePeriods);
  const service = new Map<string, ServicePeriod>();
  const dossierStats = [...dataset.dossierStats].sort((a, b) => a.order - b.order);
  const lastOfKind = new Map<string, ServicePeriod>();
  for (const period of periods) {
    const rows = dataset.service.filter((r) => r.period === period.key);
    const groups = dataset.groups.filter((g) => g.period === period.key).sort((a, b) => a.order - b.order);
    const span = periodSpan(period);
    const before = lastOfKind.get(period.kind);
    const previous = before && adjacent(before.period, period) ? before : null;
    const continues = (code: string) => previous !== null && lineage.same(code, periodSpan(previous.period).to, span.to);
    const computed = computeServicePeriod(period, groups, dossierStats, rows, previous, (code) => index.resolve(code, span)!, collator, continues);
    service.set(period.key, computed);
    lastOfKind.set(period.kind, computed);
  }
  return { periods, service };
}

/** Every unit with a result, by code, ordered by latest name, with its results by year and period. */
function unitHistories(
  among: string,
  par: Map<number, ParYear>,
  service: Map<string, ServicePeriod>,
  kinds: Map<number, string>,
  index: UnitIndex,
  collator: Intl.Collator,
): Map<string, UnitHistory> {
  const histories = new Map<string, UnitHistory>();
  const history = (code: string) => {
    let h = histories.get(code);
    if (!h) {
      const results = new Map<number, ParResult>();
      const periods = new Map<string, ServiceResult>();
      h = {
        code,
        unit: index.resolve(code)!,
        par: results,
        findings: (year) => (results.has(year) ? findings(results.get(year)!, among) : undefined),
        summaries: (year) => (results.has(year) ? summary(results.get(year)!, kinds.get(year)!) : undefined),
        service: periods,
        serviceSummaries: (key) => {
          const r = periods.get(key);
          const sp = service.get(key);
          return r && sp ? serviceSummary(r, sp.label, kindsPhrase(sp.results.map((x) => x.unit.kind as UnitKind)), among) : undefined;
        },
      };
      histories.set(code, h);
    }
    return h;
  };
  // The unit's row is its latest result's in this scope: 11203 is Xã Đồng Tâm in the district's tables, Xã Ninh Giang in 2025's.
  const latest = new Map<string, string>();
  const take = (unit: Unit, day: string) => {
    if ((latest.get(unit.code) ?? "") > day) return;
    latest.set(unit.code, day);
    history(unit.code).unit = unit;
  };
  for (const p of service.values()) {
    for (const r of p.results) {
      history(r.unit.code).service.set(p.period.key, r);
      take(r.unit, periodSpan(p.period).to);
    }
  }
  for (const [year, py] of par) {
    for (const r of py.results) {
      history(r.unit.code).par.set(year, r);
      take(r.unit, yearSpan(year).to);
    }
  }
  return new Map([...histories.entries()].sort((a, b) => collator.compare(a[1].unit.name, b[1].unit.name)));
}

/**
 * The model of one scope: the rows of its tables only, with the whole directory's
 * units, definitions and lineage. `atlas` is the site it belongs to (./atlas.ts).
 */
export function buildScopeModel(dataset: Dataset, scope: Scope, atlas: Atlas): Model {
  const collator = new Intl.Collator("vi");
  const index = atlas.index;
  const { years, par, kinds } = parYears(dataset, index, atlas.lineage, collator);
  const { periods, service } = servicePeriods(dataset, index, atlas.lineage, collator);
  const warnings = [
    ...[...par.values()].flatMap((py) => py.results.flatMap(parDiffers)),
    ...dataset.statedRanks.flatMap((s) => statedDiffers(s, par.get(s.year)) ?? []),
    ...[...service.values()].flatMap((sp) => sp.results.flatMap((r) => rankDiffers(r) ?? [])),
  ];
  return {
    scope,
    alone: dataset.scopes.length <= 1,
    atlas,
    dataset,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    years,
    par,
    periods,
    service,
    units: unitHistories(scopeWord(scope), par, service, kinds, index, collator),
    kinds,
    warnings,
  };
}

/** The model of a directory with one scope (one district), as tests build it. */
export function buildModel(dataset: Dataset): Model {
  return buildAtlas(dataset).models[0]!;
}

export const latestYear = (m: Model) => m.years.at(-1)!;
export const latestPeriod = (m: Model) => m.periods.at(-1)?.key ?? "";
/** The years a code has PAR results for, in order, in every scope of the site (a unit's page links them all). */
export const unitYears = (m: Model, code: string) => m.atlas.unitYears(code);
/** The years a field is defined and scored in. */
export const fieldYears = (m: Model, code: string) => m.years.filter((y) => m.par.get(y)!.fields.some((f) => f.code === code));
