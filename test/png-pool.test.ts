/**
 * PNGs rasterised in worker threads (png-pool.ts) are the bytes the calling thread writes: twelve
 * demo charts that have a PNG download, through two workers, against renderPng here.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderPng } from "../src/charts/png.ts";
import { chartFiles, standaloneFile } from "../src/site/chart-files.ts";
import { demoFiles, read } from "./helpers.ts";

describe("the PNG worker pool", () => {
  it("writes twelve demo charts' PNGs byte for byte as the calling thread does", async () => {
    process.env.CCHC_PNG_WORKER = fileURLToPath(new URL("../src/charts/png-worker.ts", import.meta.url));
    process.env.CCHC_PNG_THREADS = "2";
    try {
      // Imported once the environment names the workers: the pool is started at the first PNG.
      const { IDLE_MS, rasterisePng, runningThreads } = await import("../src/charts/png-pool.ts");
      const { model } = await read(demoFiles());
      const svgs = chartFiles(model!).filter((f) => f.png).slice(0, 12).map(standaloneFile);
      expect(svgs.length).toBe(12);
      const pooled = await Promise.all(svgs.map((svg) => rasterisePng(svg)));
      expect(runningThreads()).toBe(2);
      svgs.forEach((svg, i) => expect(Buffer.from(pooled[i]!).equals(Buffer.from(renderPng(svg))), `chart ${i}`).toBe(true));
      // Idle, the workers end, their memory freed for the pages the build renders after its PNGs.
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 1000));
      expect(runningThreads()).toBe(0);
    } finally {
      delete process.env.CCHC_PNG_WORKER;
      delete process.env.CCHC_PNG_THREADS;
    }
  });

  it("does the caller's other work while a worker rasterises, a step a turn, until the PNG is back; one caller at a time", async () => {
    process.env.CCHC_PNG_WORKER = fileURLToPath(new URL("../src/charts/png-worker.ts", import.meta.url));
    process.env.CCHC_PNG_THREADS = "1";
    try {
      const { rasterisePng } = await import("../src/charts/png-pool.ts");
      const { model } = await read(demoFiles());
      const [a, b] = chartFiles(model!).filter((f) => f.png).slice(0, 2).map(standaloneFile);
      // Work without end: the steps stop when the PNG is back, and the PNG is the one the calling thread writes.
      let steps = 0;
      const png = await rasterisePng(a!, () => (steps++, true));
      expect(steps).toBeGreaterThan(0);
      expect(Buffer.from(png).equals(Buffer.from(renderPng(a!)))).toBe(true);
      // Work that ends: two steps and then nothing left, long before a chart is rasterised.
      let left = 2;
      let asked = 0;
      await rasterisePng(a!, () => (asked++, left-- > 0));
      expect(asked).toBe(3);
      // Two callers waiting at once: the first does its work, the second only waits.
      const calls = { first: 0, second: 0 };
      const [one, two] = await Promise.all([rasterisePng(a!, () => (calls.first++, true)), rasterisePng(b!, () => (calls.second++, true))]);
      expect(calls.first).toBeGreaterThan(0);
      expect(calls.second).toBe(0);
      expect(Buffer.from(two).equals(Buffer.from(renderPng(b!)))).toBe(true);
      expect(Buffer.from(one).equals(Buffer.from(png))).toBe(true);
      // Work that fails fails the PNG's caller, and the pool goes on.
      await expect(rasterisePng(b!, () => { throw new Error("a chart that cannot be drawn"); })).rejects.toThrow("cannot be drawn");
      expect(Buffer.from(await rasterisePng(b!)).equals(Buffer.from(two))).toBe(true);
    } finally {
      delete process.env.CCHC_PNG_WORKER;
      delete process.env.CCHC_PNG_THREADS;
    }
  });

  it("takes its thread count from CCHC_PNG_THREADS, one a core when unset or not a whole number", async () => {
    const { threadCount } = await import("../src/charts/png-pool.ts");
    const { availableParallelism } = await import("node:os");
    expect(threadCount({ CCHC_PNG_THREADS: "0" })).toBe(0);
    expect(threadCount({ CCHC_PNG_THREADS: "3" })).toBe(3);
    expect(threadCount({})).toBe(availableParallelism());
    expect(threadCount({ CCHC_PNG_THREADS: "deux" })).toBe(availableParallelism());
    expect(threadCount({ CCHC_PNG_THREADS: "-1" })).toBe(availableParallelism());
  });
});
