/** What a unit's page in a year shows: its score and position, its fields, findings, summary and service index. */
import { scopeWord } from "../data/scope.ts";
import { viNumber, viPercent, viStat } from "../data/locale.ts";
import { findingText, type Finding } from "../model/findings.ts";
import { unitYears, type Model, type UnitHistory } from "../model/model.ts";
import type { ParResult, ParYear } from "../model/par.ts";
import type { PublishedShare } from "../model/service.ts";
import { isLast } from "../model/rank.ts";
import { isWeak, WEAK_LABEL } from "../model/weak.ts";
import { denseText, positionText, scoreOf } from "../model/wording.ts";
import { groupsPlan, parYears, profilePlan, serviceTrendPlan, trendPlan, type Planned } from "./charts.ts";
import { periodLabelOf, previousRank, publishedNote, rankDelta, scoreDelta } from "./format.ts";
import { yearLinks } from "./nav.ts";
import { csvNames, fieldHref, paths, unitHref, scopeTag } from "./paths.ts";
import { comparedWithIllustrative, computedAmongIllustrative, illustrativeShare, isIllustrative, parYearShare, rankLabel, sourcesOf } from "./sources.ts";

function findingView(f: Finding) {
  return { kind: f.kind, field: f.field.def.shortName, text: findingText(f), reasons: f.reasons.map((r) => r.text) };
}

function kpi(m: Model, r: ParResult, py: ParYear) {
  const others = parYearShare(m, py.year);
  const stated = r.row.publishedRank === null ? null : { rank: r.row.publishedRank, of: null, sourceId: r.row.sourceId };
  return {
    /** "công bố" (stated by the row's own document), "minh họa" (computed among illustrative rows), or nothing. */
    positionLabel: rankLabel(r.position, stated, r.row, others, m.sources),
    total: scoreOf(r.total, r.totalMax),
    share: viPercent(r.share),
    position: positionText(r.position),
    published: publishedNote(r),
    band: r.band?.label ?? "—",
    change: scoreDelta(r.change, `năm ${r.change?.since}`),
    rankChange: rankDelta(r.change),
    median: viStat(py.totalStats.median),
    /** Where it stands among every commune of the districts with a table that year: computed, never published. */
    across: acrossText(m, r),
  };
}

function acrossText(m: Model, r: ParResult): { text: string; position: string; illustrative: boolean } | null {
  const a = m.atlas.acrossDistricts(r.unit.code, r.year);
  if (!a) return null;
  // Computed among every row of those tables: "minh họa" when any of them is.
  const illustrative = a.districts.some((x) => parYearShare(x, r.year) !== "none");
  return { text: `${a.districts.length} huyện có bảng năm ${r.year}`, position: positionText(a.position), illustrative };
}

/**
 * The field table, as staff paste it into Excel or Word: number cells hold numbers only
 * (a score, its maximum, a share, a change with an ASCII minus); what a reader must know of
 * a row (under the threshold, last, published or illustrative rank) goes in its notes.
 */
function fieldRows(m: Model, r: ParResult, py: ParYear) {
  const others = parYearShare(m, py.year);
  // The year compared with holds the previous row itself, so an illustrative previous row counts among its illustrative rows.
  const tables = [others, parYearShare(m, r.change?.since ?? null)];
  return r.fields.map((f) => {
    const label = rankLabel({ rank: f.dense.rank, of: f.dense.levels }, f.stated, r.row, others, m.sources);
    const changeIllustrative = f.change !== null && computedAmongIllustrative(r.row, tables, m.sources);
    const notes = [
      ...(isWeak(f.share) ? [{ text: `dưới ${WEAK_LABEL}`, title: `Dưới ${WEAK_LABEL} điểm tối đa` }] : []),
      ...(isLast(f.dense) ? [{ text: "cuối bảng", title: `Mức điểm thấp nhất ${scopeWord(m.scope)}` }] : []),
    ];
    return {
      changeIllustrative,
      name: f.def.name,
      shortName: f.def.shortName,
      href: fieldHref(m, f.def.code, r.year),
      score: scoreOf(f.score, f.def.max),
      points: viNumber(f.score),
      max: viNumber(f.def.max),
      share: viPercent(f.share),
      weak: isWeak(f.share),
      dense: denseText(f.dense),
      rankLabel: label,
      last: isLast(f.dense),
      median: viStat(py.fieldStats.get(f.def.code)!.median),
      best: viNumber(py.fieldStats.get(f.def.code)!.best),
      change: scoreDelta(f.change, `năm ${f.change?.since}`),
      previousRank: previousRank(f.change),
      rankChange: rankDelta(f.change),
      notes,
    };
  });
}

