/**
 * The search index, built once at build time and served as a static JSON file
 * (/tim-kiem.json) that the search box loads on first use, and the A–Z list of
 * units that the search form goes to without JavaScript. Both list the same units.
 */
import type { Model } from "../model/model.ts";
import { districtPhrase, provincePhrase, scopeName } from "../data/scope.ts";
import { fold } from "../data/text.ts";
import { yearSpan } from "../data/period.ts";
import { paths, unitHref } from "./paths.ts";

/**
 * The file's shape, kept small: the address of a unit's page once, with `{code}` for
 * its code (a unit's latest page, from paths.ts), district names once, then one row a
 * unit: [code, name, index of its district]. The client folds the names itself with
 * the same `fold`, so the folded keys are not shipped.
 */
export interface SearchIndex {
  href: string;
  districts: string[];
  /** The year is there when the unit's latest page is not its code's short URL (the code now names another unit). */
  units: [code: string, name: string, district: number, year?: number][];
}

/** Where the code goes in the index's address of a unit's page. */
export const CODE_SLOT = "{code}";

export interface IndexedUnit {
  code: string;
  name: string;
  /** Where it is, as a sentence writes it: "huyện Ninh Giang", or its province from 2025. */
  district: string;
  href: string;
  /** The year of its latest page, when that is not the code's latest (the code now names another unit). */
  year?: number;
}

/**
 * Every unit that has a page, once, with its name and where it is: its district, or its
 * province for a unit with no district (from 2025). A code that named two units (a merged
 * unit keeping an old code) is listed once a unit, each with its own name and latest page.
 */
export function indexedUnits(models: readonly Model[]): IndexedUnit[] {
  const out = new Map<string, IndexedUnit>();
  for (const m of models) {
    for (const [code, h] of m.units) {
      const years = [...h.par.keys()].sort((a, b) => a - b);
      const all = m.atlas.unitYears(code);
      for (const y of years.filter((y, i) => i === years.length - 1 || !m.atlas.lineage.sameInYears(code, y, years[i + 1]!))) {
        const unit = h.par.get(y)!.unit;
        const where = unit.districtName ? districtPhrase(unit.districtName) : unit.provinceName ? provincePhrase(unit.provinceName) : scopeName(m.scope);
        const entity = `${code}@${m.atlas.lineage.startOf(code, yearSpan(y).to) ?? ""}`;
        out.set(entity, { code, name: unit.name, district: where, href: unitHref(m, code, y)!, ...(y === all.at(-1) ? {} : { year: y }) });
      }
    }
  }
  return [...out.values()];
}

export function searchIndex(units: IndexedUnit[]): SearchIndex {
  const districts = [...new Set(units.map((u) => u.district))];
  const href = paths.unitLatest(CODE_SLOT);
  const linked = (u: IndexedUnit) => href.replace(CODE_SLOT, u.code) + (u.year === undefined ? "" : `${u.year}/`);
  const wrong = units.find((u) => u.href !== linked(u));
  if (wrong) throw new Error(`The search index links ${wrong.code} to ${linked(wrong)}, but its page is ${wrong.href}`);
  const row = (u: IndexedUnit): SearchIndex["units"][number] =>
    u.year === undefined ? [u.code, u.name, districts.indexOf(u.district)] : [u.code, u.name, districts.indexOf(u.district), u.year];
  return { href, districts, units: units.map(row) };
}

/** The kind words a unit's name starts with ("Xã", "Thị trấn", "Phường"), dropped to sort and file it under a letter. */
const KIND = /^(xa|thi tran|phuong|thi xa) /;

/** "Xã Đồng Tâm" → "dong tam": the folded name without its kind. */
export const properName = (name: string) => fold(name).replace(KIND, "");

/** The A–Z list: units grouped by the first letter of their name proper (Đ under D), each group in Vietnamese order. */
export function azView(units: IndexedUnit[]) {
  const collator = new Intl.Collator("vi");
  const sorted = [...units].sort((a, b) => collator.compare(properName(a.name), properName(b.name)) || collator.compare(a.name, b.name));
  const repeated = new Set(sorted.map((u) => fold(u.name)).filter((n, i, all) => all.indexOf(n) !== i));
  const groups = new Map<string, (IndexedUnit & { showDistrict: boolean })[]>();
  for (const u of sorted) {
    const letter = properName(u.name).charAt(0).toUpperCase() || "#";
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push({ ...u, showDistrict: repeated.has(fold(u.name)) });
  }
  return { count: units.length, groups: [...groups].map(([letter, items]) => ({ letter, id: `chu-${letter.toLowerCase()}`, items })) };
}
