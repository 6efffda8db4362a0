/**
 * Every chart of the site as downloadable files: which rows each chart draws, and so
 * which sources it names and whether its figures are illustrative (none, some or all),
 * and whether it also gets a PNG (the charts people paste into a report).
 *
 * A chart's sources are those of the rows it draws, named as the page's Sources
 * component names them (sources.ts): a unit's profile is drawn against the district's
 * median and best, so it rests on every unit's row that year; a unit's service trend
 * draws the district's range in every period.
 */
import { createHash } from "node:crypto";
import type { Chart } from "../charts/chart.ts";
import { cacheOff } from "../charts/disk-cache.ts";
import { cachedPng } from "../charts/png-cache.ts";
import { rasterisePng } from "../charts/png-pool.ts";
import { standaloneSvg } from "../charts/standalone.ts";
import type { Model } from "../model/model.ts";
import { groupsPlan, heatmapPlan, historyPlan, parYears, profilePlan, rankingPlan, serviceTotalsPlan, serviceTrendPlan, stripsPlan, totalsPlan, trendPlan, type Planned } from "./charts.ts";
import { illustrativeShare, sourceLabel, sourcesOf, type SourceUse } from "./sources.ts";

export interface ChartFile {
  chart: Chart;
  sources: SourceUse[];
  illustrative: "none" | "some" | "all";
  /** What the rows are, to count them in the source line ("đơn vị", "năm", "kỳ"). */
  rowsAre: string;
  /** Rendered as a PNG too: the district's charts and each unit's profile. */
  png: boolean;
}

/** A row a chart draws: its source, and what the source line calls it (a unit, or a period). */
interface DrawnRow {
  sourceId: string;
  name: string;
}

const parRows = (m: Model, year: number): DrawnRow[] => m.par.get(year)!.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name }));
const serviceRows = (m: Model, period: string): DrawnRow[] =>
  m.service.get(period)!.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name }));
const allServiceRows = (m: Model): DrawnRow[] => m.periods.flatMap((p) => serviceRows(m, p.key));
const ownRows = (m: Model, code: string): DrawnRow[] => parYears(m, code).map((y) => ({ sourceId: m.units.get(code)!.par.get(y)!.row.sourceId, name: String(y) }));
const ownServiceRows = (m: Model, code: string): DrawnRow[] =>
  [...m.units.get(code)!.service.values()].map((s) => ({ sourceId: s.row.sourceId, name: m.service.get(s.period.key)!.label }));

type Args = readonly (string | number | null)[];
const num = (a: Args, i: number) => a[i] as number;
const str = (a: Args, i: number) => a[i] as string;

type Kind = { plan: (m: Model, a: Args) => Planned | null; rows: (m: Model, a: Args) => DrawnRow[]; rowsAre?: string };

/** Each kind of chart file: its plan (id, and how to draw it) from its arguments, and the rows it draws. */
const KINDS = {
  totals: { plan: (m, a) => totalsPlan(m, num(a, 0), a[1] as string | null), rows: (m, a) => parRows(m, num(a, 0)) },
  heatmap: { plan: (m, a) => heatmapPlan(m, num(a, 0)), rows: (m, a) => parRows(m, num(a, 0)) },
  ranking: { plan: (m, a) => rankingPlan(m, str(a, 0), num(a, 1)), rows: (m, a) => parRows(m, num(a, 1)) },
  profile: { plan: (m, a) => profilePlan(m, str(a, 0), num(a, 1)), rows: (m, a) => parRows(m, num(a, 1)) },
  strips: { plan: (m, a) => stripsPlan(m, str(a, 0), num(a, 1)), rows: (m, a) => parRows(m, num(a, 1)) },
  history: { plan: (m, a) => historyPlan(m, str(a, 0)), rows: (m, a) => ownRows(m, str(a, 0)), rowsAre: "năm" },
  trend: { plan: (m, a) => trendPlan(m, str(a, 0)), rows: (m, a) => ownRows(m, str(a, 0)), rowsAre: "năm" },
  serviceTrend: { plan: (m, a) => serviceTrendPlan(m, a[0] as string | null), rows: (m) => allServiceRows(m) },
  groups: { plan: (m, a) => groupsPlan(m, str(a, 0)), rows: (m, a) => ownServiceRows(m, str(a, 0)), rowsAre: "kỳ" },
  serviceTotals: { plan: (m, a) => serviceTotalsPlan(m, str(a, 0)), rows: (m, a) => serviceRows(m, str(a, 0)) },
} satisfies Record<string, Kind>;

/**
 * A chart file not drawn yet: what a download route passes from getStaticPaths to GET (a few
 * strings and numbers, not the chart), so that no chart is held for the whole build.
 */
export interface ChartRef {
  id: string;
  /** The key of the scope whose model draws it. */
  scope: string;
  kind: keyof typeof KINDS;
  args: Args;
  png: boolean;
}

