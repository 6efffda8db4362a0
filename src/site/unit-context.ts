/**
 * The commune in context, on its own page: the district's charts of the year
 * with the commune marked (totals, the field strips; the heat map is linked, on the year's page), and its own
 * total and position over the years. Kept apart from unitView (the page's
 * figures and wording) so that each has one concern.
 */
import type { Model } from "../model/model.ts";
import { historyPlan, parYears, stripsPlan, totalsPlan } from "./charts.ts";
import { chartIds, paths, scopeTag } from "./paths.ts";
import { illustrativeShare, sourcesOf } from "./sources.ts";

export function unitContext(m: Model, code: string, year: number) {
  const history = m.units.get(code)!;
  const rows = parYears(m, code).map((y) => ({ sourceId: history.par.get(y)!.row.sourceId, name: `năm ${y}` }));
  return {
    charts: {
      history: parYears(m, code).includes(year) ? historyPlan(m, code) : null,
      totals: totalsPlan(m, year, code),
      strips: stripsPlan(m, code, year),
    },
    /** The district's heat map of the year, on the year's page (the strips chart shows the commune's shares among all). */
    heatmap: `${paths.home(m, year)}#${chartIds.heatmap(scopeTag(m), year)}-tieu-de`,
    /** The sources of the unit's own rows, year by year (the charts over the years: history and trend). */
    historySources: sourcesOf(rows, m.sources),
    historyIllustrative: illustrativeShare(rows, m.sources),
  };
}
