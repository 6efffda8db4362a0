/**
 * The official lists of commune-level units (see README.md beside this file): the GSO
 * catalogue on 01/03/2025, the units in force from 01/07/2025 and the lineage between
 * them. Read once, lazily, from the CSV files beside this module; every lookup is pure.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";

/** A unit of the catalogue on 01/03/2025 (before the July 2025 reorganisation). */
export interface OldUnit {
  provinceCode: string;
  provinceName: string;
  districtCode: string;
  districtName: string;
  code: string;
  name: string;
  /** `xã`, `phường` or `thị trấn`. */
  kind: string;
}

/** A unit in force from 01/07/2025: no district level. */
export interface NewUnit {
  provinceCode: string;
  provinceName: string;
  code: string;
  name: string;
  /** `xã`, `phường` or `đặc khu`. */
  kind: string;
}

/** One old unit (or part of it) that went into a new unit on 01/07/2025. */
export interface LineageRow {
  newCode: string;
  newName: string;
  newProvinceCode: string;
  /** Usually a 5-digit unit code; a 3-digit district code where a whole district without communes became a special zone (đặc khu). */
  oldCode: string;
  oldName: string;
  part: "full" | "partial";
  /** The Standing Committee resolution, e.g. `1669/NQ-UBTVQH15`; blank when the source gives none. */
  resolution: string;
}

export interface Province {
  code: string;
  name: string;
}

export interface District {
  provinceCode: string;
  code: string;
  name: string;
}

/** The date the reorganisation took effect, and the last day of the units before it. */
export const REORGANISATION = "2025-07-01";
export const LAST_DAY_BEFORE = "2025-06-30";

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

interface Tables {
  old: OldUnit[];
  new: NewUnit[];
  lineage: LineageRow[];
}

let tables: Tables | undefined;

function load(): Tables {
  tables ??= {
    old: readCsv("./units-2025-03.csv").map((r) => ({
      provinceCode: r.province_code!,
      provinceName: r.province_name!,
      districtCode: r.district_code!,
      districtName: r.district_name!,
      code: r.code!,
      name: r.name!,
      kind: r.kind!,
    })),
    new: readCsv("./units-2025-07.csv").map((r) => ({
      provinceCode: r.province_code!,
      provinceName: r.province_name!,
      code: r.code!,
      name: r.name!,
      kind: r.kind!,
    })),
    lineage: readCsv("./lineage-2025-07.csv").map((r) => ({
      newCode: r.new_code!,
      newName: r.new_name!,
      newProvinceCode: r.new_province_code!,
      oldCode: r.old_code!,
      oldName: r.old_name!,
      part: r.part === "partial" ? "partial" : "full",
      resolution: r.resolution ?? "",
    })),
  };
  return tables;
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Provinces on 01/03/2025 (63), or from 01/07/2025 (34), in code order. */
export function provinces(after2025 = false): Province[] {
  const rows = after2025 ? load().new : load().old;
  const list = unique(rows, (r) => r.provinceCode).map((r) => ({ code: r.provinceCode, name: r.provinceName }));
  return list.sort((a, b) => a.code.localeCompare(b.code));
}

/** The districts of a province on 01/03/2025, in code order (empty for an unknown code). */
export function districtsOf(provinceCode: string): District[] {
  const rows = load().old.filter((r) => r.provinceCode === provinceCode);
  const list = unique(rows, (r) => r.districtCode).map((r) => ({ provinceCode, code: r.districtCode, name: r.districtName }));
  return list.sort((a, b) => a.code.localeCompare(b.code));
}

/** A district on 01/03/2025 by its code. */
export function district(code: string): District | undefined {
  const r = load().old.find((u) => u.districtCode === code);
  return r && { provinceCode: r.provinceCode, code: r.districtCode, name: r.districtName };
}

/** The units of a district on 01/03/2025, in the catalogue's order. */
export function unitsOfDistrict(districtCode: string): OldUnit[] {
  return load().old.filter((r) => r.districtCode === districtCode);
}

/** The units of a province on 01/03/2025, in the catalogue's order (district by district). */
export function unitsOfProvince(provinceCode: string): OldUnit[] {
  return load().old.filter((r) => r.provinceCode === provinceCode);
}

/** The units of a province in force from 01/07/2025, in the catalogue's order. */
export function newUnitsOfProvince(provinceCode: string): NewUnit[] {
  return load().new.filter((r) => r.provinceCode === provinceCode);
}

/** A unit of the 01/03/2025 catalogue by its code. */
export function oldUnit(code: string): OldUnit | undefined {
  return load().old.find((r) => r.code === code);
}

/** A unit in force from 01/07/2025 by its code. */
export function newUnit(code: string): NewUnit | undefined {
  return load().new.find((r) => r.code === code);
}

/** The lineage rows into a unit in force from 01/07/2025: what it was formed from. */
export function lineageInto(newCode: string): LineageRow[] {
  return load().lineage.filter((r) => r.newCode === newCode);
}

/** The lineage rows out of an old unit: what it went into (several when it was split). */
export function lineageOutOf(oldCode: string): LineageRow[] {
  return load().lineage.filter((r) => r.oldCode === oldCode);
}
