/**
 * What `npm run init` writes into a new data directory, as pure data: the units in force
 * (from the catalogue), their lineage, the sources and the empty results tables a clerk
 * fills in. scripts/init.ts parses the command line, adds the definitions and README and
 * writes the files; this module only decides their content.
 */
import Papa from "papaparse";
import {
  LAST_DAY_BEFORE,
  REORGANISATION,
  lineageInto,
  lineageOutOf,
  newUnitsOfProvince,
  oldUnit,
  unitsOfDistrict,
  unitsOfProvince,
  type LineageRow,
  type OldUnit,
} from "./catalogue.ts";

/** The units a directory is for: a province or a district, before or after 01/07/2025. */
export interface Scope {
  kind: "province" | "district";
  code: string;
  /** The year of the results tables; ≥ 2025 means the units in force from 01/07/2025. */
  year: number;
}

/** A row of units.csv (v2 contract). */
export interface UnitRow {
  code: string;
  name: string;
  kind: string;
  province_code: string;
  province_name: string;
  district_code: string;
  district_name: string;
  valid_from: string;
  valid_to: string;
  note: string;
}

export const UNIT_COLUMNS = ["code", "name", "kind", "province_code", "province_name", "district_code", "district_name", "valid_from", "valid_to", "note"] as const;
export const LINEAGE_COLUMNS = ["date", "old_code", "new_code", "part", "resolution", "note"] as const;

/** A field of the PAR index as data/definitions/par-fields.csv defines it. */
export interface ParField {
  from_year: string;
  to_year: string;
  order: string;
  name: string;
}

export const after2025 = (year: number) => year >= 2025;

/** CSV text: comma-separated, quoted only where needed, a final newline. */
export function csv(rows: readonly (readonly string[])[], newline = "\n"): string {
  return Papa.unparse(rows as string[][], { newline }) + newline;
}

/** `Huyện Ninh Giang` → `huyen-ninh-giang`. */
export function slug(text: string): string {
  const ascii = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function oldRow(u: OldUnit, note: string): UnitRow {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    province_code: u.provinceCode,
    province_name: u.provinceName,
    district_code: u.districtCode,
    district_name: u.districtName,
    valid_from: "",
    valid_to: LAST_DAY_BEFORE,
    note,
  };
}

/** Where an old unit went on 01/07/2025, in words: "từ 01/07/2025 nhập vào Xã Ninh Giang (11203, 1669/NQ-UBTVQH15)". */
function successorNote(code: string): string {
  const out = lineageOutOf(code);
  const into = out.map((r) => `${r.newName} (${r.newCode}${r.resolution ? `, ${r.resolution}` : ""}${r.part === "partial" ? ", một phần" : ""})`);
  const base = "Theo danh mục ĐVHC của TCTK ngày 01/03/2025; chấm dứt từ 01/07/2025 (sắp xếp ĐVHC)";
  return into.length ? `${base}, nhập vào ${into.join("; ")}` : base;
}

/** Units in force before 01/07/2025: the catalogue on 01/03/2025, each ending on 30/06/2025. */
function unitsBefore(scope: Scope): UnitRow[] {
  const units = scope.kind === "province" ? unitsOfProvince(scope.code) : unitsOfDistrict(scope.code);
  return units.map((u) => oldRow(u, successorNote(u.code)));
}

/** The lineage rows into the new units of a province whose old unit is a unit (not a district code) of the catalogue. */
function provinceLineage(provinceCode: string): LineageRow[] {
  return newUnitsOfProvince(provinceCode).flatMap((u) => lineageInto(u.code).filter((r) => oldUnit(r.oldCode) !== undefined));
}

/** Units from 01/07/2025: the new units of the province, and the old units they were formed from, each code's rows in date order. */
function unitsAfter(provinceCode: string): UnitRow[] {
  const rows: UnitRow[] = newUnitsOfProvince(provinceCode).map((u) => {
    const from = lineageInto(u.code);
    const odd = from.filter((r) => oldUnit(r.oldCode) === undefined).map((r) => `${r.oldName} (mã huyện ${r.oldCode})`);
    const resolutions = [...new Set(from.map((r) => r.resolution).filter(Boolean))];
    const note = `Đơn vị từ 01/07/2025${resolutions.length ? ` theo ${resolutions.join(", ")}` : ""}${odd.length ? `; lập từ ${odd.join(", ")}` : ""}`;
    const row = { code: u.code, name: u.name, kind: u.kind, province_code: u.provinceCode, province_name: u.provinceName };
    return { ...row, district_code: "", district_name: "", valid_from: REORGANISATION, valid_to: "", note };
  });
  const olds = [...new Set(provinceLineage(provinceCode).map((r) => r.oldCode))];
  for (const code of olds) rows.push(oldRow(oldUnit(code)!, successorNote(code)));
  const order = (r: UnitRow) => `${r.code} ${r.valid_from || "0000"}`;
  return rows.sort((a, b) => order(a).localeCompare(order(b)));
}

/** units.csv rows of a scope. */
export function unitRows(scope: Scope): UnitRow[] {
  return after2025(scope.year) ? unitsAfter(scope.code) : unitsBefore(scope);
}

/** lineage.csv rows (after 2025 only): date, old_code, new_code, part, resolution, note. */
export function lineageRows(scope: Scope): string[][] {
  if (!after2025(scope.year)) return [];
  return provinceLineage(scope.code).map((r) => [
    REORGANISATION,
    r.oldCode,
    r.newCode,
    r.part,
    r.resolution,
    r.part === "partial" ? "Một phần đơn vị cũ (chia tách): cần đối chiếu với nghị quyết" : "",
  ]);
}

/** The fields of a year, in display order. */
export function fieldsOf(fields: ParField[], year: number): ParField[] {
  const inYear = (f: ParField) => Number(f.from_year) <= year && (f.to_year === "" || year <= Number(f.to_year));
  return fields.filter(inYear).sort((a, b) => Number(a.order) - Number(b.order));
}

/** One empty results table: header, then a row per unit with its code, name (and district) and empty score cells. */
export function resultsTable(units: UnitRow[], fieldNames: string[], withDistrict: boolean): string[][] {
  const header = ["STT", "Mã đơn vị", "Đơn vị", ...(withDistrict ? ["Huyện"] : []), ...fieldNames, "Tổng điểm", "Xếp hạng"];
  const blanks = Array<string>(fieldNames.length + 2).fill("");
  const rows = units.map((u, i) => [String(i + 1), u.code, u.name, ...(withDistrict ? [u.district_name] : []), ...blanks]);
  return [header, ...rows];
}

/**
 * The results tables, by path in the directory: before 2025 one per district (communes were ranked within
 * their district), `par/<year>.csv` when the directory holds one district; after 2025 one for the province.
 */
export function resultsTables(scope: Scope, units: UnitRow[], fieldNames: string[]): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  if (after2025(scope.year)) {
    tables.set(`par/${scope.year}.csv`, resultsTable(units.filter((u) => u.valid_from === REORGANISATION), fieldNames, false));
  } else if (scope.kind === "district") {
    tables.set(`par/${scope.year}.csv`, resultsTable(units, fieldNames, false));
  } else {
    for (const code of new Set(units.map((u) => u.district_code))) {
      const own = units.filter((u) => u.district_code === code);
      tables.set(`par/${scope.year}/${code}-${slug(own[0]!.district_name)}.csv`, resultsTable(own, fieldNames, false));
    }
  }
  return tables;
}
