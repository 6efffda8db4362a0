/**
 * What a results table ranks, inferred from the units it holds (in force on its
 * dates): the units of one district are ranked within that district (as every
 * commune was until 2024); units of several districts, or with no district (from
 * 01/07/2025), are ranked across the province. A year may have several tables
 * (par/2022/ninh-giang.csv, par/2022/thanh-mien.csv), never two of one scope, and a
 * unit is in one table of a year only.
 */
import type { Diagnostics } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import type { Scope, Unit } from "./types.ts";

export const districtScope = (code: string, name: string): Scope => ({ key: `huyen-${code}`, kind: "district", code, name });
export const provinceScope = (code: string, name: string): Scope => ({ key: code ? `tinh-${code}` : "tinh", kind: "province", code, name });

/** The scope a table's units make, or why they make none (units of several provinces). */
export function inferScope(units: readonly Unit[]): Scope | { provinces: string[] } {
  const districts = new Set(units.map((u) => u.districtCode));
  const first = units[0];
  if (first && districts.size === 1 && first.districtCode !== null) return districtScope(first.districtCode, first.districtName ?? "");
  // The province columns may be left blank: only two provinces named are two.
  const provinces = [...new Set(units.flatMap((u) => u.provinceCode ?? []))];
  if (provinces.length > 1) return { provinces: [...new Set(units.flatMap((u) => u.provinceName ?? u.provinceCode ?? []))] };
  const named = units.find((u) => u.provinceName);
  return provinceScope(provinces[0] ?? "", named?.provinceName ?? "");
}

/** The tables of each year or period: one table a scope, one table a unit. */
export class Scopes {
  readonly #scopes = new Map<string, Scope>();
  /** `${period}|${scope key}` → the file of that table. */
  readonly #tables = new Map<string, string>();
  /** `${period}|${unit code}` → the file of the table that holds it. */
  readonly #units = new Map<string, string>();

  get list(): Scope[] {
    return [...this.#scopes.values()];
  }

  /**
   * Registers a table of `period` holding `units`; returns its scope key, or null when it cannot
   * be published (reported at the file): a second table of the same scope, a unit in two tables.
   */
  register(diagnostics: Diagnostics, file: string, table: { kind: "par" | "service"; key: string }, units: readonly Unit[]): string | null {
    if (units.length === 0) return null;
    // A PAR year and a yearly service period share a key ("2023"): the index tells them apart.
    const period = table.key;
    const at = `${table.kind}|${period}`;
    const scope = inferScope(units);
    const place = { file, line: 1, column: 1 };
    if ("provinces" in scope) {
      diagnostics.error(place, message("table-several-provinces", { provinces: scope.provinces.join(", ") }));
      return null;
    }
    const other = this.#tables.get(`${at}|${scope.key}`);
    if (other !== undefined) {
      diagnostics.error(place, message("duplicate-scope", { period, scope: scopeName(scope), other }));
      return null;
    }
    for (const u of units) {
      const elsewhere = this.#units.get(`${at}|${u.code}`);
      if (elsewhere !== undefined) {
        diagnostics.error(place, message("unit-in-two-tables", { period, unit: unitLabel(u), other: elsewhere }));
        return null;
      }
    }
    for (const u of units) this.#units.set(`${at}|${u.code}`, file);
    this.#tables.set(`${at}|${scope.key}`, file);
    this.#scopes.set(scope.key, scope);
    return scope.key;
  }
}

/** A district's name as a sentence writes it: "huyện Ninh Giang", "thành phố Hải Dương" (a name that carries its kind keeps it). */
export function districtPhrase(name: string): string {
  const kinds = /^(huyện|quận|thị xã|thành phố)\s/i;
  return kinds.test(name) ? name.replace(kinds, (k) => k.toLowerCase()) : `huyện ${name}`;
}

/** A province's name as a sentence writes it: "tỉnh Hải Dương", "thành phố Hải Phòng". */
export function provincePhrase(name: string): string {
  const kinds = /^(tỉnh|thành phố)\s/i;
  if (name === "") return "toàn tỉnh";
  return kinds.test(name) ? name.replace(kinds, (k) => k.toLowerCase()) : `tỉnh ${name}`;
}

export const scopeName = (s: Scope) => (s.kind === "district" ? districtPhrase(s.name) : provincePhrase(s.name));

/** A unit as a message names it: with its district, or its province when it has none ("Xã Đồng Tâm, huyện Ninh Giang"). */
export function unitLabel(u: Unit): string {
  if (u.districtName) return `${u.name}, ${districtPhrase(u.districtName)}`;
  return u.provinceName ? `${u.name}, ${provincePhrase(u.provinceName)}` : u.name;
}

/** The word a page writes for what a scope ranks among: "huyện", or "tỉnh" / "thành phố" for a province ("trung vị huyện"). */
export function scopeWord(s: Scope): string {
  if (s.kind === "district") return "huyện";
  return /^thành phố\s/i.test(s.name) ? "thành phố" : "tỉnh";
}
