/**
 * A site's models: one a scope (each district's tables before 2025, the province's
 * from 2025; ../data/scope.ts), with the lineage they share and, for each unit code,
 * which scope holds its result in a year. A directory of one district has one model,
 * and its site is the site of that district.
 */
import type { Dataset, Scope } from "../data/types.ts";
import { UnitIndex } from "../data/units.ts";
import { Lineage } from "./lineage.ts";
import { competitionRanks, type Position } from "./rank.ts";
import { buildScopeModel, type Model } from "./model.ts";

export interface Atlas {
  dataset: Dataset;
  lineage: Lineage;
  /** Every unit row of the directory, by code and date. */
  index: UnitIndex;
  /** Districts (by name), then provinces: the order the overview lists them in. */
  models: Model[];
  byScope: Map<string, Model>;
  /** The years a code has a PAR result in, across scopes, ascending. */
  unitYears(code: string): number[];
  /** The model whose tables hold a code's PAR result of a year. */
  modelOf(code: string, year: number): Model | undefined;
  /** Every code with a PAR result, in the order of the models. */
  codes(): string[];
  /**
   * A unit's position among every unit of the year's district tables, where two districts or more have one (they share the
   * year's definition): computed here, never published; null otherwise.
   */
  acrossDistricts(code: string, year: number): Across | null;
}

/** A position computed across the districts' tables of a year: never a published rank. */
export interface Across {
  position: Position;
  /** The district models whose tables of the year it is computed among. */
  districts: Model[];
}

const ORDER = { district: 0, province: 1 } as const;

/** The site's main model: the only one of a one-district site, else the latest (the province's ranking from 2025). */
export const mainModel = (a: Atlas): Model => a.models.at(-1)!;

export function buildAtlas(dataset: Dataset): Atlas {
  const collator = new Intl.Collator("vi");
  const scopes = [...dataset.scopes].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || collator.compare(a.name, b.name));
  // A directory with no results table yet still has one (empty) scope: its district.
  if (scopes.length === 0) scopes.push(fallbackScope(dataset));
  const byYear = new Map<string, Map<number, Model>>();
  const acrossByYear = new Map<number, Map<string, Across>>();
  const lineage = new Lineage(dataset.lineage);
  const atlas: Atlas = {
    dataset,
    lineage,
    index: new UnitIndex(dataset.units, lineage.starts),
    models: [],
    byScope: new Map(),
    unitYears: (code) => [...(byYear.get(code)?.keys() ?? [])].sort((a, b) => a - b),
    modelOf: (code, year) => byYear.get(code)?.get(year),
    codes: () => [...byYear.keys()],
    acrossDistricts: (code, year) => {
      if (!acrossByYear.has(year)) acrossByYear.set(year, across(atlas.models, year));
      return acrossByYear.get(year)!.get(code) ?? null;
    },
  };
  // Each scope's rows, grouped in one pass (a filter a scope would take scopes × rows: the country has 700 districts).
  const par = Map.groupBy(dataset.par, (r) => r.scope);
  const service = Map.groupBy(dataset.service, (r) => r.scope);
  for (const scope of scopes) {
    // The rows of the scope's tables, with everything else of the directory.
    const scoped = { ...dataset, par: par.get(scope.key) ?? [], service: service.get(scope.key) ?? [] };
    const model = buildScopeModel(scoped, scope, atlas);
    atlas.models.push(model);
    atlas.byScope.set(scope.key, model);
    for (const [code, h] of model.units) {
      for (const year of h.par.keys()) {
        const years = byYear.get(code) ?? new Map<number, Model>();
        years.set(year, model);
        byYear.set(code, years);
      }
    }
  }
  return atlas;
}

/** Every unit's position among the district tables of a year, where there are two or more. */
function across(models: readonly Model[], year: number): Map<string, Across> {
  const districts = models.filter((m) => m.scope.kind === "district" && m.par.has(year));
  const results = districts.length < 2 ? [] : districts.flatMap((m) => m.par.get(year)!.results);
  const ranks = competitionRanks(results.map((r) => r.total));
  return new Map(results.map((r, i) => [r.unit.code, { position: ranks[i]!, districts }]));
}

function fallbackScope(dataset: Dataset): Scope {
  const u = dataset.units[0];
  return { key: `huyen-${u?.districtCode ?? ""}`, kind: "district", code: u?.districtCode ?? "", name: u?.districtName ?? "" };
}
