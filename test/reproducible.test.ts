/**
 * Two builds from the same input are byte-identical (Plot ids, dates, hashes, map ordering).
 * The second draws every chart and PNG afresh, so the first's, which may come from the caches
 * (src/charts/chart-cache.ts, src/charts/png-cache.ts), are shown to be what a fresh build writes.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, digest, OUTPUT, SITE } from "./build.ts";


describe("reproducible output", () => {
  it("a second build of the same data is byte-identical to the first", async () => {
    const again = join(OUTPUT, "site-again");
    rmSync(again, { recursive: true, force: true });
    await buildSite(again, { CCHC_CHART_CACHE: "off" });
    const first = digest(SITE);
    const second = digest(again);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    const differ = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differ).toEqual([]);
    expect(Object.keys(first).length).toBeGreaterThan(250);
    rmSync(again, { recursive: true, force: true });
  }, 180_000);
});
