/**
 * Every URL and file name of the site, in one place: pages, their route
 * parameters, chart ids and downloads. The latest year (or period) of a thing
 * gets the short URL.
 */
import type { Model } from "../model/model.ts";
import { fieldYears, latestPeriod, latestYear, unitYears } from "../model/model.ts";
import { compareQuery, type CompareState } from "./compare-url.ts";

const BASE = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");

export const url = (path: string) => BASE + path.replace(/^\//, "");

/** The year or period segment of a URL: none for the latest. */
const segment = <T>(value: T, latest: T) => (value === latest ? undefined : String(value));

/** File names (without extension) of the CSV downloads. */
export const csvNames = {
  district: (year: number) => `cchc-${year}`,
  unit: (code: string) => `don-vi-${code}`,
  field: (code: string) => `linh-vuc-${code}`,
  service: (period: string) => `chi-so-phuc-vu-${period}`,
};

/** Chart ids: the id of the figure in its page and the name of its SVG download. */
export const chartIds = {
  totals: (year: number) => `tong-diem-${year}`,
  heatmap: (year: number) => `ban-do-nhiet-${year}`,
  profile: (code: string, year: number) => `don-vi-${code}-${year}-linh-vuc`,
  trend: (code: string) => `don-vi-${code}-xu-huong`,
  serviceTrend: (code: string | null) => (code ? `don-vi-${code}-phuc-vu` : "phuc-vu-xu-huong"),
  groups: (code: string) => `don-vi-${code}-nhom-phuc-vu`,
  ranking: (field: string, year: number) => `linh-vuc-${field}-${year}`,
  serviceTotals: (period: string) => `phuc-vu-${period}`,
  /** The district charts of a year as a unit's page shows them, with the unit marked. */
  unitTotals: (code: string, year: number) => `don-vi-${code}-${year}-tong-diem-huyen`,
  unitHeatmap: (code: string, year: number) => `don-vi-${code}-${year}-ban-do-nhiet`,
  unitStrips: (code: string, year: number) => `don-vi-${code}-${year}-vi-tri-linh-vuc`,
  /** A unit's total score and position over the years. */
  unitHistory: (code: string) => `don-vi-${code}-tong-diem-qua-cac-nam`,
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
  home: (year: number, latest: number) => url(year === latest ? "/" : `/nam/${year}/`),
  unit: (code: string, year: number, latest: number) => (year === latest ? unitLatest(code) : url(`/don-vi/${code}/${year}/`)),
  /** A unit's page for its latest year (the short URL). */
  unitLatest,
  field: (code: string, year: number, latest: number) => url(year === latest ? `/linh-vuc/${code}/` : `/linh-vuc/${code}/${year}/`),
  service: (period: string, latest: string) => url(period === latest ? "/chi-so-phuc-vu/" : `/chi-so-phuc-vu/${period}/`),
  serviceLatest: () => url("/chi-so-phuc-vu/"),
  method: () => url("/phuong-phap/"),
  /** Every unit, A to Z: where the search form goes without JavaScript. */
  unitsAZ: () => url("/don-vi/"),
  /** The search index the search box loads on first use (built by src/pages/tim-kiem.json.ts). */
  searchIndex: () => url("/tim-kiem.json"),
  /** The compare page; its state is the query (src/site/compare-url.ts). */
  comparePage: () => url("/so-sanh/"),
  compare: (state: CompareState) => url("/so-sanh/") + compareQuery(state),
  /** What the compare page's script draws from (built by src/pages/so-sanh.json.ts). */
  compareData: () => url("/so-sanh.json"),
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
  /** /nam/[year]/: every year but the latest (which is the home page). */
  years: (m: Model) => m.years.filter((y) => y !== latestYear(m)).map((year) => ({ params: { year: String(year) } })),
  units: (m: Model) =>
    [...m.units.keys()].flatMap((code) => {
      const years = unitYears(m, code);
      return years.map((year) => ({ params: { code, year: segment(year, years.at(-1)!) } }));
    }),
  fields: (m: Model) =>
    [...new Set(m.dataset.fields.map((f) => f.code))].flatMap((code) => {
      const years = fieldYears(m, code);
      return years.map((year) => ({ params: { code, year: segment(year, years.at(-1)!) } }));
    }),
  periods: (m: Model) => m.periods.map((p) => ({ params: { period: segment(p.key, latestPeriod(m)) } })),
  /** The year a unit page shows. */
  unitYear: (m: Model, code: string, year: string | undefined) => (year ? Number(year) : unitYears(m, code).at(-1)!),
  fieldYear: (m: Model, code: string, year: string | undefined) => (year ? Number(year) : fieldYears(m, code).at(-1)!),
  period: (m: Model, period: string | undefined) => period ?? latestPeriod(m),
};

/** The page of a unit in a year, or its latest page; null for a unit with no PAR results. */
export function unitHref(m: Model, code: string, year?: number): string | null {
  const years = unitYears(m, code);
  if (years.length === 0) return null;
  return paths.unit(code, year !== undefined && years.includes(year) ? year : years.at(-1)!, years.at(-1)!);
}

/** The page of a field in a year. */
export const fieldHref = (m: Model, code: string, year: number) => paths.field(code, year, fieldYears(m, code).at(-1)!);
