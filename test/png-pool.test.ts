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
      const pooled = await Promise.all(svgs.map(rasterisePng));
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
