/**
 * The site as a whole when it holds several scopes (a province): its name, and the
 * overview that leads to each district's tables (years before 2025) and to the
 * province-wide ranking (2025 on), then to the commune.
 */
import { mainModel, type Atlas } from "../model/atlas.ts";
import { latestYear, type Model } from "../model/model.ts";
import { provincePhrase, scopeName } from "../data/scope.ts";
import { viNumber } from "../data/locale.ts";
import { paths } from "./paths.ts";
import { indexedUnits } from "./search-index.ts";
import { parYearShare } from "./sources.ts";

/**
 * The site's name: its scope on a one-scope site ("huyện Ninh Giang"), else the province of
 * its latest province-wide ranking, else the province its districts share.
 */
export function siteName(a: Atlas): string {
  if (a.models.length === 1) return scopeName(a.models[0]!.scope);
  const province = [...a.models].reverse().find((m) => m.scope.kind === "province");
  if (province) return scopeName(province.scope);
  const names = new Set(a.dataset.units.map((u) => u.provinceName).filter(Boolean));
  return names.size === 1 ? provincePhrase([...names][0]!) : "nhiều huyện";
}

/**
 * What every page's header and footer say of the site: its name, the service index the menu leads to (the page's
 * scope's; on a page of no scope, the first scope that has one), and whether the tables are several scopes'.
 */
export function frameView(a: Atlas, model?: Model) {
  const menu = model ?? a.models.find((m) => m.periods.length > 0) ?? mainModel(a);
  return {
    name: siteName(a),
    serviceHref: menu.periods.length > 0 ? paths.serviceLatest(menu) : null,
    several: a.models.length > 1,
  };
}

export type FrameView = ReturnType<typeof frameView>;

/** One scope as the overview lists it: its tables' years, units and median of its latest year. */
function scopeCard(m: Model) {
  const year = latestYear(m);
  const py = m.par.get(year);
  return {
    key: m.scope.key,
    kind: m.scope.kind,
    name: scopeName(m.scope),
    hasPar: py !== undefined,
    // A scope with service-index tables only (a province's first quarters after 2025) leads to them.
    href: py ? paths.home(m, year) : paths.serviceLatest(m),
    years: m.years.map((y) => ({ year: y, href: paths.home(m, y) })),
    latest: year,
    count: py?.results.length ?? 0,
    kinds: m.kinds.get(year) ?? "",
    median: py ? viNumber(py.totalStats.median) : "",
    top: py?.results[0] ? { name: py.results[0].unit.name, total: viNumber(py.results[0].total) } : null,
    illustrative: py ? parYearShare(m, year) : "none",
    periods: m.periods.length,
    serviceHref: m.periods.length > 0 ? paths.serviceLatest(m) : null,
  };
}

export function overviewView(a: Atlas) {
  const cards = a.models.map(scopeCard);
  return {
    name: siteName(a),
    districts: cards.filter((c) => c.kind === "district"),
    provinces: cards.filter((c) => c.kind === "province"),
    /** Units with a page: a code a merged unit kept counts as the two units it named (search-index.ts). */
    units: indexedUnits(a.models).length,
    lineage: a.dataset.lineage.length,
  };
}

export type OverviewView = ReturnType<typeof overviewView>;
