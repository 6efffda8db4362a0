/** Every URL of the site, in one place. Latest year and period get the short URL. */
const BASE = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");

export const url = (path: string) => BASE + path.replace(/^\//, "");

/**
 * `latest` is the latest year of the thing linked to: the district's for the home
 * page, the unit's own for a unit (a merged unit's last year may be earlier), the
 * field's for a field.
 */
export const paths = {
  home: (year: number, latest: number) => url(year === latest ? "/" : `/nam/${year}/`),
  unit: (code: string, year: number, latest: number) => url(year === latest ? `/don-vi/${code}/` : `/don-vi/${code}/${year}/`),
  field: (code: string, year: number, latest: number) => url(year === latest ? `/linh-vuc/${code}/` : `/linh-vuc/${code}/${year}/`),
  service: (period: string, latest: string) => url(period === latest ? "/chi-so-phuc-vu/" : `/chi-so-phuc-vu/${period}/`),
  method: () => url("/phuong-phap/"),
  chartSvg: (id: string) => url(`/bieu-do/${id}.svg`),
  csv: (name: string) => url(`/tai-ve/${name}.csv`),
};
