/**
 * A page's cacheKey (src/site/page-key.ts) is the hash of everything it renders from the data (src/site/pages.ts):
 * charts count by their content keys; what the key cannot see into is refused, not skipped; and on the demo's
 * atlas a changed cell changes the keys of the pages that show it, and only theirs.
 */
import { describe, expect, it, vi } from "vitest";
import { buildAtlas, type Atlas } from "../src/model/atlas.ts";
import { pageJson, pageKey } from "../src/site/page-key.ts";
import { keyedRoutes } from "../src/site/pages.ts";
import { Planned } from "../src/site/charts.ts";
import { demoFiles, read } from "./helpers.ts";

const atlasOf = async (files: Record<string, string | Uint8Array>): Promise<Atlas> => buildAtlas((await read(files, {})).dataset!);

/** Every keyed page of an atlas, by the path its params name, with its key. */
function keys(a: Atlas): Map<string, string> {
  const out = new Map<string, string>();
  for (const [route, list] of Object.entries(keyedRoutes)) {
    for (const r of list(a)) out.set(`${route} ${JSON.stringify(r.params)}`, r.cacheKey!);
  }
  return out;
}

describe("pageJson", () => {
  const noChart = () => {
    throw new Error("a page's key never draws a chart");
  };

  it("writes a chart plan as its content key and whether it has a PNG, without drawing it", () => {
    const plan = new Planned("no-such-chart", () => "k1", noChart);
    expect(JSON.parse(pageJson([], { a: 1, chart: plan }))).toEqual({ a: 1, chart: { chart: "k1", png: false } });
    expect(pageKey([], { chart: plan })).not.toBe(pageKey([], { chart: new Planned("no-such-chart", () => "k2", noChart) }));
  });

  it("writes Maps by their entries and numbers JSON cannot write as text", () => {
    expect(JSON.parse(pageJson([], { m: new Map([["x", 1]]), n: Number.NaN, i: -Infinity }))).toEqual({ m: { map: [["x", 1]] }, n: "number:NaN", i: "number:-Infinity" });
    expect(pageKey([], { n: Number.NaN })).not.toBe(pageKey([], { n: null }));
  });

  it("refuses what it cannot see into: a function, a Set, a class instance, a Date", () => {
    expect(() => pageJson([], { view: { f: () => 1 } })).toThrow(/"f" is a function/);
    expect(() => pageJson([], { s: new Set([1]) })).toThrow(/"s" is a Set/);
    class Thing {
      x = 1;
    }
    expect(() => pageJson([], { t: [new Thing()] })).toThrow(/"0" is a Thing/);
    expect(() => pageJson([], { d: new Date(0) })).toThrow(/"d" is a Date with toJSON/);
  });

  it("gives equal data the same key, and a key that is a SHA-256", () => {
    expect(pageKey([], { a: [1, "b"] })).toBe(pageKey([], { a: [1, "b"] }));
    expect(pageKey([], { a: [1, "b"] })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("page keys of the demo", () => {
  it("keys every page of every keyed route, each its own key, the same in two computations", async () => {
    const a = await atlasOf(demoFiles());
    const first = keys(a);
    expect(first.size).toBeGreaterThan(100);
    expect([...first.values()].every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(new Set(first.values()).size).toBe(first.size);
    expect(keys(a)).toEqual(first);
  });

  it("keys no page with CCHC_CHART_CACHE=off, which reuses nothing", async () => {
    const a = await atlasOf(demoFiles());
    vi.stubEnv("CCHC_CHART_CACHE", "off");
    try {
      const all: object[] = Object.values(keyedRoutes).flatMap((list): object[] => list(a));
      expect(all.length).toBeGreaterThan(100);
      expect(all.filter((r) => "cacheKey" in r)).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("after one cell of one table changes, changes the keys of the pages that show it, and only theirs", async () => {
    const files = demoFiles();
    const before = keys(await atlasOf(files));
    // Xã Đông Xuyên (11188), first of Ninh Giang in 2023: its first field and its total each 0,01 lower.
    const table = new TextDecoder().decode(files["par/2023.csv"] as Uint8Array);
    const row = table.split("\n").find((l) => l.normalize("NFC").startsWith("1;Xã Đông Xuyên;"))!; // the file writes NFD
    const cells = row.split(";");
    expect([cells[2], cells[12]]).toEqual(["15", "93,01"]);
    const changedRow = [cells[0], cells[1], "14,99", ...cells.slice(3, 12), "93", ...cells.slice(13)].join(";");
    const after = keys(await atlasOf({ ...files, "par/2023.csv": table.replace(row, changedRow) }));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    // The unit's own pages (its latest page shows the 2023 figures; its other years' show its total over the years) …
    expect(changed).toContain(`units {"code":"11188"}`);
    expect(changed).toContain(`units {"code":"11188","year":"2022"}`);
    // … the district's 2023 pages (its home, the changed field's page) …
    expect(changed).toContain(`homes {"scope":"huyen/299"}`);
    expect(changed.some((k) => k.startsWith(`fields {"scope":"huyen/299","code":"chi-dao"`))).toBe(true);
    // … and no page of another unit of an earlier year, or of the 2025 province: those figures did not move.
    expect(changed.filter((k) => /"year":"202[12]"/.test(k) && !k.includes("11188"))).toEqual([]);
    expect(changed.filter((k) => k.includes("tinh/"))).toEqual([]);
    expect(changed.length).toBeLessThan(before.size / 4);
  });
});
