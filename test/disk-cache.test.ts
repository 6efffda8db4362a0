/**
 * The caches on disk: a file a build uses is marked used (its time set again), and a build
 * that finishes deletes, in every cache, what no build used for a while; CCHC_CACHE_DIR moves them.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedChart, chartCacheDir, forgetCharts } from "../src/charts/chart-cache.ts";
import { CACHES, cacheDir, keptFor, prune, readCached, writeCached } from "../src/charts/disk-cache.ts";
import { cachedPng, pngCacheDir } from "../src/charts/png-cache.ts";
import type { Chart } from "../src/charts/chart.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-cache-"));
  process.env.CCHC_CACHE_DIR = dir;
  forgetCharts();
});
afterEach(() => {
  delete process.env.CCHC_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const longAgo = new Date(Date.now() - 3_600_000);
const chart = (id: string): Chart => ({ id, title: id, description: "", svg: "<svg/>", narrowSvg: "<svg/>", wideOnPage: false, table: { head: [], rows: [] } });
const all = (d: string) => (existsSync(d) ? readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe("the caches on disk", () => {
  it("live under CCHC_CACHE_DIR when it is set", async () => {
    expect(chartCacheDir()).toBe(join(dir, CACHES.charts));
    expect(pngCacheDir()).toBe(join(dir, CACHES.png));
    cachedChart("ab".repeat(32), () => chart("a"));
    await cachedPng("<svg/>", () => new Uint8Array([1, 2, 3]));
    expect(all(chartCacheDir())).toEqual([`${"ab".repeat(32)}.json`]);
    expect(all(pngCacheDir())).toHaveLength(1);
  });

  it("mark a file used when it is read, so that a build's prune keeps it", () => {
    const file = join(cacheDir(CACHES.charts), "x.json");
    writeCached(file, "{}");
    utimesSync(file, longAgo, longAgo);
    const start = Date.now();
    expect(readCached(file)?.toString()).toBe("{}");
    expect(prune(start)).toEqual({ files: 0, bytes: 0 });
    expect(existsSync(file)).toBe(true);
    expect(readCached(join(cacheDir(CACHES.charts), "missing.json"))).toBeNull();
  });

  it("delete, in every cache, what a build did not use, and keep what it drew or read", () => {
    const stale = [join(cacheDir(CACHES.charts), "cd", "old.json"), join(cacheDir(CACHES.png), "old.png"), join(cacheDir(CACHES.png), "half.png.1234")];
    for (const f of stale) {
      writeCached(f, "stale!");
      utimesSync(f, longAgo, longAgo);
    }
    const start = Date.now();
    cachedChart("ef".repeat(32), () => chart("new"));
    const read = join(cacheDir(CACHES.png), "read.png");
    writeCached(read, "png");
    utimesSync(read, longAgo, longAgo);
    readCached(read);
    expect(prune(start)).toEqual({ files: 3, bytes: 18 });
    for (const f of stale) expect(existsSync(f), f).toBe(false);
    expect(all(dir).sort()).toEqual([`${"ef".repeat(32)}.json`, "read.png"]);
  });

  it("keep a file no build uses for CCHC_CACHE_DAYS days, 7 unless set", () => {
    expect(keptFor()).toBe(7 * 86_400_000);
    process.env.CCHC_CACHE_DAYS = "0.5";
    expect(keptFor()).toBe(43_200_000);
    process.env.CCHC_CACHE_DAYS = "-1";
    expect(keptFor()).toBe(7 * 86_400_000);
    delete process.env.CCHC_CACHE_DAYS;
  });

  it("prune nothing, and do not fail, when there is no cache yet", () => {
    expect(prune(Date.now())).toEqual({ files: 0, bytes: 0 });
  });
});
