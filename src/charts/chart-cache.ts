/**
 * Drawn charts kept between builds, by content, so that a build holds no chart longer
 * than it needs it. A chart is a pure function of its id, its input (the rows a builder
 * passes to a chart module), the chart modules' source and the packages that draw it
 * (Plot, d3, jsdom, and the fonts, merged by fonteditor-core, whose widths lay out the heat map's labels): a file
 * named by the SHA-256 of all of them is reused as it is. A
 * rebuild after one table changes draws only the charts whose input changed. In memory
 * only the last {@link LRU_SIZE} charts are kept (a unit's page and its downloads ask
 * for the same charts one after the other), so memory does not grow with the site.
 * Kept in Astro's cache directory, node_modules/.astro/charts, like the PNGs
 * (png-cache.ts; disk-cache.ts: how, and the pruning); CCHC_CHART_CACHE=off draws every chart
 * afresh (keeping only the last few in memory) and nothing on disk (the reproducibility
 * test compares both).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Chart } from "./chart.ts";
import { CACHES, cacheDir, cacheOff, readCached, ROOT, version, writeCached } from "./disk-cache.ts";

/** Raised when what a chart file holds changes shape. */
const FORMAT = 1;
export const LRU_SIZE = 64;

/** The folder charts are kept in now (disk-cache.ts). */
export const chartCacheDir = () => cacheDir(CACHES.charts);

/** The source files a chart's drawing depends on besides its input: the chart modules and the number formats they use. */
function sources(): string[] {
  const charts = join(ROOT, "src", "charts");
  // The caches are not drawing code (a change to what this one keeps raises FORMAT).
  const own = readdirSync(charts).filter((f) => f.endsWith(".ts") && !f.endsWith("-cache.ts")).sort().map((f) => join(charts, f));
  return [...own, join(ROOT, "src", "data", "locale.ts")];
}

let salt: string | null = null;

/** What besides a chart's input decides its bytes: format, the packages that draw, the chart modules' source. */
export function drawingSalt(): string {
  if (salt === null) {
    const packages = ["@observablehq/plot", "d3", "jsdom", "@fontsource/be-vietnam-pro", "@fontsource/noto-sans-math", "fonteditor-core"].map((p) => `${p} ${version(p)}`);
    const hash = createHash("sha256").update(`${FORMAT} ${packages.join(" ")}`);
    for (const file of sources()) hash.update(file.slice(ROOT.length)).update("\0").update(readFileSync(file)).update("\0");
    salt = hash.digest("hex");
  }
  return salt;
}

/**
 * The JSON a content key hashes (a chart's input here, a page's data in site/page-key.ts): Maps as their entries,
 * numbers JSON cannot write (NaN, ±Infinity) as text, and `own` values (a chart plan) as `own` writes them. A key is
 * only as sound as its JSON is complete, so what JSON would drop or write as something else is refused: a function,
 * a Set, a class instance, a value with toJSON (a Date).
 */
export function inputJson(input: unknown, own?: { is: (value: unknown) => boolean; write: (value: never) => unknown }): string {
  return JSON.stringify(input, function (this: Record<string, unknown>, name: string, value: unknown) {
    // JSON asks toJSON before this replacer sees the value: a Date or a class with toJSON would pass as its text.
    const original = this[name];
    if (original !== value && typeof original === "object" && original !== null) {
      throw new Error(`content key: "${name}" is a ${original.constructor?.name ?? "value"} with toJSON, which the key cannot see into`);
    }
    if (own?.is(value)) return own.write(value as never);
    if (value instanceof Map) return { map: [...value.entries()] };
    if (typeof value === "number" && !Number.isFinite(value)) return `number:${value}`;
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw new Error(`content key: "${name}" is a ${typeof value}, which the key cannot see into`);
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new Error(`content key: "${name}" is a ${(value as object).constructor?.name ?? "class instance"}, which the key cannot see into`);
      }
    }
    return value;
  });
}

/** The content key of a chart: its id, its input, and what draws it. */
export function chartKey(id: string, input: unknown, wideOnPage: boolean): string {
  return createHash("sha256").update(drawingSalt()).update("\0").update(id).update("\0").update(String(wideOnPage)).update("\0").update(inputJson(input)).digest("hex");
}

const recent = new Map<string, Chart>();

function remember(key: string, chart: Chart): Chart {
  recent.delete(key);
  recent.set(key, chart);
  if (recent.size > LRU_SIZE) recent.delete(recent.keys().next().value!);
  return chart;
}

const fileOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The chart of `key`: from memory, else from the disk cache, else drawn by `draw` and kept. */
export function cachedChart(key: string, draw: () => Chart, dir = chartCacheDir()): Chart {
  const held = recent.get(key);
  if (held) return remember(key, held);
  if (cacheOff()) return remember(key, draw());
  const file = fileOf(dir, key);
  const kept = readCached(file);
  if (kept) return remember(key, JSON.parse(kept.toString("utf8")) as Chart);
  const chart = draw();
  writeCached(file, JSON.stringify(chart));
  return remember(key, chart);
}

/**
 * Draws the chart of `key` into the disk cache, unless the cache holds it, for a later `cachedChart` to read (a build
 * draws charts ahead while it waits for its PNG workers: site/draw-ahead.ts); memory keeps nothing of it. Whether it
 * drew: never with the cache off, when a chart drawn now would be lost.
 */
export function drawIntoCache(key: string, draw: () => Chart, dir = chartCacheDir()): boolean {
  if (cacheOff() || recent.has(key)) return false;
  const file = fileOf(dir, key);
  if (existsSync(file)) return false;
  writeCached(file, JSON.stringify(draw()));
  return true;
}

/** How many charts memory holds now (at most {@link LRU_SIZE}); for the tests. */
export const heldCharts = () => recent.size;

/** Empties the charts kept in memory, so the next asks go to the disk (for the tests). */
export const forgetCharts = () => recent.clear();
