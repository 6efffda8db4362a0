/**
 * npm run bench:charts: what the PNG downloads cost the build. The charts that get a
 * PNG (chart-files.ts) are drawn from the demo data once; then, three times each,
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
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { dataset } = await readDataset(diskFiles(dataDir()));
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
  charts: inputs.length,
  node: process.version,
  fontsMs: Math.round(facesMs),
  svg: summary(runs.svg),
  png: summary(runs.png),
  pngOverSvg: +(best(runs.png).ms / best(runs.svg).ms).toFixed(1),
};
console.log(
  `bench:charts: ${result.charts} charts. Standalone SVG (floor): ${result.svg.msPerChart} ms a chart, ${result.svg.totalMs} ms in all; ` +
    `SVG + PNG: ${result.png.msPerChart} ms a chart, ${result.png.totalMs} ms in all (${result.pngOverSvg}× the floor), ` +
    `${result.png.outputMB} MB of PNG; heap growth up to ${result.png.heapGrowthMB} MB, resident up to ${result.png.rssGrowthMB} MB; ` +
    `merged faces built once in ${result.fontsMs} ms. Best of ${RUNS}; node ${result.node}.`,
);
const out = join(import.meta.dirname, "..", "test-output");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "bench-charts.json"), JSON.stringify(result, null, 2) + "\n");
