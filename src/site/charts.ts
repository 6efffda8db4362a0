/**
 * The site's charts, by id: embedded inline by the pages and served again as downloads
 * (chart-files.ts lists them). Each builder has a plan: the chart's id, known without
 * drawing it (null where the chart is not drawn), and how to draw it from its input;
 * drawn charts are kept by content on disk and only the last few in memory
 * (charts/chart-cache.ts), so a build holds no chart longer than it needs it.
 */
import { responsive, type Chart, type Drawn, type Render } from "../charts/chart.ts";
import { cachedChart, chartKey, drawIntoCache } from "../charts/chart-cache.ts";
import { heatmapChart } from "../charts/heatmap.ts";
import { profileChart } from "../charts/profile.ts";
import { rankingChart } from "../charts/ranking.ts";
import { groupsChart } from "../charts/groups.ts";
import { serviceTrendChart } from "../charts/service-trend.ts";
import { totalsChart } from "../charts/totals.ts";
import { trendChart } from "../charts/trend.ts";
import { stripsChart } from "../charts/strips.ts";
import { historyChart } from "../charts/history.ts";
import { bandsFor } from "../model/band.ts";
import { scopeName, scopeWord } from "../data/scope.ts";
import type { Model } from "../model/model.ts";
import { isWeak, WEAK_RULE } from "../model/weak.ts";
import { denseText, inSentence, positionText } from "../model/wording.ts";
import { chartIds, scopeTag } from "./paths.ts";
import { illustrativeShare, isIllustrative } from "./sources.ts";

/**
 * A chart not drawn yet: its id, and how to draw it (from the cache when its input was drawn before). Views hold
 * plans, and a page draws them as it renders, so a page's data can be keyed (page-key.ts) without drawing a chart.
 */
export class Planned {
  readonly id: string;
  /** The content key its drawing is kept by (charts/chart-cache.ts): the same key, the same drawing. */
  readonly key: () => string;
  readonly #drawing: () => Chart;
  constructor(id: string, key: () => string, drawing: () => Chart) {
    this.id = id;
    this.key = key;
    this.#drawing = drawing;
  }

