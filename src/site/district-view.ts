/** What the home page of a year shows: the district's ranking, its charts and its weakest fields. */
import { formatDiagnostic } from "../data/diagnostic.ts";
import { viNumber, viPercent, viStat } from "../data/locale.ts";
import { scopeName, scopeWord } from "../data/scope.ts";
import { formerDistrict } from "./lineage-view.ts";
import type { Model } from "../model/model.ts";
import type { ParYear } from "../model/par.ts";
import { isWeak, WEAK_LABEL } from "../model/weak.ts";
import { positionText } from "../model/wording.ts";
import { heatmapPlan, totalsPlan } from "./charts.ts";
import { publishedNote, rankDelta, scoreDelta, type Delta } from "./format.ts";
import { yearLinks } from "./nav.ts";
import { csvNames, fieldHref, paths, unitHref, scopeTag } from "./paths.ts";
import { comparedWithIllustrative, computedAmongIllustrative, isIllustrative, parYearShare, sourcesOf } from "./sources.ts";

export interface RankingRow {
  position: string;
  rank: number;
  code: string;
  name: string;
  href: string | null;
  total: string;
  band: string;
  change: Delta | null;
  rankChange: Delta | null;
  /** A row that is not illustrative whose change of position rests on illustrative rows (this year's or the year compared with). */
  rankChangeIllustrative: boolean;
  /** The change compares with an illustrative row (when this row is not itself illustrative). */
  changeIllustrative: boolean;
  published: string | null;
  illustrative: boolean;
  /** The unit's district, for the table's filter. */
  district: string;
  /** The codes of the fields the unit has under the 75 % rule, for the table's filter. */
  weak: string[];
}

function rankingRows(m: Model, py: ParYear): RankingRow[] {
  const tables = [parYearShare(m, py.year), parYearShare(m, py.previousYear)];
  return py.results.map((r) => ({
    position: positionText(r.position),
    rank: r.position.rank,
    code: r.unit.code,
    name: r.unit.name,
    href: unitHref(m, r.unit.code, py.year),
    total: viNumber(r.total),
    band: r.band?.label ?? "",
    change: scoreDelta(r.change, `năm ${r.change?.since}`),
    rankChange: rankDelta(r.change),
    rankChangeIllustrative: r.change !== null && computedAmongIllustrative(r.row, tables, m.sources),
    changeIllustrative: comparedWithIllustrative(r.row, r.change, m.sources),
    published: publishedNote(r),
    illustrative: isIllustrative(r.row.sourceId, m.sources),
    district: r.unit.districtName ?? formerDistrict(m.atlas, r.unit.code, r.year),
    weak: r.fields.filter((f) => isWeak(f.share)).map((f) => f.def.code),
  }));
}

/** The three fields with the lowest median share, with how many units are under the threshold. */
function weakestFields(m: Model, py: ParYear) {
  return py.fields
    .map((f) => {
      const s = py.fieldStats.get(f.code)!;
      const under = py.results.filter((r) => isWeak(r.fields.find((x) => x.def.code === f.code)!.share)).length;
      return { name: f.name, shortName: f.shortName, href: fieldHref(m, f.code, py.year), medianShare: s.median / f.max, median: s.median, max: f.max, under };
    })
    .sort((a, b) => a.medianShare - b.medianShare || b.under - a.under)
    .slice(0, 3)
    .map((w) => ({
      ...w,
      text: `trung vị ${viStat(w.median)}/${viNumber(w.max)} điểm (${viPercent(w.medianShare)}); ${w.under}/${py.results.length} đơn vị dưới ${WEAK_LABEL}`,
    }));
}

export function districtView(m: Model, year: number) {
  const py = m.par.get(year)!;
  return {
    year,
    kinds: m.kinds.get(year)!,
    among: scopeWord(m.scope),
    /** On a site of several scopes, the scope's name in the heading and the way back to the overview. */
    scope: m.alone ? null : { name: scopeName(m.scope), overview: paths.root() },
    count: py.results.length,
    totalMax: viNumber(py.totalMax),
    median: viStat(py.totalStats.median),
    previousYear: py.previousYear,
    years: yearLinks(m.years, year, (y) => paths.home(m, y)),
    rows: rankingRows(m, py),
    weakest: weakestFields(m, py),
    fields: py.fields.map((f) => ({ code: f.code, name: f.name, href: fieldHref(m, f.code, year) })),
    /** The table's filters (shown by the page's script): the bands present, in the table's order, and the 75 % rule's label. */
    filter: {
      bands: [...new Set(py.results.map((r) => r.band?.label ?? "").filter(Boolean))],
      weakLabel: WEAK_LABEL,
      /** The districts of the table's units (from 2025, the former ones): a choice only where a table holds more than one (a province's). */
      districtLabel: py.results.some((r) => r.unit.districtName === null) ? "Huyện cũ" : "Huyện",
      districts: [...new Set(py.results.map((r) => r.unit.districtName ?? formerDistrict(m.atlas, r.unit.code, r.year)))].filter(Boolean).sort((a, b) => a.localeCompare(b, "vi")),
    },
    charts: { totals: totalsPlan(m, year), heatmap: heatmapPlan(m, year) },
    sources: sourcesOf(py.results.map((r) => ({ sourceId: r.row.sourceId, name: r.unit.name })), m.sources),
    illustrative: parYearShare(m, year),
    csv: paths.csv(csvNames.district(scopeTag(m), year)),
    warnings: m.warnings.filter((w) => py.results.some((r) => r.row.location.file === w.file)).map(formatDiagnostic),
  };
}
