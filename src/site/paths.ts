/**
 * Every URL and file name of the site, in one place: pages, their route
 * parameters, chart ids and downloads. The latest year (or period) of a thing
 * gets the short URL.
 */
import type { Atlas } from "../model/atlas.ts";
import { periodSpan, yearSpan } from "../data/period.ts";
import type { Model } from "../model/model.ts";
import { fieldYears, latestPeriod, latestYear, unitYears } from "../model/model.ts";
import { compareQuery, type CompareState } from "./compare-url.ts";

const BASE = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");

export const url = (path: string) => BASE + path.replace(/^\//, "");

/** The year or period segment of a URL: none for the latest. */
const segment = <T>(value: T, latest: T) => (value === latest ? undefined : String(value));

/**
 * Where a scope's pages live: at the root when the site holds one scope (one district, as
 * it always has), else under the scope ("/huyen/299/", "/tinh/31/"), the root being the overview.
 */
export const scopeBase = (m: Model) => (m.alone ? "" : m.scope.kind === "district" ? `huyen/${m.scope.code}/` : `tinh/${m.scope.code || "toan-tinh"}/`);

/** What sets a scope's file names and chart ids apart from another's: nothing on a one-scope site, else "huyen-299-". */
export const scopeTag = (m: Model) => (m.alone ? "" : `${m.scope.key}-`);

/** File names (without extension) of the CSV downloads; `tag` is the scope's ({@link scopeTag}). */
export const csvNames = {
  district: (tag: string, year: number) => `${tag}cchc-${year}`,
  unit: (tag: string, code: string) => `${tag}don-vi-${code}`,
  field: (tag: string, code: string) => `${tag}linh-vuc-${code}`,
  service: (tag: string, period: string) => `${tag}chi-so-phuc-vu-${period}`,
};

/**
 * Chart ids: the id of the figure in its page and the name of its SVG download. `tag` is the
 * scope's ({@link scopeTag}) where a code or year alone does not tell the scope.
 */
export const chartIds = {
  totals: (tag: string, year: number) => `${tag}tong-diem-${year}`,
  heatmap: (tag: string, year: number) => `${tag}ban-do-nhiet-${year}`,
  profile: (code: string, year: number) => `don-vi-${code}-${year}-linh-vuc`,
  trend: (tag: string, code: string) => `${tag}don-vi-${code}-xu-huong`,
  serviceTrend: (tag: string, code: string | null) => (code ? `${tag}don-vi-${code}-phuc-vu` : `${tag}phuc-vu-xu-huong`),
  groups: (tag: string, code: string) => `${tag}don-vi-${code}-nhom-phuc-vu`,
  ranking: (tag: string, field: string, year: number) => `${tag}linh-vuc-${field}-${year}`,
  serviceTotals: (tag: string, period: string) => `${tag}phuc-vu-${period}`,
  /** The district charts of a year as a unit's page shows them, with the unit marked. */
  unitTotals: (code: string, year: number) => `don-vi-${code}-${year}-tong-diem-huyen`,
  unitStrips: (code: string, year: number) => `don-vi-${code}-${year}-vi-tri-linh-vuc`,
  /** A unit's total score and position over the years. */
  unitHistory: (tag: string, code: string) => `${tag}don-vi-${code}-tong-diem-qua-cac-nam`,
};

/** A unit's page for its latest year: the short URL. */
const unitLatest = (code: string) => url(`/don-vi/${code}/`);

/**
 * `latest` is the latest year of the thing linked to: the district's for the home
 * page, the unit's own for a unit (a merged unit's last year may be earlier), the
 * field's for a field.
 */
export const paths = {
  root: () => url("/"),
  /** A scope's overview of a year: its home for the latest. */
  home: (m: Model, year: number) => url(scopeBase(m) + (year === latestYear(m) ? "" : `nam/${year}/`)),
  unit: (code: string, year: number, latest: number) => (year === latest ? unitLatest(code) : url(`/don-vi/${code}/${year}/`)),
  /** A unit's page for its latest year (the short URL). */
  unitLatest,
  field: (m: Model, code: string, year: number) => url(scopeBase(m) + (year === fieldYears(m, code).at(-1) ? `linh-vuc/${code}/` : `linh-vuc/${code}/${year}/`)),
  service: (m: Model, period: string) => url(scopeBase(m) + (period === latestPeriod(m) ? "chi-so-phuc-vu/" : `chi-so-phuc-vu/${period}/`)),
  serviceLatest: (m: Model) => url(scopeBase(m) + "chi-so-phuc-vu/"),
  method: () => url("/phuong-phap/"),
  /** Every unit, A to Z: where the search form goes without JavaScript. */
  unitsAZ: () => url("/don-vi/"),
  /** The search index the search box loads on first use (built by src/pages/tim-kiem.json.ts). */
  searchIndex: () => url("/tim-kiem.json"),
  /** The compare page; its state is the query (src/site/compare-url.ts). */
  comparePage: (m: Model) => url(scopeBase(m) + "so-sanh/"),
  compare: (m: Model, state: CompareState) => url(scopeBase(m) + "so-sanh/") + compareQuery(state),
  /** What the compare page's script draws from (built by src/pages/[...scope]/so-sanh.json.ts). */
  compareData: (m: Model) => url(scopeBase(m) + "so-sanh.json"),
  favicon: () => url("/favicon.svg"),
  chartSvg: (id: string) => url(`/bieu-do/${id}.svg`),
  /** The name a chart's SVG is saved under. */
  chartFile: (id: string) => `${id}.svg`,
  chartPng: (id: string) => url(`/bieu-do/${id}.png`),
  /** The name a chart's PNG is saved under. */
  chartPngFile: (id: string) => `${id}.png`,
  csv: (name: string) => url(`/tai-ve/${name}.csv`),
};

/**
 * The pages each route builds (for getStaticPaths) and the year or period a
 * page's parameters name, matching {@link paths}: no segment for the latest.
 */
export const routes = {
  /** The [...scope] parameter of a scope's pages: none on a one-scope site. */
  scope: (m: Model) => scopeBase(m).replace(/\/$/, "") || undefined,
  /** Each scope's home: its overview of its latest year. */
  homes: (a: Atlas) => a.models.filter((m) => m.years.length > 0).map((m) => ({ params: { scope: routes.scope(m) }, props: { scope: m.scope.key } })),
  /** [...scope]/nam/[year]/: every year of a scope but its latest (which is the scope's home). */
  years: (a: Atlas) =>
    a.models.flatMap((m) => m.years.filter((y) => y !== latestYear(m)).map((year) => ({ params: { scope: routes.scope(m), year: String(year) }, props: { scope: m.scope.key } }))),
  /** /don-vi/[code]/[...year]/: a code's years across every scope, the latest at the short URL. */
  units: (a: Atlas) =>
    a.codes().flatMap((code) => {
      const years = a.unitYears(code);
      return years.map((year) => ({ params: { code, year: segment(year, years.at(-1)!) } }));
    }),
  fields: (a: Atlas) =>
    a.models.flatMap((m) =>
      [...new Set(m.dataset.fields.map((f) => f.code))].flatMap((code) => {
        const years = fieldYears(m, code);
        return years.map((year) => ({ params: { scope: routes.scope(m), code, year: segment(year, years.at(-1)!) }, props: { scope: m.scope.key } }));
      }),
    ),
  periods: (a: Atlas) =>
    a.models.flatMap((m) => m.periods.map((p) => ({ params: { scope: routes.scope(m), period: segment(p.key, latestPeriod(m)) }, props: { scope: m.scope.key } }))),
  /** The year a unit page shows. */
  unitYear: (a: Atlas, code: string, year: string | undefined) => (year ? Number(year) : a.unitYears(code).at(-1)!),
  fieldYear: (m: Model, code: string, year: string | undefined) => (year ? Number(year) : fieldYears(m, code).at(-1)!),
  period: (m: Model, period: string | undefined) => period ?? latestPeriod(m),
};

/**
 * The page of a unit in a year, or its latest page: the latest of the unit the code names in this scope (a code
 * a merged unit kept names another unit elsewhere, Xã Đồng Tâm and Xã Ninh Giang); null for a unit with no PAR results.
 */
export function unitHref(m: Model, code: string, year?: number): string | null {
  const years = unitYears(m, code);
  if (years.length === 0) return null;
  if (year !== undefined && years.includes(year)) return paths.unit(code, year, years.at(-1)!);
  const h = m.units.get(code);
  const days = h ? [...[...h.par.keys()].map((y) => yearSpan(y).to), ...[...h.service.values()].map((r) => periodSpan(r.period).to)].sort() : [];
  const day = days.at(-1);
  const own = day === undefined ? years : years.filter((y) => m.atlas.lineage.same(code, yearSpan(y).to, day));
  return own.length === 0 ? null : paths.unit(code, own.at(-1)!, years.at(-1)!);
}

/** The page of a field in a year. */
export const fieldHref = (m: Model, code: string, year: number) => paths.field(m, code, year);
