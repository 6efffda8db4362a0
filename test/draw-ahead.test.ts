/**
 * Charts drawn ahead (src/site/draw-ahead.ts) while a build waits for its PNG workers: on the demo's atlas, each step
 * draws one chart into the chart cache, every chart without a PNG once and none with one, and then says there is
 * nothing left; what the files and pages then read from the cache is what they would have drawn; with the cache
 * off, nothing is drawn ahead. A cache folder of its own (CCHC_CACHE_DIR).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartCacheDir, forgetCharts } from "../src/charts/chart-cache.ts";
import { buildAtlas } from "../src/model/atlas.ts";
import { chartFileOf, chartRefs, planOf } from "../src/site/chart-files.ts";
import { drawAhead } from "../src/site/draw-ahead.ts";
import { demoFiles, read } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "draw-ahead-"));
beforeAll(() => void (process.env.CCHC_CACHE_DIR = dir));
afterAll(() => {
  delete process.env.CCHC_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const demoAtlas = async () => buildAtlas((await read(demoFiles(), {})).dataset!);

describe("charts drawn ahead", () => {
  it("draws each chart without a PNG into the cache once, a chart a step, then has nothing left", async () => {
    const atlas = await demoAtlas();
    const refs = atlas.models.flatMap((m) => chartRefs(m).map((ref) => ({ m, ref })));
    const held = (m: (typeof refs)[number]["m"], ref: (typeof refs)[number]["ref"]) => {
      const key = planOf(m, ref).key();
      return existsSync(join(chartCacheDir(), key.slice(0, 2), `${key}.json`));
    };
    const without = refs.filter(({ ref }) => !ref.png);
    expect(without.length).toBeGreaterThan(100);
    expect(without.length).toBeLessThan(refs.length);
    // One chart already drawn by the time the build gets to it (a page asked for it): skipped, not drawn again.
    chartFileOf(without[5]!.m, without[5]!.ref);
    const step = drawAhead(atlas);
    expect(drawAhead(atlas)).toBe(step);
    let drawn = 0;
    while (step()) drawn++;
    expect(drawn).toBe(without.length - 1);
    expect(step()).toBe(false);
    for (const { m, ref } of refs) expect(held(m, ref), ref.id).toBe(!ref.png);
  }, 120_000);

  it("leaves in the cache what the files and pages would have drawn", async () => {
    process.env.CCHC_CACHE_DIR = join(dir, "another"); // an empty cache: every chart is drawn ahead here
    forgetCharts();
    const atlas = await demoAtlas();
    const refs = atlas.models.flatMap((m) => chartRefs(m).filter((ref) => !ref.png).map((ref) => ({ m, ref })));
    const step = drawAhead(atlas);
    let drawn = 0;
    while (step()) drawn++;
    expect(drawn).toBe(refs.length);
    forgetCharts();
    const read = refs.map(({ m, ref }) => JSON.stringify(chartFileOf(m, ref).chart));
    process.env.CCHC_CHART_CACHE = "off";
    try {
      const fresh = refs.map(({ m, ref }) => JSON.stringify(chartFileOf(m, ref).chart));
      refs.forEach(({ ref }, i) => expect(read[i], ref.id).toBe(fresh[i]));
    } finally {
      delete process.env.CCHC_CHART_CACHE;
    }
  }, 120_000);

  it("draws nothing with the cache off", async () => {
    process.env.CCHC_CHART_CACHE = "off";
    try {
      expect(drawAhead(await demoAtlas())()).toBe(false);
    } finally {
      delete process.env.CCHC_CHART_CACHE;
    }
  });
});
