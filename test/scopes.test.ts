/**
 * A site's scopes and their URLs: a directory of one district is that district's site, its pages
 * at the root as they always were; a province's puts each scope under its own path, the overview
 * at the root, and keeps a unit's URL by its code whatever scope ranks it.
 */
import { describe, expect, it } from "vitest";
import { buildAtlas } from "../src/model/atlas.ts";
import { csvNames, chartIds, paths, routes, scopeTag, unitHref } from "../src/site/paths.ts";
import { demoFiles, read } from "./helpers.ts";

/** The demo without huyện Thanh Miện and the 2025 province table: huyện Ninh Giang alone. */
function oneDistrict() {
  const files = demoFiles();
  for (const path of Object.keys(files)) if (path.startsWith("par/2022/") || path.startsWith("par/2023/") || path === "par/2025.csv") delete files[path];
  return files;
}

describe("a directory of one district", () => {
  it("is one scope whose pages sit at the root, with the file names and chart ids of a one-district site", async () => {
    const r = await read(oneDistrict(), {});
    expect(r.messages).toEqual([]);
    const atlas = buildAtlas(r.dataset!);
    expect(atlas.models.map((m) => m.scope.key)).toEqual(["huyen-299"]);
    const m = atlas.models[0]!;
    expect(m.alone).toBe(true);
    expect(routes.homes(atlas)).toEqual([{ params: { scope: undefined }, props: { scope: "huyen-299" } }]);
    expect(paths.home(m, 2023)).toBe("/");
    expect(paths.home(m, 2022)).toBe("/nam/2022/");
    expect(paths.field(m, "tai-chinh-cong", 2022)).toBe("/linh-vuc/tai-chinh-cong/2022/");
    expect(paths.service(m, "2023-Q1")).toBe("/chi-so-phuc-vu/2023-Q1/");
    expect(paths.compare(m, { codes: ["11203"], year: 2022 })).toMatch(/^\/so-sanh\/\?/);
    expect(csvNames.district(scopeTag(m), 2022)).toBe("cchc-2022");
    expect(chartIds.totals(scopeTag(m), 2022)).toBe("tong-diem-2022");
    expect(unitHref(m, "11203")).toBe("/don-vi/11203/");
  });
});

describe("the demo: a province", () => {
  it("has one scope a district and one for the province's 2025 ranking, each under its own path", async () => {
    const r = await read(demoFiles(), {});
    const atlas = buildAtlas(r.dataset!);
    expect(atlas.models.map((m) => [m.scope.key, m.alone])).toEqual([["huyen-299", false], ["huyen-300", false], ["tinh-31", false]]);
    const [ninhGiang, , haiPhong] = atlas.models;
    expect(routes.homes(atlas).map((h) => h.params.scope)).toEqual(["huyen/299", "huyen/300", "tinh/31"]);
    expect(paths.home(ninhGiang!, 2022)).toBe("/huyen/299/nam/2022/");
    expect(paths.home(haiPhong!, 2025)).toBe("/tinh/31/");
    expect(csvNames.district(scopeTag(ninhGiang!), 2022)).toBe("huyen-299-cchc-2022");
    // A unit's URL is its code's, whichever scope ranks it; its latest year (Xã Ninh Giang, 2025) gets the short one.
    expect(unitHref(ninhGiang!, "11203", 2022)).toBe("/don-vi/11203/2022/");
    expect(unitHref(haiPhong!, "11203", 2025)).toBe("/don-vi/11203/");
    expect(routes.units(atlas).filter((u) => u.params.code === "11203").map((u) => u.params.year)).toEqual(["2021", "2022", "2023", undefined]);
  });
});
