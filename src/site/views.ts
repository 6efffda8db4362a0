/**
 * What each page shows, prepared from the model: plain strings and numbers,
 * so that the Astro templates only lay them out.
 */
import { csvNumber, viNumber, viPercent } from "../data/locale.ts";
import { formatDiagnostic } from "../data/diagnostic.ts";
import type { Source } from "../data/types.ts";
import { findingText, WEAK_SHARE, type Finding } from "../model/findings.ts";
import type { Model } from "../model/model.ts";
import type { ParResult } from "../model/par.ts";
import { denseText, inSentence, positionText, scoreOf } from "../model/wording.ts";
import type { Chart } from "../charts/chart.ts";
import { groupsFor, heatmapFor, profileFor, rankingFor, serviceTotalsFor, serviceTrendFor, totalsFor, trendFor } from "./charts.ts";
import { rankDelta, scoreDelta, type Delta } from "./format.ts";
import { paths } from "./paths.ts";
import { isIllustrative, sourcesOf, type SourceUse } from "./sources.ts";

export interface Link {
  label: string;
  href: string;
  current: boolean;
}

export const latestYear = (m: Model) => m.years.at(-1)!;
export const latestPeriod = (m: Model) => m.periods.at(-1)?.key ?? "";
/** The years a unit has PAR results for, in order. */
export const unitYears = (m: Model, code: string) => [...(m.units.get(code)?.par.keys() ?? [])].sort((a, b) => a - b);
/** The page of a unit in a year, or its latest page; null for a unit with no PAR results. */
export function unitHref(m: Model, code: string, year?: number): string | null {
  const years = unitYears(m, code);
  if (years.length === 0) return null;
  return paths.unit(code, year !== undefined && years.includes(year) ? year : years.at(-1)!, years.at(-1)!);
}
/** The years a field is defined and scored in. */
export const fieldYears = (m: Model, code: string) => m.years.filter((y) => m.par.get(y)!.fields.some((f) => f.code === code));
export const fieldHref = (m: Model, code: string, year: number) => paths.field(code, year, fieldYears(m, code).at(-1)!);

/** A published rank that differs from the computed one, as the page notes it. */
function publishedNote(r: { position: { rank: number }; row: { publishedRank: number | null } }): string | null {
  const p = r.row.publishedRank;
  return p !== null && p !== r.position.rank ? `Văn bản công bố ghi thứ ${p}` : null;
}

/** A unit's row in the year or period a change compares with. */
const previousPar = (m: Model, code: string, change: { year: number } | null) => (change ? m.par.get(change.year)?.byUnit.get(code)?.row : undefined);
const previousService = (m: Model, code: string, change: { period: { key: string } } | null) =>
  change ? m.service.get(change.period.key)?.byUnit.get(code)?.row : undefined;

/** Whether a row that is not itself illustrative has its change measured against an illustrative row. */
function changeIllustrative(m: Model, row: { sourceId: string }, previous: { sourceId: string } | undefined): boolean {
  return !isIllustrative(row.sourceId, m.sources) && previous !== undefined && isIllustrative(previous.sourceId, m.sources);
}

const yearLinks = (years: number[], current: number, href: (y: number) => string): Link[] =>
  years.map((y) => ({ label: String(y), href: href(y), current: y === current }));

function illustrativeShare(rows: { sourceId: string }[], sources: ReadonlyMap<string, Source>): "none" | "some" | "all" {
  const n = rows.filter((r) => isIllustrative(r.sourceId, sources)).length;
  return n === 0 ? "none" : n === rows.length ? "all" : "some";
}

// Home: the district in a year.

export interface RankingRow {
  position: string;
  rank: number;
  code: string;
  name: string;
  href: string | null;
  total: string;
  band: string;
  change: Delta | null;
  rankChange: Delta | null;
  /** The change compares with an illustrative row (when this row is not itself illustrative). */
  changeIllustrative: boolean;
  published: string | null;
  illustrative: boolean;
}

