/**
 * npm run bench:charts: what the charts cost the build. First every chart of the site is
 * drawn by Plot into jsdom, at both widths, three times over (a fresh model each time, so
 * nothing is memoised), with the bytes a page inlines (the phone drawing; the heat map's
 * desktop drawing too). Then what the PNG downloads cost: the charts that get a
 * PNG (chart-files.ts) are taken from the demo data; then, three times each,
 * their standalone SVGs are composed (the floor: what every download costs anyway)
 * and rasterised to PNG by resvg. Prints time per chart and memory, best of three,
 * and writes them to test-output/bench-charts.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chartFaces } from "../src/charts/fonts.ts";
import { renderPng } from "../src/charts/png.ts";
import { standaloneSvg } from "../src/charts/standalone.ts";
import { dataDir, diskFiles } from "../src/data/files.ts";
import { readDataset } from "../src/data/read.ts";
import { buildModel } from "../src/model/model.ts";
import { chartFiles, sourceLine } from "../src/site/chart-files.ts";

const RUNS = 3;
// Every chart drawn afresh: none read back from the chart cache (src/charts/chart-cache.ts), which holds 64 in memory.
process.env.CCHC_CHART_CACHE = "off";
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { dataset } = await readDataset(diskFiles(dataDir()));

/** Draws every chart of the site from a fresh model: the time, and the bytes pages inline. */
function drawAll() {
  const t = performance.now();
  const all = chartFiles(buildModel(dataset!));
  const ms = performance.now() - t;
  const inline = all.reduce((n, f) => n + f.chart.narrowSvg.length + (f.chart.wideOnPage ? f.chart.svg.length : 0), 0);
  return { ms, charts: all.length, inline };
}
const drawRuns = [drawAll(), drawAll(), drawAll()];
const drawn = drawRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
const files = chartFiles(buildModel(dataset!)).filter((f) => f.png);
const inputs = files.map((f) => ({ ...f.chart, illustrative: f.illustrative, source: sourceLine(f) }));

let t0 = performance.now();
chartFaces();
const facesMs = performance.now() - t0;

interface Run {
  ms: number;
  heapMB: number;
  rssMB: number;
  bytes: number;
}

/** Runs `step` over every chart, sampling heap and resident memory. */
function measure(step: (input: (typeof inputs)[number]) => number): Run {
  gc();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  let bytes = 0;
  t0 = performance.now();
  for (const input of inputs) {
    bytes += step(input);
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  }
  const ms = performance.now() - t0;
  return { ms, heapMB: (heap - before.heapUsed) / 2 ** 20, rssMB: (rss - before.rss) / 2 ** 20, bytes };
}

const svg = (input: (typeof inputs)[number]) => standaloneSvg(input).svg.length;
const png = (input: (typeof inputs)[number]) => renderPng(standaloneSvg(input).svg).length;
const runs = { svg: [] as Run[], png: [] as Run[] };
for (let i = 0; i < RUNS; i++) {
  runs.svg.push(measure(svg));
  runs.png.push(measure(png));
}

const best = (rs: Run[]) => rs.reduce((a, b) => (b.ms < a.ms ? b : a));
const summary = (rs: Run[]) => {
  const b = best(rs);
  return {
    msPerChart: +(b.ms / inputs.length).toFixed(2),
    totalMs: Math.round(b.ms),
    runsMs: rs.map((r) => Math.round(r.ms)),
    heapGrowthMB: Math.round(Math.max(...rs.map((r) => r.heapMB))),
    rssGrowthMB: Math.round(Math.max(...rs.map((r) => r.rssMB))),
    outputMB: +(b.bytes / 2 ** 20).toFixed(2),
  };
};
const result = {
  draw: { charts: drawn.charts, msPerChart: +(drawn.ms / drawn.charts).toFixed(2), totalMs: Math.round(drawn.ms), runsMs: drawRuns.map((r) => Math.round(r.ms)), inlineKB: Math.round(drawn.inline / 1024) },
  charts: inputs.length,
  node: process.version,
  fontsMs: Math.round(facesMs),
  svg: summary(runs.svg),
  png: summary(runs.png),
  pngOverSvg: +(best(runs.png).ms / best(runs.svg).ms).toFixed(1),
};
console.log(
  `bench:charts: drawing ${result.draw.charts} charts at both widths: ${result.draw.msPerChart} ms a chart, ${result.draw.totalMs} ms in all; ` +
    `${result.draw.inlineKB} KB of SVG for pages to inline (each chart once; a page inlines its own). ` +
    `PNG downloads: ${result.charts} charts. Standalone SVG (floor): ${result.svg.msPerChart} ms a chart, ${result.svg.totalMs} ms in all; ` +
    `SVG + PNG: ${result.png.msPerChart} ms a chart, ${result.png.totalMs} ms in all (${result.pngOverSvg}× the floor), ` +
    `${result.png.outputMB} MB of PNG; heap growth up to ${result.png.heapGrowthMB} MB, resident up to ${result.png.rssGrowthMB} MB; ` +
    `merged faces built once in ${result.fontsMs} ms. Best of ${RUNS}; node ${result.node}.`,
);
const out = join(import.meta.dirname, "..", "test-output");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "bench-charts.json"), JSON.stringify(result, null, 2) + "\n");
