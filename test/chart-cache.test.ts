/**
 * Drawn charts are kept between builds by content (src/charts/chart-cache.ts): a chart read back from the cache is
 * exactly the chart a fresh drawing gives, a changed input (one score) is another key, and memory holds a few only.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Chart } from "../src/charts/chart.ts";
import { cachedChart, chartCacheDir, chartKey, forgetCharts, heldCharts, inputJson, LRU_SIZE } from "../src/charts/chart-cache.ts";
import { chartFileOf, chartRefs, planOf } from "../src/site/chart-files.ts";
import { totalsPlan } from "../src/site/charts.ts";
import { demoFiles, read } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "chart-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fake = (id: string): Chart => ({ id, title: id, description: "", svg: `<svg>${id}</svg>`, narrowSvg: "<svg/>", wideOnPage: false, table: { head: [], rows: [] } });

/** `fn` with CCHC_CHART_CACHE=off: every chart drawn afresh, none read from disk. */
function fresh<T>(fn: () => T): T {
  process.env.CCHC_CHART_CACHE = "off";
  try {
    return fn();
  } finally {
    delete process.env.CCHC_CHART_CACHE;
  }
}

describe("chart cache", () => {
  it("draws a key once, then reads it back from memory or disk; keeps at most LRU_SIZE charts in memory", () => {
    let calls = 0;
    const draw = (id: string) => () => (calls++, fake(id));
    const first = cachedChart("k1", draw("a"), dir);
    forgetCharts();
    const again = cachedChart("k1", draw("a"), dir);
    expect(calls).toBe(1);
    expect(again).toEqual(first);
    for (let i = 0; i < LRU_SIZE * 2; i++) cachedChart(`many${i}`, draw(`m${i}`), dir);
    expect(heldCharts()).toBe(LRU_SIZE);
  });

  it("a chart from the cache is exactly what a fresh drawing gives, for every chart of the demo", async () => {
    const model = (await read(demoFiles())).model!;
    const refs = chartRefs(model);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) {
      forgetCharts();
      const drawn = fresh(() => chartFileOf(model, ref).chart);
      forgetCharts();
      chartFileOf(model, ref); // kept on disk if it was not already
      const key = planOf(model, ref).key();
      expect(existsSync(join(chartCacheDir(), key.slice(0, 2), `${key}.json`)), ref.id).toBe(true);
      forgetCharts();
      const cached = chartFileOf(model, ref).chart;
      expect(JSON.stringify(cached), ref.id).toBe(JSON.stringify(drawn));
      expect(cached.id).toBe(ref.id);
    }
    forgetCharts();
  }, 120_000);

  it("a chart's key refuses an input JSON would not write whole: a Set, a function, a class instance, a Date", () => {
    expect(inputJson({ rows: [{ v: 1 }], m: new Map([["a", Number.NaN]]) })).toBe('{"rows":[{"v":1}],"m":{"map":[["a","number:NaN"]]}}');
    expect(() => chartKey("x", { ranks: new Set(["1/20"]) }, false)).toThrow(/"ranks" is a Set/);
    expect(() => chartKey("x", { label: () => "a" }, false)).toThrow(/"label" is a function/);
    expect(() => chartKey("x", { when: new Date(0) }, false)).toThrow(/"when" is a Date with toJSON/);
    expect(() => chartKey("x", { at: new URL("https://example.org/") }, false)).toThrow(/"at" is a URL/);
  });

  it("a chart's key changes with one score of its input, and is stable otherwise", async () => {
    const model = (await read(demoFiles())).model!;
    const year = model.years[0]!;
    const plan = totalsPlan(model, year);
    const before = plan.key();
    expect(totalsPlan(model, year).key()).toBe(before);
    // Computed again (another model object, the same rows): the same key.
    expect(totalsPlan({ ...model }, year).key()).toBe(before);
    const result = model.par.get(year)!.results[0]!;
    const total = result.total;
    try {
      (result as { total: number }).total = total + 0.25;
      // A model is not changed once built: its chart keys are computed once (charts.ts), so a changed input is another model's.
      expect(totalsPlan(model, year).key()).toBe(before);
      expect(totalsPlan({ ...model }, year).key()).not.toBe(before);
    } finally {
      (result as { total: number }).total = total;
    }
    expect(chartKey("a", { score: 1 }, false)).not.toBe(chartKey("a", { score: 1.5 }, false));
    expect(chartKey("a", { m: new Map([["x", "1"]]) }, false)).not.toBe(chartKey("a", { m: new Map([["x", "2"]]) }, false));
  });
});