export function districtView(m: Model, year: number) {
  const py = m.par.get(year)!;
  const latest = latestYear(m);
  const rows: RankingRow[] = py.results.map((r) => ({
    position: positionText(r.position),
    rank: r.position.rank,
    code: r.unit.code,
    name: r.unit.name,
    href: unitHref(m, r.unit.code, year),
    total: viNumber(r.total),
    band: r.band?.label ?? "",
    change: scoreDelta(r.change, `năm ${r.change?.year}`),
    rankChange: rankDelta(r.change),
    changeIllustrative: changeIllustrative(m, r.row, previousPar(m, r.unit.code, r.change)),
    published: publishedNote(r),
    illustrative: isIllustrative(r.row.sourceId, m.sources),
  }));
  const weakest = py.fields
    .map((f) => {
      const s = py.fieldStats.get(f.code)!;
      const under = py.results.filter((r) => r.fields.find((x) => x.def.code === f.code)!.share < WEAK_SHARE).length;
      return { name: f.name, shortName: f.shortName, href: fieldHref(m, f.code, year), medianShare: s.median / f.max, median: s.median, max: f.max, under };
    })
    .sort((a, b) => a.medianShare - b.medianShare || b.under - a.under)
    .slice(0, 3)
    .map((w) => ({ ...w, text: `trung vị ${scoreOf(w.median, w.max)} điểm (${viPercent(w.medianShare)}); ${w.under}/${py.results.length} đơn vị dưới 75 %` }));
  return {
    year,
    kinds: m.kinds.get(year)!,
    count: py.results.length,
    totalMax: viNumber(py.totalMax),
    median: viNumber(py.totalStats.median),
    previousYear: py.previousYear,
    years: yearLinks(m.years, year, (y) => paths.home(y, latest)),
    rows,
    weakest,
    fields: py.fields.map((f) => ({ name: f.name, href: fieldHref(m, f.code, year) })),
    charts: { totals: totalsFor(m, year), heatmap: heatmapFor(m, year) },
    sources: sourcesOf(py.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    illustrative: illustrativeShare(py.results.map((r) => r.row), m.sources),
    csv: paths.csv(`cchc-${year}`),
    warnings: m.warnings.filter((w) => py.results.some((r) => r.row.location.file === w.file)).map(formatDiagnostic),
  };
}

// A unit in a year.

function findingView(f: Finding) {
  return { kind: f.kind, field: f.field.def.shortName, text: findingText(f), reasons: f.reasons.map((r) => r.text) };
}

export function unitView(m: Model, code: string, year: number) {
  const view = m.units.get(code)!;
  const py = m.par.get(year)!;
  const r: ParResult = view.par.get(year)!;
  const latest = latestYear(m);
  const years = unitYears(m, code);
  const source = m.sources.get(r.row.sourceId)!;
  const findings = view.findings.get(year)!.map(findingView);

  const periods = m.periods.filter((p) => view.service.has(p.key)).map((p) => {
    const s = view.service.get(p.key)!;
    const sp = m.service.get(p.key)!;
    return {
      key: p.key,
      label: sp.label,
      href: paths.service(p.key, latestPeriod(m)),
      total: scoreOf(s.total, sp.totalMax),
      position: positionText(s.position),
      published: publishedNote(s),
      median: viNumber(sp.totalStats.median),
      change: s.change ? scoreDelta(s.change, periodLabelOf(m, s.change.period.key)) : null,
      rankChange: s.change ? rankDelta(s.change) : null,
      illustrative: isIllustrative(s.row.sourceId, m.sources),
      changeIllustrative: changeIllustrative(m, s.row, previousService(m, code, s.change)),
      source: m.sources.get(s.row.sourceId)!,
      dossiers: s.dossiers.map((d) => ({ name: d.def.name, value: d.def.unit === "percent" ? `${viNumber(d.value)} %` : viNumber(d.value) })),
      derived: s.derived.map((d) => ({ label: d.label, share: viPercent(d.share), fraction: `${viNumber(d.numerator)}/${viNumber(d.denominator)} ${d.of}` })),
    };
  });

  const charts: Record<string, Chart | null> = {
    profile: profileFor(m, code, year),
    trend: trendFor(m, code),
    service: serviceTrendFor(m, code),
    groups: groupsFor(m, code),
  };
  return {
    code,
    name: r.unit.name,
    kind: r.unit.kind,
    year,
    kinds: m.kinds.get(year)!,
    years: yearLinks(years, year, (y) => unitHref(m, code, y)!),
    home: paths.home(year, latest),
    previousYear: r.change?.year ?? null,
    previousIllustrative: isIllustrative(previousPar(m, code, r.change)?.sourceId ?? "", m.sources),
    kpi: {
      total: scoreOf(r.total, r.totalMax),
      share: viPercent(r.share),
      position: positionText(r.position),
      published: publishedNote(r),
      confirmed: r.row.publishedRank !== null && r.row.publishedRank === r.position.rank,
      band: r.band?.label ?? "—",
      change: scoreDelta(r.change, `năm ${r.change?.year}`),
      rankChange: rankDelta(r.change),
      median: viNumber(py.totalStats.median),
    },
    fields: r.fields.map((f) => ({
      name: f.def.name,
      shortName: f.def.shortName,
      href: fieldHref(m, f.def.code, year),
      score: scoreOf(f.score, f.def.max),
      share: viPercent(f.share),
      weak: f.share < WEAK_SHARE,
      dense: denseText(f.dense),
      last: f.dense.levels > 1 && f.dense.rank === f.dense.levels,
      median: viNumber(py.fieldStats.get(f.def.code)!.median),
      best: viNumber(py.fieldStats.get(f.def.code)!.best),
      change: scoreDelta(f.change, `năm ${f.change?.year}`),
      rankChange: rankDelta(f.change, "hạng"),
    })),
    findings: { weaknesses: findings.filter((f) => f.kind === "weakness"), strengths: findings.filter((f) => f.kind === "strength") },
    summary: view.summaries.get(year)!,
    periods,
    charts,
    source,
    /** The table's own note on this row ("Ghi chú"), shown as text. */
    note: r.row.note,
    illustrative: source.kind === "illustrative",
    districtIllustrative: illustrativeShare(py.results.map((x) => x.row), m.sources),
    districtSources: sourcesOf(py.results.map((x) => ({ sourceId: x.row.sourceId, name: x.unit.name })), m.sources),
    serviceSources: sourcesOf(
      [...view.service.values()].map((s) => ({ sourceId: s.row.sourceId, name: m.service.get(s.period.key)!.label })),
      m.sources,
    ),
    serviceDistrictIllustrative: illustrativeShare([...m.service.values()].flatMap((p) => p.results.map((x) => x.row)), m.sources),
    csv: paths.csv(`don-vi-${code}`),
  };
}

function periodLabelOf(m: Model, key: string): string {
  return inSentence(m.service.get(key)!.label);
}

// A field in a year.

export function fieldView(m: Model, code: string, year: number) {
  const py = m.par.get(year)!;
  const def = py.fields.find((f) => f.code === code)!;
  const latest = latestYear(m);
  const rows = py.results
    .map((r) => ({ r, f: r.fields.find((x) => x.def.code === code)! }))
    .sort((a, b) => a.f.dense.rank - b.f.dense.rank || a.r.unit.name.localeCompare(b.r.unit.name, "vi"))
    .map(({ r, f }) => ({
      name: r.unit.name,
      href: unitHref(m, r.unit.code, year),
      score: scoreOf(f.score, def.max),
      share: viPercent(f.share),
      weak: f.share < WEAK_SHARE,
      dense: denseText(f.dense),
      change: scoreDelta(f.change, `năm ${f.change?.year}`),
      rankChange: rankDelta(f.change, "hạng"),
      changeIllustrative: changeIllustrative(m, r.row, previousPar(m, r.unit.code, f.change)),
      illustrative: isIllustrative(r.row.sourceId, m.sources),
    }));
  const s = py.fieldStats.get(code)!;
  return {
    def,
    year,
    years: yearLinks(fieldYears(m, code), year, (y) => fieldHref(m, code, y)),
    home: paths.home(year, latest),
    rows,
    stats: { min: viNumber(s.min), median: viNumber(s.median), mean: viNumber(s.mean), best: viNumber(s.best), max: viNumber(def.max), levels: py.results[0]?.fields.find((x) => x.def.code === code)?.dense.levels ?? 0 },
    chart: rankingFor(m, code, year),
    sources: sourcesOf(py.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    definedBy: m.sources.get(def.source) ?? null,
    illustrative: illustrativeShare(py.results.map((r) => r.row), m.sources),
    csv: paths.csv(`linh-vuc-${code}`),
  };
}

// The service index in a period.

export function serviceView(m: Model, key: string) {
  const sp = m.service.get(key)!;
  const latestP = latestPeriod(m);
  const rows = sp.results.map((r) => ({
    position: positionText(r.position),
    name: r.unit.name,
    href: unitHref(m, r.unit.code),
    total: viNumber(r.total),
    groups: r.groups.map((g) => (g.score === null ? "—" : viNumber(g.score))),
    change: r.change ? scoreDelta(r.change, periodLabelOf(m, r.change.period.key)) : null,
    rankChange: r.change ? rankDelta(r.change) : null,
    changeIllustrative: changeIllustrative(m, r.row, previousService(m, r.unit.code, r.change)),
    published: publishedNote(r),
    illustrative: isIllustrative(r.row.sourceId, m.sources),
  }));
  return {
    key,
    label: sp.label,
    previous: sp.previous ? m.service.get(sp.previous.key)!.label : null,
    periods: m.periods.map((p) => ({ label: m.service.get(p.key)!.label, href: paths.service(p.key, latestP), current: p.key === key })),
    groups: sp.groups.map((g) => ({ name: g.name, shortName: g.shortName, max: viNumber(g.max), median: sp.groupStats.get(g.code) ? viNumber(sp.groupStats.get(g.code)!.median) : "—" })),
    totalMax: viNumber(sp.totalMax),
    median: viNumber(sp.totalStats.median),
    rows,
    charts: { totals: serviceTotalsFor(m, key), trend: serviceTrendFor(m, null) },
    sources: sourcesOf(sp.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    illustrative: illustrativeShare(sp.results.map((r) => r.row), m.sources),
    csv: paths.csv(`chi-so-phuc-vu-${key}`),
  };
}

// Method and sources.

export function methodView(m: Model) {
  const structures = m.years.map((year) => {
    const py = m.par.get(year)!;
    return {
      year,
      totalMax: viNumber(py.totalMax),
      fields: py.fields.map((f) => ({ name: f.name, shortName: f.shortName, max: viNumber(f.max), href: fieldHref(m, f.code, year), source: m.sources.get(f.source) ?? null })),
    };
  });
  const groups = [...new Map(m.dataset.groups.map((g) => [g.code, g])).values()].map((g) => ({ name: g.name, max: viNumber(g.max), source: m.sources.get(g.source) ?? null }));
  const kindOrder = { published: 0, report: 1, illustrative: 2 } as const;
  return {
    district: m.district,
    sources: [...m.dataset.sources].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.id.localeCompare(b.id)).map((s) => ({
      source: s,
      rows: m.dataset.par.filter((r) => r.sourceId === s.id).length + m.dataset.service.filter((r) => r.sourceId === s.id).length,
    })),
    structures,
    groups,
    bands: m.dataset.bands.filter((b) => b.index === "par").sort((a, b) => b.minPercent - a.minPercent).map((b) => ({ label: b.label, from: viNumber(b.minPercent), note: b.note })),
    warnings: m.warnings.map(formatDiagnostic),
    units: [...m.units.values()].map((u) => ({ code: u.code, name: u.unit.name, note: u.unit.note, href: unitHref(m, u.code) })),
  };
}

// CSV downloads: the same figures as the pages, one row per figure.

/** The "Nguồn" and "Minh họa" cells of a row. */
function sourceCells(m: Model, id: string): string[] {
  const s = m.sources.get(id)!;
  return [s.number || s.title, s.kind === "illustrative" ? "có" : "không"];
}

export function csvDistrict(m: Model, year: number): [string[], string[][]] {
  const py = m.par.get(year)!;
  const head = ["Xếp thứ", "Mã", "Đơn vị", ...py.fields.map((f) => `${f.name} (/${csvNumber(f.max)})`), "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Thứ hạng công bố", "Nguồn", "Minh họa"];
  const rows = py.results.map((r) => [
    String(r.position.rank), r.unit.code, r.unit.name, ...r.fields.map((f) => csvNumber(f.score)), csvNumber(r.total), csvNumber(r.share * 100),
    r.band?.label ?? "", r.row.publishedRank === null ? "" : String(r.row.publishedRank), ...sourceCells(m, r.row.sourceId),
  ]);
  return [head, rows];
}

export function csvUnit(m: Model, code: string): [string[], string[][]] {
  const view = m.units.get(code)!;
  const head = ["Chỉ số", "Kỳ", "Mục", "Điểm", "Tối đa", "Tỷ lệ (%)", "Xếp hạng", "Nguồn", "Minh họa"];
  const rows: string[][] = [];
  const src = (id: string) => sourceCells(m, id);
  for (const [year, r] of [...view.par.entries()].sort((a, b) => a[0] - b[0])) {
    rows.push(["Chỉ số CCHC", String(year), "Tổng điểm", csvNumber(r.total), csvNumber(r.totalMax), csvNumber(r.share * 100), positionText(r.position), ...src(r.row.sourceId)]);
    for (const f of r.fields) rows.push(["Chỉ số CCHC", String(year), f.def.name, csvNumber(f.score), csvNumber(f.def.max), csvNumber(f.share * 100), denseText(f.dense), ...src(r.row.sourceId)]);
  }
  for (const p of m.periods) {
    const s = view.service.get(p.key);
    if (!s) continue;
    const sp = m.service.get(p.key)!;
    rows.push(["Chỉ số phục vụ", p.key, "Tổng điểm", csvNumber(s.total), csvNumber(sp.totalMax), csvNumber((s.total / sp.totalMax) * 100), positionText(s.position), ...src(s.row.sourceId)]);
    for (const g of s.groups) rows.push(["Chỉ số phục vụ", p.key, g.def.name, g.score === null ? "" : csvNumber(g.score), csvNumber(g.def.max), g.share === null ? "" : csvNumber(g.share * 100), "", ...src(s.row.sourceId)]);
    for (const d of s.dossiers) rows.push(["Hồ sơ", p.key, d.def.name, csvNumber(d.value), "", "", "", ...src(s.row.sourceId)]);
  }
  return [head, rows];
}

export function csvField(m: Model, code: string): [string[], string[][]] {
  const head = ["Năm", "Mã", "Đơn vị", "Điểm", "Tối đa", "Tỷ lệ (%)", "Xếp hạng", "Nguồn", "Minh họa"];
  const rows: string[][] = [];
  for (const year of m.years) {
    const py = m.par.get(year)!;
    for (const r of py.results) {
      const f = r.fields.find((x) => x.def.code === code);
      if (!f) continue;
      rows.push([String(year), r.unit.code, r.unit.name, csvNumber(f.score), csvNumber(f.def.max), csvNumber(f.share * 100), denseText(f.dense), ...sourceCells(m, r.row.sourceId)]);
    }
  }
  return [head, rows];
}

export function csvService(m: Model, key: string): [string[], string[][]] {
  const sp = m.service.get(key)!;
  const head = ["Xếp thứ", "Mã", "Đơn vị", "Tổng điểm", ...sp.groups.map((g) => `${g.name} (/${csvNumber(g.max)})`), "Thứ hạng công bố", "Nguồn", "Minh họa"];
  const rows = sp.results.map((r) => [
    String(r.position.rank), r.unit.code, r.unit.name, csvNumber(r.total), ...r.groups.map((g) => (g.score === null ? "" : csvNumber(g.score))),
    r.row.publishedRank === null ? "" : String(r.row.publishedRank), ...sourceCells(m, r.row.sourceId),
  ]);
  return [head, rows];
}

export type { SourceUse };
