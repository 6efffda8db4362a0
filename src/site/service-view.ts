/** What the service-index page of a period shows: the district's ranking, its groups and charts. */
import { viNumber, viStat } from "../data/locale.ts";
import { scopeWord } from "../data/scope.ts";
import type { Model } from "../model/model.ts";
import { positionText } from "../model/wording.ts";
import { serviceTotalsPlan, serviceTrendPlan } from "./charts.ts";
import { periodLabelOf, publishedNote, rankDelta, scoreDelta } from "./format.ts";
import { csvNames, paths, unitHref, scopeTag } from "./paths.ts";
import { comparedWithIllustrative, illustrativeShare, isIllustrative, sourcesOf } from "./sources.ts";

export function serviceView(m: Model, key: string) {
  const sp = m.service.get(key)!;
  const allRows = [...m.service.values()].flatMap((p) => p.results);
  const rows = sp.results.map((r) => ({
    position: positionText(r.position),
    name: r.unit.name,
    href: unitHref(m, r.unit.code),
    total: viNumber(r.total),
    groups: r.groups.map((g) => (g.score === null ? "—" : viNumber(g.score))),
    change: r.change ? scoreDelta(r.change, periodLabelOf(m, r.change.since.key)) : null,
    rankChange: r.change ? rankDelta(r.change) : null,
    changeIllustrative: comparedWithIllustrative(r.row, r.change, m.sources),
    published: publishedNote(r),
    illustrative: isIllustrative(r.row.sourceId, m.sources),
  }));
  const groups = sp.groups.map((g) => {
    const s = sp.groupStats.get(g.code);
    return { name: g.name, shortName: g.shortName, max: viNumber(g.max), median: s ? viStat(s.median) : "—" };
  });
  return {
    among: scopeWord(m.scope),
    key,
    label: sp.label,
    previous: sp.previous ? m.service.get(sp.previous.key)!.label : null,
    periods: m.periods.map((p) => ({ label: m.service.get(p.key)!.label, href: paths.service(m, p.key), current: p.key === key })),
    groups,
    totalMax: viNumber(sp.totalMax),
    median: viStat(sp.totalStats.median),
    rows,
    charts: { totals: serviceTotalsPlan(m, key), trend: serviceTrendPlan(m, null) },
    sources: sourcesOf(sp.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    /** The trend draws every period's district range: its sources are every period's rows. */
    trendSources: sourcesOf(allRows.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    trendIllustrative: illustrativeShare(allRows.map((r) => r.row), m.sources),
    illustrative: illustrativeShare(sp.results.map((r) => r.row), m.sources),
    csv: paths.csv(csvNames.service(scopeTag(m), key)),
  };
}
