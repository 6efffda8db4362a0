/**
 * The reference lists (src/reference/) through catalogue.ts, and the demo's own codes checked
 * against them: a code is the key that carries a commune's history, so data/units.csv must
 * agree with the GSO catalogue on 01/03/2025 (and with the units from 01/07/2025).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  districtsOf,
  lineageInto,
  lineageOutOf,
  newUnit,
  newUnitsOfProvince,
  oldUnit,
  provinces,
  unitsOfDistrict,
  unitsOfProvince,
} from "../src/reference/catalogue.ts";

describe("catalogue.ts", () => {
  it("reads the three lists and looks units up", () => {
    expect(provinces()).toHaveLength(63);
    expect(provinces(true)).toHaveLength(34);
    expect(provinces(true).find((p) => p.code === "31")?.name).toBe("Thành phố Hải Phòng");
    expect(districtsOf("30").map((d) => d.code)).toContain("299");
    expect(districtsOf("30")).toHaveLength(12);
    expect(unitsOfProvince("30")).toHaveLength(207);
    expect(unitsOfDistrict("299")).toHaveLength(16);
    expect(newUnitsOfProvince("31")).toHaveLength(114);
    expect(districtsOf("99")).toEqual([]);
  });

  it("tells the Ninh Giang example: 11203 kept by the merged town, then Xã Ninh Giang of Hải Phòng", () => {
    expect(oldUnit("11203")).toMatchObject({ name: "Thị trấn Ninh Giang", kind: "thị trấn", districtCode: "299", provinceCode: "30" });
    expect(oldUnit("11155")).toBeUndefined();
    expect(newUnit("11203")).toMatchObject({ name: "Xã Ninh Giang", kind: "xã", provinceCode: "31" });
    const into = lineageInto("11203");
    expect(into.map((r) => r.oldCode).sort()).toEqual(["11185", "11203", "11215", "11227"]);
    expect(new Set(into.map((r) => `${r.part} ${r.resolution}`))).toEqual(new Set(["full 1669/NQ-UBTVQH15"]));
    expect(lineageOutOf("11203").map((r) => r.newCode)).toEqual(["11203"]);
  });

  it("gives a split unit several successors, each marked partial", () => {
    const split = unitsOfProvince("01").find((u) => lineageOutOf(u.code).length > 1)!;
    expect(lineageOutOf(split.code).every((r) => r.part === "partial")).toBe(true);
  });
});

// --- The demo's codes -------------------------------------------------------------------------

type Row = Record<string, string>;
const DATA = join(import.meta.dirname, "..", "data");
const readCsv = (file: string): Row[] =>
  existsSync(join(DATA, file)) ? Papa.parse<Row>(readFileSync(join(DATA, file), "utf8").replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true }).data : [];
const UNITS = readCsv("units.csv");
/** Where a unit went: lineage.csv (new contract) and merged_into (old contract). */
const SUCCESSORS = [
  ...readCsv("lineage.csv").map((l) => ({ from: l.old_code!, to: l.new_code! })),
  ...UNITS.filter((u) => u.merged_into).map((u) => ({ from: u.code!, to: u.merged_into! })),
];

const CATALOGUE_DATE = "2025-03-01";
const REORGANISATION = "2025-07-01";
const inForce = (u: Row, day: string) => (!u.valid_from || u.valid_from <= day) && (!u.valid_to || u.valid_to >= day);
const label = (u: Row) => `${u.code} ${u.name} (${u.valid_from || "…"} → ${u.valid_to || "…"})`;

describe("data/units.csv against the GSO catalogue on 01/03/2025", () => {
  const current = UNITS.filter((u) => inForce(u, CATALOGUE_DATE));
  it.each(current.map((u) => [label(u), u] as const))("%s: in force on 01/03/2025, so the catalogue's unit of that code", (_, u) => {
    const unit = oldUnit(u.code!);
    expect(unit, `${u.code} is not in the catalogue on 01/03/2025: the unit had ended (say when, and what it went into)`).toBeDefined();
    expect(unit!.name, `the catalogue names ${u.code} "${unit!.name}" on 01/03/2025`).toBe(u.name);
    if (u.district_code) expect(unit!.districtCode, `the catalogue puts ${u.code} in district ${unit!.districtCode}`).toBe(u.district_code);
  });

  const ended = UNITS.filter((u) => u.valid_to && u.valid_to < CATALOGUE_DATE);
  it.each(ended.map((u) => [label(u), u] as const))("%s: ended before 01/03/2025, and what became of its code is recorded", (_, u) => {
    const unit = oldUnit(u.code!);
    if (unit && unit.name !== u.name) {
      // The code lives on under another name: a rename, or a merged unit that kept this code. units.csv must say so.
      const later = UNITS.filter((r) => r.code === u.code && r.name === unit.name && r.valid_from && r.valid_from > u.valid_to!);
      expect.soft(later.map(label), `the catalogue names ${u.code} "${unit.name}" on 01/03/2025, and units.csv has no row of that name after ${u.valid_to}`).not.toEqual([]);
    }
    for (const { to } of SUCCESSORS.filter((s) => s.from === u.code && s.to !== u.code)) {
      // What it went into: a unit of the catalogue, or one that ended before too (and is checked in turn).
      const successorEnded = UNITS.some((r) => r.code === to && r.valid_to && r.valid_to < CATALOGUE_DATE);
      expect.soft(oldUnit(to) !== undefined || successorEnded, `${u.code} went into ${to}, which is not a unit of the catalogue on 01/03/2025`).toBe(true);
    }
  });
});

describe("data/units.csv against the units from 01/07/2025", () => {
  const after = UNITS.filter((u) => u.valid_from && u.valid_from >= REORGANISATION);
  it.each(after.map((u) => [label(u), u] as const))("%s: the unit of that code from 01/07/2025", (_, u) => {
    expect(newUnit(u.code!)?.name, `${u.code} from 01/07/2025`).toBe(u.name);
  });
  it("the reference lists are checked against at least the demo's 20 codes", () => {
    expect(new Set(UNITS.map((u) => u.code)).size).toBeGreaterThanOrEqual(20);
  });
});
