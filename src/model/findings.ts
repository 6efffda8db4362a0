/**
 * Findings of one unit in one year: the fields to fix first and the fields to
 * keep, each with the plain reasons a reader can check against the table.
 *
 * Weaknesses: last dense rank (and for how many years running); under 75 % of
 * the field's maximum (the report's own rule, in weak.ts); the largest drop in share and the
 * largest drop in rank on the previous year.
 * Strengths: full marks; first rank; the largest gain in share.
 */
import { rankMove, relativePlace } from "./change.ts";
import { isFirst, isLast } from "./rank.ts";
import type { FieldResult, ParResult } from "./par.ts";
import { isWeak, WEAK_LABEL } from "./weak.ts";
import { countWord, denseText, rankMoveClause, scoreOf, sharePointsText, shareText } from "./wording.ts";

export type Rule = "last" | "under-75" | "largest-share-drop" | "largest-rank-drop" | "full-marks" | "first" | "largest-share-gain";

export interface Reason {
  rule: Rule;
  text: string;
}

export interface Finding {
  kind: "weakness" | "strength";
  field: FieldResult;
  reasons: Reason[];
  /** Higher is more urgent (weaknesses) or more notable (strengths). */
  weight: number;
}

const WEIGHT: Record<Rule, number> = {
  last: 4,
  "under-75": 3,
  "largest-share-drop": 2,
  "largest-rank-drop": 1,
  "full-marks": 3,
  first: 2,
  "largest-share-gain": 1,
};

/** Fields holding the extreme (largest) value of `measure` when it is positive. */
function leaders(fields: FieldResult[], measure: (f: FieldResult) => number | null): FieldResult[] {
  const values = fields.map(measure);
  const top = Math.max(...values.map((v) => v ?? -Infinity));
  if (!(top > 1e-9)) return [];
  return fields.filter((_, i) => values[i] !== null && Math.abs(values[i]! - top) < 1e-9);
}

/**
 * A field last of its levels, as the commune report writes it: "đứng vị trí 12/12 (không tăng
 * bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối", and for how many years running.
 */
export function lastText(f: FieldResult): string {
  const since = f.change ? ` (${rankMoveClause(rankMove(f.change.rank))} so với năm ${f.change.since})` : "";
  const running = f.lastStreak >= 2 ? `; cuối bảng ${countWord(f.lastStreak)} năm liền` : "";
  return `đứng vị trí ${f.dense.rank}/${f.dense.levels}${since}, là lĩnh vực đứng ở hạng cuối${running}`;
}

/** `among` names what the table ranks: "huyện", or "tỉnh" / "thành phố" from 2025 (../data/scope.ts). */
export function findings(result: ParResult, among = "huyện"): Finding[] {
  const reasons = new Map<FieldResult, { weakness: Reason[]; strength: Reason[] }>();
  const add = (f: FieldResult, kind: "weakness" | "strength", rule: Rule, text: string) => {
    const entry = reasons.get(f) ?? { weakness: [], strength: [] };
    entry[kind].push({ rule, text });
    reasons.set(f, entry);
  };
  const since = result.fields.find((f) => f.change)?.change?.since;

  for (const f of result.fields) {
    if (isLast(f.dense)) add(f, "weakness", "last", lastText(f));
    if (isWeak(f.share)) {
      add(f, "weakness", "under-75", `đạt ${scoreOf(f.score, f.def.max)} điểm (${shareText(f.share)}), dưới ${WEAK_LABEL} điểm tối đa`);
    }
    if (f.score >= f.def.max) add(f, "strength", "full-marks", `đạt điểm tối đa ${scoreOf(f.score, f.def.max)}`);
    if (isFirst(f.dense)) add(f, "strength", "first", `hạng ${f.dense.rank}/${f.dense.levels}, cao nhất ${among}`);
  }
  for (const f of leaders(result.fields, (f) => (f.change ? -f.change.share : null))) {
    const { share } = f.change!;
    const text = `giảm nhiều nhất so với năm ${since}: ${sharePointsText(share)} (từ ${shareText(f.share - share)} xuống ${shareText(f.share)} điểm tối đa)`;
    add(f, "weakness", "largest-share-drop", text);
  }
  // Among fields whose rank fell (change.ts: rankMove), the largest fall, compared as relative places among each
  // year's levels: 5/15 and 12/18 are not 7 places apart on one scale. Last both years is not a fall.
  const fall = (f: FieldResult) => {
    if (!f.change || rankMove(f.change.rank).kind !== "down") return null;
    const { rank, of, previousRank, previousOf } = f.change.rank;
    return relativePlace(rank, of) - relativePlace(previousRank, previousOf);
  };
  for (const f of leaders(result.fields, fall)) {
    add(f, "weakness", "largest-rank-drop", `tụt bậc nhiều nhất so với năm ${since}: từ ${f.change!.rank.previousRank}/${f.change!.rank.previousOf} xuống ${denseText(f.dense)}`);
  }
  for (const f of leaders(result.fields, (f) => f.change?.share ?? null)) {
    add(f, "strength", "largest-share-gain", `tăng nhiều nhất so với năm ${since}: ${sharePointsText(f.change!.share)} (lên ${shareText(f.share)} điểm tối đa)`);
  }

  const out: Finding[] = [];
  for (const [field, r] of reasons) {
    for (const kind of ["weakness", "strength"] as const) {
      if (r[kind].length === 0) continue;
      out.push({ kind, field, reasons: r[kind], weight: r[kind].reduce((s, x) => s + WEIGHT[x.rule], 0) });
    }
  }
  return out.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === "weakness" ? -1 : 1) ||
      b.weight - a.weight ||
      (a.kind === "weakness" ? a.field.share - b.field.share : b.field.share - a.field.share) ||
      a.field.def.order - b.field.def.order,
  );
}

/** "Tài chính công: hạng 12/12, cuối bảng hai năm liền; …" */
export function findingText(f: Finding): string {
  return `${f.field.def.shortName}: ${f.reasons.map((r) => r.text).join("; ")}`;
}
