/**
 * Rules of scopes and lineage found by review: a PAR year and a yearly service period do not collide; blank
 * province cells are no province; a move needs its date and counts once; a link with no year goes to the unit
 * the code names in that scope; a scope with service tables only has no PAR home.
 */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../src/data/diagnostic.ts";
import { inferScope, Scopes } from "../src/data/scope.ts";
import type { Unit } from "../src/data/types.ts";
import { buildAtlas } from "../src/model/atlas.ts";
import { routes, unitHref } from "../src/site/paths.ts";
import { overviewView } from "../src/site/atlas-view.ts";
import { at, demoFiles, parTable, read } from "./helpers.ts";
import { parYears } from "../src/site/charts.ts";
import { unitView } from "../src/site/unit-view.ts";
import { unitContext } from "../src/site/unit-context.ts";

const unit = (code: string, district: string | null, province: string | null): Unit => ({
  code, name: `Xã ${code}`, kind: "xã", provinceCode: province, provinceName: province && `Tỉnh ${province}`,
  districtCode: district, districtName: district && `Huyện ${district}`, validFrom: null, validTo: null, note: "",
});

describe("scopes", () => {
  it("a PAR year and the service index of the same year are two tables, not one scope twice", () => {
    const scopes = new Scopes();
    const d = new Diagnostics();
    const units = [unit("10001", "299", "30")];
    expect(scopes.register(d, "par/2023.csv", { kind: "par", key: "2023" }, units)).toBe("huyen-299");
    expect(scopes.register(d, "service/2023.csv", { kind: "service", key: "2023" }, units)).toBe("huyen-299");
    expect(scopes.register(d, "par/2023/x.csv", { kind: "par", key: "2023" }, units)).toBeNull();
    expect(d.list.map((x) => x.code)).toEqual(["duplicate-scope"]);
  });

  it("blank province cells are no province: two districts, one province named, are that province", () => {
    expect(inferScope([unit("10001", "299", "30"), unit("10002", "300", null)])).toMatchObject({ kind: "province", code: "30" });
    expect(inferScope([unit("10001", "299", "30"), unit("10002", "300", "31")])).toHaveProperty("provinces");
  });
});

describe("lineage as read", () => {
  const units = (rows: string[]) => ["code,name,kind,district_code,district_name,valid_from,valid_to,merged_into,note", ...rows].join("\n") + "\n";
  it("a merged_into with no end date is refused: the move has no date", async () => {
    const r = await read({ "units.csv": units(["10001,Xã A,xã,299,Ninh Giang,,,10002,", "10002,Xã B,xã,299,Ninh Giang,,,,"]) });
    expect(r.diagnostics.map((d) => d.code)).toContain("merged-without-end");
  });
  it("a code that takes in another unit is a new unit from then: without a row of it from that day, a warning says so", async () => {
    const absorbed = ["10001,Xã A,xã,299,Ninh Giang,,2024-12-31,10002,", "10002,Xã B,xã,299,Ninh Giang,,,,"];
    expect((await read({ "units.csv": units(absorbed) })).diagnostics.map((d) => d.code)).toContain("new-unit-without-row");
    const written = [...absorbed.slice(0, 1), "10002,Xã B,xã,299,Ninh Giang,,2024-12-31,10002,", "10002,Xã B,xã,299,Ninh Giang,2025-01-01,,,"];
    expect((await read({ "units.csv": units(written) })).diagnostics.map((d) => d.code)).not.toContain("new-unit-without-row");
  });

  it("one move written twice counts once, with a warning", async () => {
    const r = await read({
      "units.csv": units(["10001,Xã A,xã,299,Ninh Giang,,2024-12-31,10002,", "10002,Xã B,xã,299,Ninh Giang,,,,"]),
      "lineage.csv": "date,old_code,new_code,part,resolution,note\n2025-01-01,10001,10002,full,,\n",
    });
    expect(r.diagnostics.filter((d) => d.code === "lineage-repeated")).toHaveLength(1);
    expect(r.partial.lineage).toHaveLength(1);
  });
});

