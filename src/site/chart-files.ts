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
import type { Chart } from "../charts/chart.ts";
import { renderPng } from "../charts/png.ts";
import { cachedPng } from "../charts/png-cache.ts";
import { standaloneSvg } from "../charts/standalone.ts";
import type { Model } from "../model/model.ts";
import { groupsFor, heatmapFor, historyFor, profileFor, rankingFor, serviceTotalsFor, serviceTrendFor, stripsFor, totalsFor, trendFor } from "./charts.ts";
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

function file(m: Model, chart: Chart | null, rows: DrawnRow[], png: boolean, rowsAre = "đơn vị"): ChartFile[] {
  if (!chart) return [];
  return [{ chart, sources: sourcesOf(rows, m.sources), illustrative: illustrativeShare(rows, m.sources), rowsAre, png }];
}

const parRows = (m: Model, year: number): DrawnRow[] => m.par.get(year)!.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name }));
const serviceRows = (m: Model, period: string): DrawnRow[] =>
  m.service.get(period)!.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name }));
const allServiceRows = (m: Model): DrawnRow[] => m.periods.flatMap((p) => serviceRows(m, p.key));

function districtFiles(m: Model): ChartFile[] {
  return m.years.flatMap((year) => [
    ...file(m, totalsFor(m, year), parRows(m, year), true),
    ...file(m, heatmapFor(m, year), parRows(m, year), true),
    ...m.par.get(year)!.fields.flatMap((f) => file(m, rankingFor(m, f.code, year), parRows(m, year), true)),
  ]);
}

function unitFiles(m: Model, code: string): ChartFile[] {
  const view = m.units.get(code)!;
  const own = [...view.par.values()].map((r) => ({ sourceId: r.row.sourceId, name: String(r.year) }));
  const ownService = [...view.service.values()].map((s) => ({ sourceId: s.row.sourceId, name: m.service.get(s.period.key)!.label }));
  return [
    ...[...view.par.keys()].flatMap((year) => [
      ...file(m, profileFor(m, code, year), parRows(m, year), true),
      // The district's charts of the year with this unit marked (its page's "trong huyện" section).
      ...file(m, totalsFor(m, year, code), parRows(m, year), false),
      ...file(m, stripsFor(m, code, year), parRows(m, year), false),
    ]),
    ...file(m, historyFor(m, code), own, false, "năm"),
    ...file(m, trendFor(m, code), own, false, "năm"),
    ...file(m, serviceTrendFor(m, code), allServiceRows(m), false),
    ...file(m, groupsFor(m, code), ownService, false, "kỳ"),
  ];
}

/** Every chart file of the site, each chart once. */
export function chartFiles(m: Model): ChartFile[] {
  return [
    ...districtFiles(m),
    ...[...m.units.keys()].flatMap((code) => unitFiles(m, code)),
    ...file(m, serviceTrendFor(m, null), allServiceRows(m), true),
    ...m.periods.flatMap((p) => file(m, serviceTotalsFor(m, p.key), serviceRows(m, p.key), true)),
  ];
}

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

const standalones = new WeakMap<Chart, string>();

/** The chart's standalone SVG file (with its XML declaration), built once. */
export function standaloneFile(f: ChartFile): string {
  let svg = standalones.get(f.chart);
  if (svg === undefined) {
    const { chart } = f;
    const drawn = standaloneSvg({ ...chart, illustrative: f.illustrative, source: sourceLine(f) });
    standalones.set(chart, (svg = `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svg}\n`));
  }
  return svg;
}

/** The chart's PNG file, rasterised from its standalone SVG, or kept from a build that drew the same SVG (png-cache.ts). */
export const pngFile = (f: ChartFile): Uint8Array => cachedPng(standaloneFile(f), renderPng);

const byId = new WeakMap<Model, Map<string, ChartFile>>();

/** A chart's files by its id (for a figure's download links), in whichever scope's model draws it. */
export function chartFile(models: readonly Model[], id: string): ChartFile | undefined {
  for (const m of models) {
    let files = byId.get(m);
    if (!files) byId.set(m, (files = new Map(chartFiles(m).map((f) => [f.chart.id, f]))));
    const file = files.get(id);
    if (file) return file;
  }
  return undefined;
}