/**
 * The labels of the field table's rank and change columns: one in the header where every row
 * says the same ("công bố, khớp tính toán" over ten ranks a report states), else one per row, in its notes.
 */
function fieldLabels(rows: ReturnType<typeof fieldRows>) {
  const texts = new Set(rows.map((r) => `${r.rankLabel?.text ?? ""}|${r.rankLabel?.by ?? ""}`));
  const first = texts.size === 1 ? (rows[0]?.rankLabel ?? null) : null;
  const rank =
    first?.kind === "published"
      ? {
          ...first,
          title: `${first.by} ghi thứ hạng của cả ${rows.length} lĩnh vực; ` +
            (first.text === "công bố, khớp tính toán" ? "khớp với thứ hạng tính được" : "xem từng dòng"),
        }
      : first;
  const change = rows.length > 0 && rows.every((r) => r.changeIllustrative);
  const withNotes = rows.map((r) => ({
    ...r,
    notes: [
      ...r.notes,
      ...(!rank && r.rankLabel ? [{ text: `hạng ${r.rankLabel.text}`, title: r.rankLabel.title }] : []),
      ...(!change && r.changeIllustrative ? [{ text: "thay đổi: minh họa", title: "Thay đổi thứ bậc tính cùng số liệu minh họa" }] : []),
    ],
  }));
  return { rows: withNotes, rankLabel: rank, changeIllustrative: change };
}

/** The unit of the field table's change column: points, or percentage points where maxima differ. */
function changeUnit(rows: { change: { unit: string } | null }[]): string {
  const units = new Set(rows.flatMap((r) => (r.change ? [r.change.unit] : [])));
  return units.size === 1 ? [...units][0]! : "điểm; điểm phần trăm khi điểm tối đa khác";
}

/** A published share and whether its counts give it: "1,1% (công bố); không khớp 1/192 hồ sơ tiếp nhận (0,5%) hay …". */
function checkView(c: PublishedShare) {
  const fractions = c.candidates.map((x) => `${viNumber(x.numerator)}/${viNumber(x.denominator)} ${x.of} (${viPercent(x.share)})`);
  const note = c.matches
    ? `khớp ${fractions.join(" hoặc ")}`
    : fractions.length > 0
      ? `không khớp ${fractions.join(" hay ")}`
      : "số công bố; bảng không có số hồ sơ để đối chiếu";
  return { label: c.label, share: viPercent(c.share), note, matches: c.matches };
}

/** The unit's service index in each period, with its dossier counts and the shares derived from them. */
function servicePeriods(m: Model, history: UnitHistory) {
  return m.periods.filter((p) => history.service.has(p.key)).map((p) => {
    const s = history.service.get(p.key)!;
    const sp = m.service.get(p.key)!;
    return {
      key: p.key,
      label: sp.label,
      href: paths.service(m, p.key),
      total: scoreOf(s.total, sp.totalMax),
      position: positionText(s.position),
      published: publishedNote(s),
      median: viStat(sp.totalStats.median),
      change: s.change ? scoreDelta(s.change, periodLabelOf(m, s.change.since.key)) : null,
      rankChange: s.change ? rankDelta(s.change) : null,
      illustrative: isIllustrative(s.row.sourceId, m.sources),
      changeIllustrative: comparedWithIllustrative(s.row, s.change, m.sources),
      /** The position and its move rest on the other units' rows: illustrative where they are. */
      rankIllustrative: computedAmongIllustrative(s.row, [illustrativeShare(sp.results.map((x) => x.row), m.sources)], m.sources),
      source: m.sources.get(s.row.sourceId)!,
      dossiers: s.dossiers.map((d) => ({ name: d.def.name, value: d.def.unit === "percent" ? `${viNumber(d.value)}%` : viNumber(d.value) })),
      derived: s.derived.map((d) => ({ label: d.label, share: viPercent(d.share), fraction: `${viNumber(d.numerator)}/${viNumber(d.denominator)} ${d.of}` })),
      checks: s.checks.map(checkView),
      summary: s.dossiers.length > 0 ? history.serviceSummaries(p.key)! : null,
    };
  });
}

