/**
 * What each page renders from the data: one function a route, from the route's parameters to the page's data (its
 * views and the site's frame), which the page's template reads and nothing else of the data. The same function
 * gives the route's cacheKey in getStaticPaths (page-key.ts), so that a rebuild renders only the pages whose data
 * changed, and a page cannot show what its key did not see.
 */
import { cacheOff } from "../charts/disk-cache.ts";
import type { Atlas } from "../model/atlas.ts";
import { latestYear } from "../model/model.ts";
import { frameView, overviewView } from "./atlas-view.ts";
import { districtView } from "./district-view.ts";
import { allDownloads } from "./downloads.ts";
import { fieldView } from "./field-view.ts";
import { lineageView } from "./lineage-view.ts";
import { pageKey } from "./page-key.ts";
import { routes } from "./paths.ts";
import { serviceView } from "./service-view.ts";
import { unitContext } from "./unit-context.ts";
import { unitView } from "./unit-view.ts";

/** A route's parameters and props, as getStaticPaths gives them and a page reads them back (Astro.params, Astro.props). */
type Params = Record<string, string | undefined>;
interface ScopeProps {
  scope: string;
}

const scopeOf = (a: Atlas, props: ScopeProps) => a.byScope.get(props.scope)!;

/** /don-vi/[code]/[...year]/: a unit in a year, in the scope whose table ranks it that year. */
export function unitPage(a: Atlas, params: Params) {
  const code = params.code!;
  const year = routes.unitYear(a, code, params.year);
  const model = a.modelOf(code, year)!;
  return { frame: frameView(a, model), view: unitView(model, code, year), context: unitContext(model, code, year), lineage: lineageView(a, code, year) };
}

/** [...scope]/linh-vuc/[code]/[...year]/: a field of a scope in a year. */
export function fieldPage(a: Atlas, params: Params, props: ScopeProps) {
  const model = scopeOf(a, props);
  const code = params.code!;
  return { frame: frameView(a, model), view: fieldView(model, code, routes.fieldYear(model, code, params.year)) };
}

/** [...scope]/chi-so-phuc-vu/[...period]/: a scope's service index in a period. */
export function servicePage(a: Atlas, params: Params, props: ScopeProps) {
  const model = scopeOf(a, props);
  return { frame: frameView(a, model), view: serviceView(model, routes.period(model, params.period)) };
}

/** [...scope]/nam/[year]/: a scope's overview of a year other than its latest. */
export function yearPage(a: Atlas, params: Params, props: ScopeProps) {
  const model = scopeOf(a, props);
  return { frame: frameView(a, model), view: districtView(model, Number(params.year)) };
}

/** [...scope]/: a scope's home (its latest year), or with no scope the overview of a site of several. */
export function homePage(a: Atlas, props: { scope: string | null }) {
  if (props.scope === null) return { frame: frameView(a), view: null, overview: overviewView(a) };
  const model = scopeOf(a, { scope: props.scope });
  return { frame: frameView(a, model), view: districtView(model, latestYear(model)), overview: null };
}

/** A route with the cacheKey of the page it builds; none with CCHC_CHART_CACHE=off, which reuses nothing (as chart-files.ts: fileKey). */
const keyed = <R extends object>(a: Atlas, route: R, data: unknown): R & { cacheKey?: string } =>
  cacheOff() ? route : { ...route, cacheKey: pageKey(a.models, data) };

/** Each keyed route's getStaticPaths: its routes (paths.ts) with their pages' keys. */
export const keyedRoutes = {
  units: (a: Atlas) => routes.units(a).map((r) => keyed(a, r, unitPage(a, r.params))),
  fields: (a: Atlas) => routes.fields(a).map((r) => keyed(a, r, fieldPage(a, r.params, r.props))),
  periods: (a: Atlas) => routes.periods(a).map((r) => keyed(a, r, servicePage(a, r.params, r.props))),
  years: (a: Atlas) => routes.years(a).map((r) => keyed(a, r, yearPage(a, r.params, r.props))),
  homes: (a: Atlas) => {
    const homes: { params: { scope: string | undefined }; props: { scope: string | null } }[] = routes.homes(a);
    const all = a.models.length > 1 ? [{ params: { scope: undefined }, props: { scope: null } }, ...homes] : homes;
    return all.map((r) => keyed(a, r, homePage(a, r.props)));
  },
  /** /tai-ve/[name].csv: each table keyed by its cells; the route gets the function that makes it again (downloads.ts). */
  downloads: (a: Atlas) => a.models.flatMap(allDownloads).map((f) => keyed(a, { params: { name: f.name }, props: { table: f.table } }, f.table())),
};