describe("links and homes in the demo", () => {
  it("a link with no year goes to the unit the code names in that scope: Đồng Tâm in huyện Ninh Giang, Ninh Giang in 2025", async () => {
    const atlas = buildAtlas((await read(demoFiles(), {})).dataset!);
    expect(unitHref(atlas.byScope.get("huyen-299")!, "11203")).toBe("/don-vi/11203/2023/");
    expect(unitHref(atlas.byScope.get("tinh-31")!, "11203")).toBe("/don-vi/11203/");
  });
  it("a 2025 commune's charts compare it with the province's statistics, not a district's", async () => {
    const atlas = buildAtlas((await read(demoFiles(), {})).dataset!);
    const profile = unitView(atlas.byScope.get("tinh-31")!, "11203", 2025).charts.profile!.chart();
    expect(profile.description).toContain("trung vị thành phố");
    expect(profile.table.head).toContain("Trung vị thành phố");
    expect(`${profile.description} ${profile.table.head.join(" ")}`).not.toMatch(/huyện/);
  });
  it("a scope with service tables only gets no PAR home (its overview card leads to its service index)", async () => {
    const files = demoFiles();
    for (const path of Object.keys(files)) if (path.startsWith("par/2022/") || path.startsWith("par/2023/")) delete files[path];
    // Two of Thanh Miện's units in a service table of their own: huyện Thanh Miện has a service index and no PAR year.
    files["service/2023-Q4/thanh-mien.csv"] = "STT;Mã;Đơn vị;Tổng điểm\n1;11242;Xã Thanh Tùng;80,5\n2;11245;Xã Phạm Kha;70,25\n";
    const r = await read(files, {});
    expect(r.messages).toEqual([]);
    const atlas = buildAtlas(r.dataset!);
    const thanhMien = atlas.byScope.get("huyen-300")!;
    expect([thanhMien.years, thanhMien.periods.map((p) => p.key)]).toEqual([[], ["2023-Q4"]]);
    expect(routes.homes(atlas).map((h) => h.props.scope)).toEqual(["huyen-299", "tinh-31"]);
    expect(overviewView(atlas).districts.find((c) => c.key === "huyen-300")).toMatchObject({ hasPar: false, href: "/huyen/300/chi-so-phuc-vu/" });
  });
});

describe("a code a merged unit kept, within one district's tables", () => {
  // Xã An Bình (10001) and Xã An Lạc (10002) merge on 01/01/2023 into Xã Bình Lạc, which keeps 10001.
  const units = [
    "code,name,kind,district_code,district_name,valid_from,valid_to,merged_into,note",
    "10001,Xã An Bình,xã,299,Ninh Giang,,2022-12-31,10001,", "10002,Xã An Lạc,xã,299,Ninh Giang,,2022-12-31,10001,",
    "10001,Xã Bình Lạc,xã,299,Ninh Giang,2023-01-01,,,", "10003,Xã Cũ,xã,299,Ninh Giang,,,,",
  ].join("\n") + "\n";
  const before = parTable([["Xã An Bình", at(0.8)], ["Xã An Lạc", at(0.7)], ["Xã Cũ", at(0.6)]]);
  const after = parTable([["Xã Bình Lạc", at(0.9)], ["Xã Cũ", at(0.5)]]);

  it("draws each unit's years apart: the new unit's charts over years hold its own years, the old unit's page has none", async () => {
    const r = await read({ "units.csv": units, "par/2021.csv": before, "par/2022.csv": before, "par/2023.csv": after, "par/2024.csv": after });
    expect(r.messages).toEqual([]);
    const m = buildAtlas(r.dataset!).models[0]!;
    expect(parYears(m, "10001")).toEqual([2023, 2024]);
    expect(m.par.get(2023)!.byUnit.get("10001")!.change).toBeNull();
    const latest = unitView(m, "10001", 2024);
    expect(latest.charts.trend!.chart().description).toContain("2023, 2024");
    expect(latest.charts.trend!.chart().description).not.toContain("2022");
    expect(unitContext(m, "10001", 2024).charts.history!.chart().table.rows.map((row) => row[0])).toEqual(["2023", "2024"]);
    expect(unitView(m, "10001", 2022).charts.trend).toBeNull();
    expect(unitContext(m, "10001", 2022).charts.history).toBeNull();
    expect(unitView(m, "10001", 2022).years.map((y) => y.label)).toEqual(["2021", "2022"]);
  });
});
