/** What a field's page in a year shows: every unit's score in that field, ranked, with the district's statistics. */
import { viNumber, viPercent, viStat } from "../data/locale.ts";
import { scopeWord } from "../data/scope.ts";
import { fieldYears, type Model } from "../model/model.ts";
import { isWeak } from "../model/weak.ts";
import { denseText, scoreOf } from "../model/wording.ts";
import { rankingPlan } from "./charts.ts";
import { rankDelta, scoreDelta } from "./format.ts";
import { yearLinks } from "./nav.ts";
import { csvNames, fieldHref, paths, unitHref, scopeTag } from "./paths.ts";
import { comparedWithIllustrative, computedAmongIllustrative, isIllustrative, parYearShare, rankLabel, sourcesOf } from "./sources.ts";

export function fieldView(m: Model, code: string, year: number) {
  const py = m.par.get(year)!;
  const def = py.fields.find((f) => f.code === code)!;
  const others = parYearShare(m, year);
  const tables = [others, parYearShare(m, py.previousYear)];
  const rows = py.results
    .map((r) => ({ r, f: r.fields.find((x) => x.def.code === code)! }))
    .sort((a, b) => a.f.dense.rank - b.f.dense.rank || a.r.unit.name.localeCompare(b.r.unit.name, "vi"))
    .map(({ r, f }) => ({
      name: r.unit.name,
      href: unitHref(m, r.unit.code, year),
      score: scoreOf(f.score, def.max),
      share: viPercent(f.share),
      weak: isWeak(f.share),
      dense: denseText(f.dense),
      /** "công bố" where a document states this rank; the row's own "minh họa" badge covers an illustrative row. */
      rankLabel: f.stated ? rankLabel({ rank: f.dense.rank, of: f.dense.levels }, f.stated, r.row, others, m.sources) : null,
      change: scoreDelta(f.change, `năm ${f.change?.since}`),
      rankChange: rankDelta(f.change),
      rankChangeIllustrative: f.change !== null && computedAmongIllustrative(r.row, tables, m.sources),
      changeIllustrative: comparedWithIllustrative(r.row, f.change, m.sources),
      illustrative: isIllustrative(r.row.sourceId, m.sources),
    }));
  const s = py.fieldStats.get(code)!;
  const levels = py.results[0]?.fields.find((x) => x.def.code === code)?.dense.levels ?? 0;
  return {
    among: scopeWord(m.scope),
    def,
    year,
    years: yearLinks(fieldYears(m, code), year, (y) => fieldHref(m, code, y)),
    home: paths.home(m, year),
    rows,
    stats: { min: viNumber(s.min), median: viStat(s.median), mean: viStat(s.mean), best: viNumber(s.best), max: viNumber(def.max), levels },
    chart: rankingPlan(m, code, year),
    sources: sourcesOf(py.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    definedBy: m.sources.get(def.source) ?? null,
    illustrative: others,
    csv: paths.csv(csvNames.field(scopeTag(m), code)),
  };
}
