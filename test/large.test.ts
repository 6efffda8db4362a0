/**
 * A 100,000-row table is read, checked and ranked whole, in bounded memory.
 * Its time and memory are written to test-output/large-table.json and printed;
 * speed is judged by the benchmark (npm run bench) against its floor, not here.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../src/data/read.ts";
import { buildModel } from "../src/model/model.ts";
import { largeDistrict } from "../scripts/large-district.ts";
import { OUTPUT } from "./build.ts";
import { configFiles, memoryFiles } from "./helpers.ts";

const ROWS = 100_000;
/** Reading and ranking must fit in this much heap beyond what was in use before. */
const HEAP_BOUND_MB = 1500;

describe("a 100,000-row table", () => {
  it("is read, checked and ranked whole, in bounded memory", async () => {
    const { units, table } = largeDistrict(ROWS);
    const files = memoryFiles({ ...configFiles(), "units.csv": units, "par/2022.csv": table });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sample = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20);
    const t0 = performance.now();
    const r = await readDataset(files);
    const t1 = performance.now();
    const model = buildModel(r.dataset!);
    const t2 = performance.now();
    clearInterval(sample);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);

    expect(r.diagnostics).toEqual([]);
    expect(r.dataset!.par).toHaveLength(ROWS);
    const year = model.par.get(2022)!;
    expect(year.results[0]!.position).toEqual({ rank: 1, of: ROWS });
    expect(year.results.at(-1)!.position.of).toBe(ROWS);
    expect(model.units.size).toBe(ROWS);

    const figures = {
      rows: ROWS,
      bytes: Buffer.byteLength(table),
      readMs: Math.round(t1 - t0),
      modelMs: Math.round(t2 - t1),
      heapGrowthMB: Math.round((heapPeak - heapBefore) / 2 ** 20),
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
      node: process.version,
    };
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, "large-table.json"), JSON.stringify(figures, null, 2) + "\n");
    console.log(`100,000-row table: ${JSON.stringify(figures)}`);
    expect(figures.heapGrowthMB).toBeLessThan(HEAP_BOUND_MB);
  }, 240_000);
});