  /** The chart: from the cache when it holds the key, else drawn and kept (chart-cache.ts). */
  chart(): Chart {
    return cachedChart(this.key(), this.#drawing);
  }

  /** Draws the chart into the disk cache unless it holds it, for `chart` to read later; whether it drew (chart-cache.ts). */
  ahead(): boolean {
    return drawIntoCache(this.key(), this.#drawing);
  }
}

/**
 * Which of a chart's rows are published figures among illustrative ones: only where the
 * chart mixes the two does a published point need telling apart (charts/mark.ts).
 */
function publishedAmong(model: Model, rows: { sourceId: string }[]): (row: { sourceId: string }) => boolean {
  const share = illustrativeShare(rows, model.sources);
  return (row) => share === "some" && !isIllustrative(row.sourceId, model.sources);
}

/**
 * Each model's chart keys by id, each computed once a build: the download routes ask for every key, and a page
 * then asks for its charts by the same keys (a rebuild reads them from the cache without computing their input).
 */
const keys = new WeakMap<Model, Map<string, string>>();

/** The plan of chart `id` of `model`: its input computed when its key is or it is drawn, the drawing kept by the input's content. */
function memo<I>(model: Model, id: string, input: () => I, draw: (input: I, render: Render) => Drawn, wideOnPage = false): Planned {
  let data: { input: I } | null = null;
  const computed = () => (data ??= { input: input() }).input;
  const key = () => {
    let known = keys.get(model);
    if (!known) keys.set(model, (known = new Map()));
    let k = known.get(id);
    if (k === undefined) known.set(id, (k = chartKey(id, computed(), wideOnPage)));
    return k;
  };
  return new Planned(id, key, () => responsive((render) => draw(computed(), render), wideOnPage));
}

/** The district's totals of a year; with `code`, as that unit's page shows them, the unit marked. */
export function totalsPlan(model: Model, year: number, code: string | null = null): Planned {
  const id = code ? chartIds.unitTotals(code, year) : chartIds.totals(scopeTag(model), year);
  return memo(model, id, () => {
    const py = model.par.get(year)!;
    const published = publishedAmong(model, py.results.map((r) => r.row));
    return {
      id,
      marked: code ? py.byUnit.get(code)!.unit.name : null,
      title: `Tổng điểm Chỉ số CCHC năm ${year} của các ${model.kinds.get(year)}`,
      measure: `Tổng điểm Chỉ số CCHC năm ${year}`,
      rows: py.results.map((r) => ({ name: r.unit.name, value: r.total, position: positionText(r.position), published: published(r.row) })),
      max: py.totalMax,
      median: py.totalStats.median,
      thresholds: bandsFor(model.dataset.bands, "par", year)
        .filter((b) => b.minPercent > 0)
        .map((b) => ({ value: (b.minPercent / 100) * py.totalMax, label: b.label })),
    };
  }, totalsChart);
}

/** The district's fields of a year, unit by unit (a unit's page links it rather than inlining it with its row marked). */
export function heatmapPlan(model: Model, year: number): Planned {
  const id = chartIds.heatmap(scopeTag(model), year);
  return memo(model, id, () => {
    const py = model.par.get(year)!;
    return {
      id,
      title: `Tỷ lệ điểm so với tối đa theo lĩnh vực, năm ${year}`,
      units: py.results.map((r) => r.unit.name),
      fields: py.fields.map((f) => ({ label: f.shortName, max: f.max })),
      cells: py.results.flatMap((r) => r.fields.map((f) => ({ unit: r.unit.name, field: f.def.shortName, score: f.score, share: f.share, weak: isWeak(f.share) }))),
      threshold: WEAK_RULE,
    };
  }, heatmapChart, true); // On a phone the cells carry no scores: the page inlines the desktop drawing too (Chart.wideOnPage).
}

/** Where a unit stands in each field of a year: every unit's share, the unit marked. */
export function stripsPlan(model: Model, code: string, year: number): Planned {
  const id = chartIds.unitStrips(code, year);
  return memo(model, id, () => {
    const py = model.par.get(year)!;
    const r = py.byUnit.get(code)!;
    return {
      id,
      among: scopeWord(model.scope),
      title: `${r.unit.name} giữa các đơn vị trong ${scopeWord(model.scope)}, từng lĩnh vực năm ${year}`,
      unit: r.unit.name,
      fields: py.fields.map((f) => f.shortName),
      points: py.results.flatMap((x) => x.fields.map((f) => ({ field: f.def.shortName, unit: x.unit.name, share: f.share }))),
      ranks: new Map(r.fields.map((f) => [f.def.shortName, denseText(f.dense)])),
      threshold: WEAK_RULE,
    };
  }, stripsChart);
}

/**
 * The years of a unit's PAR results, in order: those of the unit its code names in its latest year here. A code a
 * merged unit kept names two units; a chart over years draws one of them, never both (../model/lineage.ts).
 */
export function parYears(model: Model, code: string): number[] {
  const years = [...model.units.get(code)!.par.keys()].sort((a, b) => a - b);
  const last = years.at(-1);
  return last === undefined ? [] : years.filter((y) => model.atlas.lineage.sameInYears(code, y, last));
}

/** A unit's total and position in each year it has, against the district median; null with fewer than two years. */
export function historyPlan(model: Model, code: string): Planned | null {
  const years = parYears(model, code);
  if (years.length < 2) return null;
  const id = chartIds.unitHistory(scopeTag(model), code);
  return memo(model, id, () => {
    const view = model.units.get(code)!;
    const published = publishedAmong(model, years.map((y) => view.par.get(y)!.row));
    return {
      id,
      among: scopeWord(model.scope),
      title: `${view.unit.name}: tổng điểm và thứ hạng qua các năm`,
      unit: view.unit.name,
      years: years.map((y) => {
        const r = view.par.get(y)!;
        return { year: y, total: r.total, position: positionText(r.position), median: model.par.get(y)!.totalStats.median, published: published(r.row) };
      }),
      max: Math.max(...years.map((y) => model.par.get(y)!.totalMax)),
    };
  }, historyChart);
}

export function profilePlan(model: Model, code: string, year: number): Planned {
  const id = chartIds.profile(code, year);
  return memo(model, id, () => {
    const py = model.par.get(year)!;
    const r = py.byUnit.get(code)!;
    return {
      id,
      among: scopeWord(model.scope),
      title: `${r.unit.name}: điểm từng lĩnh vực năm ${year} so với ${scopeWord(model.scope)}`,
      unit: r.unit.name,
      fields: r.fields.map((f) => {
        const s = py.fieldStats.get(f.def.code)!;
        const { score, share } = f;
        return { label: f.def.shortName, score, max: f.def.max, share, weak: isWeak(share), medianShare: s.median / f.def.max, bestShare: s.best / f.def.max };
      }),
      threshold: WEAK_RULE,
    };
  }, profileChart);
}

export function trendPlan(model: Model, code: string): Planned | null {
  const years = parYears(model, code);
  if (years.length < 2) return null;
  const id = chartIds.trend(scopeTag(model), code);
  return memo(model, id, () => {
    const view = model.units.get(code)!;
    const published = publishedAmong(model, years.map((y) => view.par.get(y)!.row));
    const latest = view.par.get(years.at(-1)!)!;
    return {
      id,
      title: `${view.unit.name}: tỷ lệ điểm từng lĩnh vực qua các năm`,
      unit: view.unit.name,
      years,
      fields: latest.fields.map((f) => f.def.shortName),
      points: years.flatMap((y) => view.par.get(y)!.fields.map((f) => ({ field: f.def.shortName, year: y, share: f.share }))),
      publishedYears: years.filter((y) => published(view.par.get(y)!.row)),
    };
  }, trendChart);
}

/** District statistics of the service index by period, of one kind (quarters, months…). */
function servicePeriods(model: Model) {
  const kinds = new Map<string, number>();
  for (const p of model.periods) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return model.periods.filter((p) => p.kind === kind).map((p) => model.service.get(p.key)!);
}

export function serviceTrendPlan(model: Model, code: string | null): Planned | null {
  const periods = servicePeriods(model);
  if (periods.length === 0) return null;
  const view = code ? model.units.get(code)! : null;
  if (view && view.service.size === 0) return null;
  const id = chartIds.serviceTrend(scopeTag(model), code);
  return memo(model, id, () => {
    const published = publishedAmong(model, view ? [...view.service.values()].map((s) => s.row) : []);
    return {
      id,
      among: scopeWord(model.scope),
      title: `${view ? `${view.unit.name}: ` : ""}Chỉ số phục vụ người dân, doanh nghiệp${view ? "" : ` của ${scopeName(model.scope)}`} theo kỳ`,
      unit: view?.unit.name ?? null,
      periods: periods.map((p) => p.label),
      values: periods.map((p) => ({
        period: p.label,
        total: view?.service.get(p.period.key)?.total ?? null,
        published: view?.service.has(p.period.key) ? published(view.service.get(p.period.key)!.row) : false,
        median: p.totalStats.median,
        min: p.totalStats.min,
        max: p.totalStats.best,
      })),
      max: Math.max(...periods.map((p) => p.totalMax)),
    };
  }, serviceTrendChart);
}

export function groupsPlan(model: Model, code: string): Planned | null {
  const view = model.units.get(code)!;
  const periods = servicePeriods(model).filter((p) => view.service.has(p.period.key));
  if (periods.length === 0) return null;
  const id = chartIds.groups(scopeTag(model), code);
  return memo(model, id, () => {
    const groups = [...new Map(periods.flatMap((p) => p.groups).map((g) => [g.code, g])).values()];
    return {
      id,
      title: `${view.unit.name}: các nhóm của Chỉ số phục vụ theo kỳ`,
      unit: view.unit.name,
      periods: periods.map((p) => p.label),
      groups: groups.map((g) => ({ label: g.shortName, max: g.max })),
      cells: periods.flatMap((p) => {
        const r = view.service.get(p.period.key)!;
        return r.groups.map((g) => ({ period: p.label, group: g.def.shortName, score: g.score, share: g.share }));
      }),
    };
  }, groupsChart);
}

export function rankingPlan(model: Model, field: string, year: number): Planned {
  const id = chartIds.ranking(scopeTag(model), field, year);
  return memo(model, id, () => {
    const py = model.par.get(year)!;
    const def = py.fields.find((f) => f.code === field)!;
    const published = publishedAmong(model, py.results.map((r) => r.row));
    return {
      id,
      title: `${def.name}: điểm các đơn vị năm ${year}`,
      field: def.name,
      max: def.max,
      rows: py.results.map((r) => {
        const f = r.fields.find((x) => x.def.code === field)!;
        return { name: r.unit.name, score: f.score, share: f.share, weak: isWeak(f.share), rank: denseText(f.dense), published: published(r.row) };
      }),
      threshold: WEAK_RULE,
    };
  }, rankingChart);
}

export function serviceTotalsPlan(model: Model, period: string): Planned {
  const id = chartIds.serviceTotals(scopeTag(model), period);
  return memo(model, id, () => {
    const sp = model.service.get(period)!;
    const published = publishedAmong(model, sp.results.map((r) => r.row));
    return {
      id,
      title: `Chỉ số phục vụ người dân, doanh nghiệp, ${inSentence(sp.label)}`,
      measure: `Chỉ số phục vụ, ${inSentence(sp.label)}`,
      rows: sp.results.map((r) => ({ name: r.unit.name, value: r.total, position: positionText(r.position), published: published(r.row) })),
      max: sp.totalMax,
      median: sp.totalStats.median,
      thresholds: [],
    };
  }, totalsChart);
}
