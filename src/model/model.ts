/**
 * The whole model, computed once from a validated dataset and indexed by unit:
 * pages look things up, they never scan all rows. Published ranks and bands that
 * differ from the computed ones become warnings, kept and shown.
 */
import { warning, type Diagnostic } from "../data/diagnostic.ts";
import { viNumber } from "../data/locale.ts";
import { comparePeriods, parsePeriod, type Period } from "../data/period.ts";
import { periodSpan, yearSpan } from "../data/period.ts";
import { fold } from "../data/text.ts";
import type { Dataset, Source, Unit, UnitKind } from "../data/types.ts";
import { UnitIndex } from "../data/units.ts";
import { findings, type Finding } from "./findings.ts";
import { computeParYear, type ParResult, type ParYear } from "./par.ts";
import { adjacent, computeServicePeriod, type ServicePeriod, type ServiceResult } from "./service.ts";
import { summary, type Summary } from "./summary.ts";
import { kindsPhrase } from "./wording.ts";

/** Values computed on first use and kept: each is computed once, and only if a page asks for it. */
export class Lazy<K, V> {
  readonly #cache = new Map<K, V | undefined>();
  readonly #compute: (key: K) => V | undefined;
  constructor(compute: (key: K) => V | undefined) {
    this.#compute = compute;
  }
  get(key: K): V | undefined {
    if (!this.#cache.has(key)) this.#cache.set(key, this.#compute(key));
    return this.#cache.get(key);
  }
}

export interface UnitView {
  code: string;
  /** The unit's latest row (latest name). */
  unit: Unit;
  par: Map<number, ParResult>;
  /** By year: the findings and the written summary of that year's result. */
  findings: Lazy<number, Finding[]>;
  summaries: Lazy<number, Summary>;
  service: Map<string, ServiceResult>;
}

export interface Model {
  district: { code: string; name: string };
  dataset: Dataset;
  sources: Map<string, Source>;
  years: number[];
  par: Map<number, ParYear>;
  periods: Period[];
  service: Map<string, ServicePeriod>;
  /** Every unit with at least one result, by code, ordered by latest name. */
  units: Map<string, UnitView>;
  /** "xã, thị trấn" as a report names the units of a year. */
  kinds: Map<number, string>;
  warnings: Diagnostic[];
}

/** A published rank that differs from the computed one: a warning at the rank cell. */
export function rankDiffers(r: ParResult | ServiceResult): Diagnostic | null {
  const published = r.row.publishedRank;
  if (published === null || published === r.position.rank) return null;
  const { file, line, columns } = r.row.location;
  return warning({
    file, line, column: columns.rank ?? 1, code: "rank-differs",
    vi: `${r.unit.name}: thứ hạng công bố ${published} khác thứ hạng tính từ tổng điểm ${viNumber(r.total)} (thứ ${r.position.rank}/${r.position.of}); trang hiển thị cả hai`,
    en: `${r.unit.name}: published rank ${published} differs from the rank computed from the total ${r.total} (${r.position.rank} of ${r.position.of}); the page shows both`,
  });
}

export function buildModel(dataset: Dataset): Model {
  const collator = new Intl.Collator("vi");
  const index = new UnitIndex(dataset.units);
  const warnings: Diagnostic[] = [];

  const years = [...new Set(dataset.par.map((r) => r.year))].sort((a, b) => a - b);
  const par = new Map<number, ParYear>();
  const kinds = new Map<number, string>();
  let previousYear: ParYear | null = null;
  for (const year of years) {
    const rows = dataset.par.filter((r) => r.year === year);
    const fields = dataset.fields.filter((f) => f.year === year).sort((a, b) => a.order - b.order);
    const span = yearSpan(year);
    const computed = computeParYear(year, fields, rows, dataset.bands, previousYear, (code) => index.resolve(code, span)!, collator);
    par.set(year, computed);
    kinds.set(year, kindsPhrase(computed.results.map((r) => r.unit.kind as UnitKind)));
    previousYear = computed;
    for (const r of computed.results) {
      const { row } = r;
      const differs = rankDiffers(r);
      if (differs) warnings.push(differs);
      if (row.publishedBand !== null && r.band && fold(row.publishedBand) !== fold(r.band.label)) {
        warnings.push(
          warning({
            file: row.location.file, line: row.location.line, column: row.location.columns.band ?? 1, code: "band-differs",
            vi: `${r.unit.name}: xếp loại công bố "${row.publishedBand}" khác xếp loại tính được "${r.band.label}"`,
            en: `${r.unit.name}: published band "${row.publishedBand}" differs from the computed band "${r.band.label}"`,
          }),
        );
      }
    }
  }

  const periods = [...new Set(dataset.service.map((r) => r.period))].map((k) => parsePeriod(k)!).sort(comparePeriods);
  const service = new Map<string, ServicePeriod>();
  const dossierStats = [...dataset.dossierStats].sort((a, b) => a.order - b.order);
  const lastOfKind = new Map<string, ServicePeriod>();
  for (const period of periods) {
    const rows = dataset.service.filter((r) => r.period === period.key);
    const groups = dataset.groups.filter((g) => g.period === period.key).sort((a, b) => a.order - b.order);
    const span = periodSpan(period);
    // Compared with the period just before only: with a gap (Q3 then Q1), there is no quarter-on-quarter change.
    const before = lastOfKind.get(period.kind);
    const previous = before && adjacent(before.period, period) ? before : null;
    const computed = computeServicePeriod(period, groups, dossierStats, rows, previous, (code) => index.resolve(code, span)!, collator);
    service.set(period.key, computed);
    lastOfKind.set(period.kind, computed);
    for (const r of computed.results) {
      const differs = rankDiffers(r);
      if (differs) warnings.push(differs);
    }
  }

  const views = new Map<string, UnitView>();
  const view = (code: string) => {
    let v = views.get(code);
    if (!v) {
      const par = new Map<number, ParResult>();
      v = {
        code,
        unit: index.resolve(code)!,
        par,
        findings: new Lazy((year) => (par.has(year) ? findings(par.get(year)!) : undefined)),
        summaries: new Lazy((year) => (par.has(year) ? summary(par.get(year)!, kinds.get(year)!) : undefined)),
        service: new Map(),
      };
      views.set(code, v);
    }
    return v;
  };
  for (const year of years) {
    for (const r of par.get(year)!.results) {
      const v = view(r.unit.code);
      v.par.set(year, r);
    }
  }
  for (const p of service.values()) for (const r of p.results) view(r.unit.code).service.set(p.period.key, r);

  const units = new Map([...views.entries()].sort((a, b) => collator.compare(a[1].unit.name, b[1].unit.name)));
  const anyUnit = dataset.units[0];
  return {
    district: { code: anyUnit?.districtCode ?? "", name: anyUnit?.districtName ?? "" },
    dataset,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    years,
    par,
    periods,
    service,
    units,
    kinds,
    warnings,
  };
}
