/**
 * An incremental build (astro.config.mjs: experimental.incrementalBuild) reuses the chart files
 * whose content key did not change (src/site/chart-files.ts: fileKey) and the pages whose data did
 * not change (src/site/page-key.ts), left in place in the
 * output folder (src/site/kept-output.ts), and what it publishes after one cell of one table
 * changes is byte for byte what a build from nothing writes: no stale chart, no stale page, no
 * file of an earlier build left over. The builds use synthetic districts (scripts/synthetic-site.ts),
 * each with its own cache folder (CCHC_CACHE_DIR), so nothing here reads the test site's caches.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { touchOneCell, writeSyntheticData } from "../scripts/synthetic-site.ts";
import { buildSite, digest } from "./build.ts";
import { ASTRO_COPIES, ASTRO_KEYS } from "../src/site/kept-output.ts";

const tmp = mkdtempSync(join(tmpdir(), "cchc-incremental-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The files of a cache folder used (written or read) since `since`, and all of them. */
function used(dir: string, since: number): { used: number; all: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { used: files.filter((e) => statSync(join(e.parentPath, e.name)).mtimeMs >= since).length, all: files.length };
}

describe("incremental build", () => {
  it("after one changed cell, reuses the unchanged chart files and pages and publishes exactly what a fresh build does", async () => {
    const data = join(tmp, "data");
    writeSyntheticData(data, 24);
    const env = { DATA_DIR: data, CCHC_CACHE_DIR: join(tmp, "cache") };
    const site = join(tmp, "site");
    await buildSite(site, env);
    const first = digest(site);
    // Where Astro keeps its keys and page copies, which src/site/kept-output.ts deletes after a build that did not finish.
    expect(existsSync(join(tmp, "cache", ASTRO_KEYS))).toBe(true);
    expect(existsSync(join(tmp, "cache", ASTRO_COPIES, "don-vi"))).toBe(true);
    // A file the data no longer makes (a unit gone), left by an earlier build.
    const stray = join(site, "don-vi", "99999", "index.html");
    mkdirSync(join(site, "don-vi", "99999"));
    writeFileSync(stray, "<p>old</p>");
    utimesSync(stray, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const changed = touchOneCell(data);
    const start = Date.now();
    await buildSite(site, env);
    // Only the changed district's PNGs were drawn or read again; the others were copied from the first build.
    const pngs = used(join(tmp, "cache", "chart-png"), start);
    expect(pngs.used, `PNGs used again after ${changed} changed`).toBeGreaterThan(0);
    expect(pngs.used).toBeLessThan(pngs.all / 2);
    await buildSite(join(tmp, "fresh"), { DATA_DIR: data, CCHC_CACHE_DIR: join(tmp, "cache-fresh"), CCHC_CHART_CACHE: "off" });
    const again = digest(site);
    const fresh = digest(join(tmp, "fresh"));
    expect(Object.keys(again).sort()).toEqual(Object.keys(fresh).sort());
    expect(Object.keys(fresh).filter((f) => fresh[f] !== again[f])).toEqual([]);
    expect(Object.keys(fresh).length).toBeGreaterThan(300);
    expect(Object.keys(fresh).filter((f) => fresh[f] !== first[f]).length, "the changed cell changes some files").toBeGreaterThan(5);
    // An unchanged chart file was left where it was, not written again.
    const unchanged = Object.keys(fresh).filter((f) => f.startsWith("bieu-do/") && fresh[f] === first[f]);
    expect(unchanged.length).toBeGreaterThan(100);
    expect(unchanged.filter((f) => statSync(join(site, f)).mtimeMs >= start).length).toBeLessThan(unchanged.length / 10);
    // So was a page or CSV table whose data did not change (src/site/page-key.ts), and one whose data changed was written again.
    const pages = Object.keys(fresh).filter((f) => f.endsWith(".html") || f.endsWith(".csv"));
    expect(pages.filter((f) => f.endsWith(".csv") && fresh[f] === first[f] && statSync(join(site, f)).mtimeMs >= start)).toEqual([]);
    const same = pages.filter((f) => fresh[f] === first[f]);
    expect(same.length).toBeGreaterThan(50);
    expect(same.filter((f) => statSync(join(site, f)).mtimeMs >= start).length).toBeLessThan(same.length / 10);
    const moved = pages.filter((f) => fresh[f] !== first[f]);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.filter((f) => statSync(join(site, f)).mtimeMs < start)).toEqual([]);
  }, 300_000);
});