/** The refs of `m`'s chart files, without drawing a chart (a chart not drawn, e.g. a unit's history with one year, has none). */
export function chartRefs(m: Model): ChartRef[] {
  const refs: ChartRef[] = [];
  const add = (kind: keyof typeof KINDS, args: Args, png: boolean) => {
    const id = KINDS[kind].plan(m, args)?.id;
    if (id !== undefined) refs.push({ id, scope: m.scope.key, kind, args, png });
  };
  for (const year of m.years) {
    add("totals", [year, null], true);
    add("heatmap", [year], true);
    for (const f of m.par.get(year)!.fields) add("ranking", [f.code, year], true);
  }
  for (const [code, view] of m.units) {
    for (const year of view.par.keys()) {
      add("profile", [code, year], true);
      // The district's charts of the year with this unit marked (its page's "trong huyện" section).
      add("totals", [year, code], false);
      add("strips", [code, year], false);
    }
    for (const kind of ["history", "trend", "serviceTrend", "groups"] as const) add(kind, [code], false);
  }
  add("serviceTrend", [null], true);
  for (const p of m.periods) add("serviceTotals", [p.key], true);
  return refs;
}

/** The plan of a ref's chart (its id, content key and drawing). */
export const planOf = (m: Model, ref: Pick<ChartRef, "kind" | "args">): Planned => (KINDS[ref.kind] as Kind).plan(m, ref.args)!;

/**
 * What a ref's download files are made of, as one hash: the chart's content key (its input and what draws it,
 * charts.ts) and its source line and label. Equal keys, equal files: a build may reuse the file an earlier one wrote
 * (Astro's incremental build, `cacheKey`); none with CCHC_CHART_CACHE=off, which reuses nothing.
 */
export function fileKey(m: Model, ref: Pick<ChartRef, "id" | "kind" | "args">): string | undefined {
  if (cacheOff()) return undefined;
  // The SVG and the PNG route ask for the same charts' keys: the chart's content key is computed once a build (charts.ts).
  const f = sourcing(m, ref);
  return createHash("sha256").update(planOf(m, ref).key()).update("\0").update(f.illustrative).update("\0").update(sourceLine(f)).digest("hex");
}

/** The file of a ref: the chart drawn (or read from the chart cache), with the sources of the rows it draws. */
export function chartFileOf(m: Model, ref: Pick<ChartRef, "kind" | "args" | "png">): ChartFile {
  return { chart: planOf(m, ref).chart(), ...sourcing(m, ref), png: ref.png };
}

/** What a ref's file says of its rows besides the drawing: their sources, whether illustrative, what they are. */
function sourcing(m: Model, ref: Pick<ChartRef, "kind" | "args">): Pick<ChartFile, "sources" | "illustrative" | "rowsAre"> {
  const kind: Kind = KINDS[ref.kind];
  const rows = kind.rows(m, ref.args);
  return { sources: sourcesOf(rows, m.sources), illustrative: illustrativeShare(rows, m.sources), rowsAre: kind.rowsAre ?? "đơn vị" };
}

/** Every chart file of `m`, each chart once, all drawn (for tests and benchmarks: a build asks for one at a time). */
export const chartFiles = (m: Model): ChartFile[] => chartRefs(m).map((ref) => chartFileOf(m, ref));

/**
 * "Nguồn: …": each source as the Sources component names it, "[minh họa]" before an
 * illustrative one, with the rows it covers when it does not cover them all.
 */
export function sourceLine(f: Pick<ChartFile, "sources" | "rowsAre">): string {
  const parts = f.sources.map((s) => {
    // A chart over several periods draws a unit once a period: name each unit once.
    const units = [...new Set(s.units)];
    const covers = units.length === 0 ? "" : units.length <= 3 ? ` (${units.join(", ")})` : ` (${units.length} ${f.rowsAre})`;
    return `${s.source.kind === "illustrative" ? "[minh họa] " : ""}${sourceLabel(s.source)}${covers}`;
  });
  return `Nguồn: ${parts.join("; ")}`;
}

/** The chart's standalone SVG file (with its XML declaration). */
export function standaloneFile(f: ChartFile): string {
  const drawn = standaloneSvg({ ...f.chart, illustrative: f.illustrative, source: sourceLine(f) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svg}\n`;
}

/**
 * The chart's PNG file, rasterised from its standalone SVG (by a worker thread in a build: png-pool.ts, this thread
 * doing `meanwhile`'s work as it waits), or kept from a build that drew the same SVG (png-cache.ts).
 */
export const pngFile = (f: ChartFile, meanwhile?: () => boolean): Promise<Uint8Array> =>
  cachedPng(standaloneFile(f), (svg) => rasterisePng(svg, meanwhile));

const pngIds = new WeakMap<Model, Set<string>>();

/** Whether chart `id` has a PNG download, in whichever scope's model draws it (no chart is drawn to tell). */
export function hasPng(models: readonly Model[], id: string): boolean {
  return models.some((m) => {
    let ids = pngIds.get(m);
    if (!ids) pngIds.set(m, (ids = new Set(chartRefs(m).filter((r) => r.png).map((r) => r.id))));
    return ids.has(id);
  });
}
