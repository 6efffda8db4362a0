/**
 * npm run bench: how fast a large table is read, checked and ranked, against a floor.
 * A synthetic district of 100,000 units and one 100,000-row table (scripts/large-district.ts)
 * is read and modelled three times; the best run is compared with scripts/bench-floor.json,
 * and the script exits 1 if it is slower or larger than the floor allows.
 * The heap growth is heapUsed at its highest (sampled between awaits, and at the end) less before: it counts garbage
 * not yet collected, so it also prints what a read and a model keep after a full collection (run with --expose-gc).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDataset } from "../src/data/read.ts";
import { buildModel } from "../src/model/model.ts";
import { diskFiles } from "../src/data/files.ts";
import { largeDistrict } from "./large-district.ts";

const ROWS = 100_000;
const floor = JSON.parse(readFileSync(join(import.meta.dirname, "bench-floor.json"), "utf8")) as { rowsPerSecond: number; heapGrowthMB: number };

// The project's own configuration, with the synthetic units and table in memory.
const config = diskFiles(join(import.meta.dirname, "..", "data"));
const { units, table } = largeDistrict(ROWS);
const extra: Record<string, string> = { "units.csv": units, "par/2022.csv": table };
const files = {
  list: async () => [...(await config.list()).filter((p) => !/^(par|service)\//.test(p) && p !== "units.csv"), ...Object.keys(extra)],
  read: async (p: string) => (p in extra ? new TextEncoder().encode(extra[p]) : config.read(p)),
  display: (p: string) => p,
};

const runs: { ms: number; heapMB: number }[] = [];
for (let i = 0; i < 3; i++) {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const t0 = performance.now();
  const { dataset } = await readDataset(files);
  const model = buildModel(dataset!);
  const ms = performance.now() - t0;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (model.par.get(2022)!.results.length !== ROWS) throw new Error("bench: not every row was read");
  runs.push({ ms, heapMB: (peak - heapBefore) / 2 ** 20 });
}
// What stays after a full collection, read then modelled: the growth above counts garbage not yet collected too.
const gc = (globalThis as { gc?: () => void }).gc;
const retainedMB = () => (gc?.(), Math.round(process.memoryUsage().heapUsed / 2 ** 20));
const base = retainedMB();
const { dataset: kept } = await readDataset(files);
const afterRead = retainedMB();
const keptModel = buildModel(kept!);
const afterModel = retainedMB();
const retained = { readMB: afterRead - base, modelMB: afterModel - afterRead, rows: keptModel.par.get(2022)!.results.length };
const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const rowsPerSecond = Math.round(ROWS / (best.ms / 1000));
const heapMB = Math.round(Math.max(...runs.map((r) => r.heapMB)));
console.log(
  `bench: ${ROWS} rows read and ranked in ${Math.round(best.ms)} ms (best of 3: ${runs.map((r) => Math.round(r.ms)).join(", ")} ms) = ${rowsPerSecond} rows/s; ` +
    `heap growth up to ${heapMB} MB; node ${process.version}. Floor: ${floor.rowsPerSecond} rows/s, ${floor.heapGrowthMB} MB.`,
);
console.log(`bench: retained after a full collection: ${retained.readMB} MB by the dataset read, ${retained.modelMB} MB more by the model (${retained.rows} rows).`);
const slow = rowsPerSecond < floor.rowsPerSecond;
const large = heapMB > floor.heapGrowthMB;
if (slow) console.log(`bench: slower than the floor (${rowsPerSecond} < ${floor.rowsPerSecond} rows/s)`);
if (large) console.log(`bench: more memory than the floor allows (${heapMB} > ${floor.heapGrowthMB} MB)`);
process.exitCode = slow || large ? 1 : 0;
