/**
 * Unit identity across renames and mergers (src/model/lineage.ts), on the demo's
 * events and on hand-made ones, and the demo's atlas (src/model/atlas.ts): one model
 * a scope, a code's years across scopes, and changes computed only between a unit and itself.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LineageEvent } from "../src/data/types.ts";
import type { Atlas } from "../src/model/atlas.ts";
import { Lineage } from "../src/model/lineage.ts";
import { demoFiles, read } from "./helpers.ts";

const ev = (date: string, oldCode: string, newCode: string, part: "full" | "partial" = "full"): LineageEvent => ({ date, oldCode, newCode, part, resolution: "", note: "" });
const codes = (moves: { code: string }[]) => moves.map((m) => m.code).sort();

let atlas: Atlas;
beforeAll(async () => {
  const r = await read(demoFiles(), {});
  expect(r.messages).toEqual([]);
  atlas = r.model!.atlas;
});

describe("Lineage on hand-made events", () => {
  it("a rename (no event) keeps the unit", () => {
    const l = new Lineage([]);
    expect(l.startOf("11233", "2022-06-30")).toBeNull();
    expect(l.same("11233", "2020-12-31", "2022-12-31")).toBe(true);
    expect(l.formedFrom("11233", "2022-12-31")).toEqual([]);
    expect(l.wentInto("11233", "2020-12-31")).toEqual([]);
  });

  it("an event from a code to itself only is the same unit continuing, not a new one", () => {
    const l = new Lineage([ev("2022-01-01", "11233", "11233")]);
    expect(l.startOf("11233", "2022-06-30")).toBeNull();
    expect(l.same("11233", "2021-12-31", "2022-12-31")).toBe(true);
    expect(l.formedFrom("11233", "2022-12-31")).toEqual([]);
    expect(l.wentInto("11233", "2021-12-31")).toEqual([]);
  });

  it("a merger that kept one of the codes starts a new unit under it", () => {
    const l = new Lineage([ev("2025-01-01", "11155", "11203"), ev("2025-01-01", "11203", "11203")]);
    expect(l.startOf("11203", "2024-12-31")).toBeNull();
    expect(l.startOf("11203", "2025-01-01")).toBe("2025-01-01");
    expect(l.same("11203", "2023-12-31", "2024-12-31")).toBe(true);
    expect(l.same("11203", "2024-12-31", "2025-01-01")).toBe(false);
    expect(codes(l.formedFrom("11203", "2025-06-30"))).toEqual(["11155", "11203"]);
    expect(l.formedFrom("11203", "2024-06-30")).toEqual([]);
    // Both old units went into the new one, the one that lent its code included.
    expect(l.wentInto("11155", "2024-06-30")).toEqual([{ date: "2025-01-01", code: "11203", part: "full", resolution: "", note: "" }]);
    expect(codes(l.wentInto("11203", "2024-06-30"))).toEqual(["11203"]);
    // The only code absorbed: nothing goes out of it afterwards.
    expect(l.wentInto("11203", "2025-01-01")).toEqual([]);
  });

  it("a split (a partial event into the same code) makes a new unit too", () => {
    const l = new Lineage([ev("2025-07-01", "11239", "11239", "partial"), ev("2025-07-01", "11239", "11065", "partial")]);
    expect(l.same("11239", "2025-06-30", "2025-07-01")).toBe(false);
    expect(codes(l.wentInto("11239", "2025-06-30"))).toEqual(["11065", "11239"]);
    expect(l.wentInto("11239", "2025-06-30").every((m) => m.part === "partial")).toBe(true);
  });

  it("a unit that changed twice: each date starts its own unit, wentInto gives the first change only", () => {
    const l = new Lineage([ev("2025-01-01", "11155", "11203"), ev("2025-01-01", "11203", "11203"), ev("2025-07-01", "11185", "11203"), ev("2025-07-01", "11203", "11203")]);
    expect(l.startOf("11203", "2025-03-01")).toBe("2025-01-01");
    expect(l.startOf("11203", "2025-12-31")).toBe("2025-07-01");
    expect(l.same("11203", "2025-03-01", "2025-12-31")).toBe(false);
    expect(l.wentInto("11203", "2022-12-31").map((m) => m.date)).toEqual(["2025-01-01"]);
    expect(l.wentInto("11203", "2025-03-01").map((m) => m.date)).toEqual(["2025-07-01"]);
  });
});

describe("Lineage of the demo (data/lineage.csv)", () => {
  it("Xã Đồng Tâm (11203) is the same unit 2021-2023, and not the 2025 Xã Ninh Giang", () => {
    const l = atlas.lineage;
    expect(l.startOf("11203", "2023-12-31")).toBeNull();
    expect(l.same("11203", "2021-12-31", "2023-12-31")).toBe(true);
    expect(l.same("11203", "2023-12-31", "2025-12-31")).toBe(false);
    expect(l.startOf("11203", "2025-03-01")).toBe("2025-01-01");
    expect(l.startOf("11203", "2025-12-31")).toBe("2025-07-01");
  });

  it("Xã Ninh Giang (11203, 2025-07-01) was formed from Vĩnh Hòa, Thị trấn Ninh Giang, and two more, by 1669/NQ-UBTVQH15", () => {
    const from = atlas.lineage.formedFrom("11203", "2025-12-31");
    expect(codes(from)).toEqual(["11185", "11203", "11215", "11227"]);
    expect(from.every((m) => m.date === "2025-07-01" && m.part === "full" && m.resolution === "1669/NQ-UBTVQH15")).toBe(true);
    // The Thị trấn Ninh Giang it was formed from had itself been formed from Đồng Tâm and the old thị trấn.
    expect(codes(atlas.lineage.formedFrom("11203", "2025-03-01"))).toEqual(["11155", "11203"]);
  });

  it("Xã Đồng Tâm went into 11203 on 2025-01-01; that unit into 11203 on 2025-07-01", () => {
    expect(atlas.lineage.wentInto("11203", "2022-12-31").map((m) => [m.date, m.code])).toEqual([["2025-01-01", "11203"]]);
    expect(atlas.lineage.wentInto("11155", "2022-12-31").map((m) => [m.date, m.code])).toEqual([["2025-01-01", "11203"]]);
    expect(atlas.lineage.wentInto("11203", "2025-03-01").map((m) => [m.date, m.code])).toEqual([["2025-07-01", "11203"]]);
    expect(atlas.lineage.wentInto("11293", "2023-12-31").map((m) => [m.date, m.code])).toEqual([["2025-07-01", "11284"]]);
  });
});

describe("The demo's atlas", () => {
  it("has one model a scope: the two districts, then the province", () => {
    expect(atlas.models.map((m) => m.scope.key)).toEqual(["huyen-299", "huyen-300", "tinh-31"]);
    expect(atlas.models.map((m) => m.years)).toEqual([[2021, 2022, 2023], [2022, 2023], [2025]]);
    expect(atlas.models.every((m) => !m.alone)).toBe(true);
  });

  it("11203 has results in 2021-2023 (Đồng Tâm, huyện Ninh Giang) and 2025 (Xã Ninh Giang, the province)", () => {
    expect(atlas.unitYears("11203")).toEqual([2021, 2022, 2023, 2025]);
    expect(atlas.modelOf("11203", 2025)!.scope.key).toBe("tinh-31");
    expect(atlas.modelOf("11203", 2022)!.scope.key).toBe("huyen-299");
    expect(atlas.modelOf("11203", 2024)).toBeUndefined();
    expect(atlas.modelOf("11203", 2025)!.par.get(2025)!.byUnit.get("11203")!.unit.name).toBe("Xã Ninh Giang");
    expect(atlas.modelOf("11203", 2022)!.par.get(2022)!.byUnit.get("11203")!.unit.name).toBe("Xã Đồng Tâm");
  });

  it("computes no change for 2025: the province's first year, and new units", () => {
    const y = atlas.byScope.get("tinh-31")!.par.get(2025)!;
    expect(y.results.length).toBe(12);
    expect(y.previousYear).toBeNull();
    for (const r of y.results) {
      expect(r.change, r.unit.name).toBeNull();
      expect(r.fields.every((f) => f.change === null)).toBe(true);
    }
  });

  it("compares Thanh Miện's 2023 with its 2022, and Ninh Giang's with its own 2022", () => {
    const tm = atlas.byScope.get("huyen-300")!.par.get(2023)!;
    expect(tm.previousYear).toBe(2022);
    expect(tm.results.length).toBeGreaterThan(0);
    for (const r of tm.results) expect(r.change, r.unit.name).not.toBeNull();
    expect(tm.results[0]!.change!.since).toBe(2022);
    const dongTam = atlas.byScope.get("huyen-299")!.par.get(2023)!.byUnit.get("11203")!;
    expect(dongTam.change!.since).toBe(2022);
    // Hồng Phong of each district is compared with itself: its 2022 rank is in its own district's table.
    const hp = tm.byUnit.get("11293")!;
    expect(hp.change!.rank.previousOf).toBe(atlas.byScope.get("huyen-300")!.par.get(2022)!.results.length);
  });
});

/** A corpus case (test/fixtures/) over the project's configuration, read: which code each row went to. */
async function fixture(name: string) {
  const dir = join(import.meta.dirname, "fixtures", name);
  const files: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(e.parentPath, e.name)).split(sep).join("/");
    if (e.isFile() && path !== "expected.json") files[path] = readFileSync(join(dir, path));
  }
  const r = await read(files);
  const at = (where: string) => r.dataset?.par.find((p) => `${p.location.file}:${p.location.line}` === where);
  return { r, at };
}

describe("Repeated names across districts go to the right code (corpus cases 101 and 105)", () => {
  it("with a Huyện column, each Xã Hồng Phong is its district's", async () => {
    const { r, at } = await fixture("101-province-district-column");
    expect(r.messages).toEqual([]);
    expect([at("par/2024.csv:3")?.unitCode, at("par/2024.csv:4")?.unitCode]).toEqual(["11224", "11293"]);
    expect(r.dataset!.scopes.map((s) => s.key)).toEqual(["tinh-30"]);
  });

  it("in a district's own table, names are read within that district", async () => {
    const { r, at } = await fixture("105-two-tables-one-year");
    expect(r.messages).toEqual([]);
    expect(at("par/2024/ninh-giang.csv:3")?.unitCode).toBe("11224");
    expect(at("par/2024/thanh-mien.csv:3")?.unitCode).toBe("11293");
    expect(r.dataset!.scopes.map((s) => s.key).sort()).toEqual(["huyen-299", "huyen-300"]);
  });
});