/** The sources of the page's parts: the district's rows that year, and the unit's service rows. */
function unitSources(m: Model, history: UnitHistory, py: ParYear) {
  return {
    districtIllustrative: parYearShare(m, py.year),
    districtSources: sourcesOf(py.results.map((x) => ({ sourceId: x.row.sourceId, name: x.unit.name })), m.sources),
    serviceSources: sourcesOf(
      [...history.service.values()].map((s) => ({ sourceId: s.row.sourceId, name: m.service.get(s.period.key)!.label })),
      m.sources,
    ),
    serviceDistrictIllustrative: illustrativeShare([...m.service.values()].flatMap((p) => p.results.map((x) => x.row)), m.sources),
  };
}

export function unitView(m: Model, code: string, year: number) {
  const history = m.units.get(code)!;
  const py = m.par.get(year)!;
  const r: ParResult = history.par.get(year)!;
  const source = m.sources.get(r.row.sourceId)!;
  const findings = history.findings(year)!.map(findingView);
  const labelled = fieldLabels(fieldRows(m, r, py));
  const fields = labelled.rows;
  const charts: Record<string, Planned | null> = {
    profile: profilePlan(m, code, year),
    // The charts over years draw the unit its code names in its latest year here: none on another unit's page.
    trend: parYears(m, code).includes(year) ? trendPlan(m, code) : null,
    service: serviceTrendPlan(m, code),
    groups: groupsPlan(m, code),
  };
  return {
    code,
    name: r.unit.name,
    kind: r.unit.kind,
    year,
    kinds: m.kinds.get(year)!,
    /** What the table ranks among: "huyện", or "tỉnh" / "thành phố" from 2025. */
    among: scopeWord(m.scope),
    // The years of this unit only: a code kept by a merged unit names another unit in other years (../model/lineage.ts).
    years: yearLinks(unitYears(m, code).filter((y) => m.atlas.lineage.sameInYears(code, y, year)), year, (y) => unitHref(m, code, y)!),
    home: paths.home(m, year),
    previousYear: r.change?.since ?? null,
    previousIllustrative: r.change !== null && isIllustrative(r.change.previousSourceId, m.sources),
    kpi: kpi(m, r, py),
    fields,
    changeUnit: changeUnit(fields),
    /** A label the whole rank column shares, and whether every rank move rests on illustrative rows. */
    fieldRankLabel: labelled.rankLabel,
    /** The total's position and every field's rank are stated by a document and agree with the computation. */
    rankStated: labelled.rows.every((f) => f.rankLabel?.kind === "published" && f.rankLabel.text === "công bố, khớp tính toán") &&
      r.row.publishedRank === r.position.rank && !isIllustrative(r.row.sourceId, m.sources),
    fieldChangeIllustrative: labelled.changeIllustrative,
    findings: { weaknesses: findings.filter((f) => f.kind === "weakness"), strengths: findings.filter((f) => f.kind === "strength") },
    summary: history.summaries(year)!,
    periods: servicePeriods(m, history),
    charts,
    source,
    /** The table's own note on this row ("Ghi chú"), shown as text. */
    note: r.row.note,
    illustrative: source.kind === "illustrative",
    /** The 75 % rule's threshold as the page writes it. */
    weakLabel: WEAK_LABEL,
    ...unitSources(m, history, py),
    csv: paths.csv(csvNames.unit(scopeTag(m), code)),
    /** The comparison of its scope (a unit is compared with the units ranked beside it), with it chosen. */
    compare: paths.compare(m, { codes: [code], year }),
  };
}
