/** Changes and ranks as the pages write them: text, a direction for colour, and a plain title. */
import { csvNumber, viSigned } from "../data/locale.ts";
import { rankMove, type RankChange } from "../model/change.ts";
import type { Model } from "../model/model.ts";
import { denseText, inSentence, positionText, rankMoveClause, rankMoveText, rankPair, sharePointsText } from "../model/wording.ts";

export interface Delta {
  text: string;
  /**
   * The change as a number a spreadsheet reads: ASCII sign, decimal comma, no unit ("-0,5", "+1,25", "0").
   * Its unit is `unit`. Empty for a rank move, which is words.
   */
  value: string;
  unit: "điểm" | "điểm phần trăm" | "";
  /** better / worse / same: shown with an arrow and a word, colour only repeats them. */
  direction: "better" | "worse" | "same";
  title: string;
}

const EPS = 1e-9;

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/**
 * A score change since `since` ("năm 2021", "quý IV/2022"): in points when both
 * maxima are equal, else in percentage points of the maximum.
 */
export function scoreDelta(change: { points: number | null; share: number } | null, since: string): Delta | null {
  if (!change) return null;
  const value = change.points ?? change.share;
  const direction = value > EPS ? "better" : value < -EPS ? "worse" : "same";
  const text = change.points !== null ? `${viSigned(change.points)} điểm` : sharePointsText(change.share);
  const title =
    change.points !== null
      ? `So với ${since}: ${text}`
      : `So với ${since}: ${text} (điểm tối đa khác nhau giữa hai kỳ nên so sánh tỷ lệ)`;
  const number = change.points ?? Math.round(change.share * 1000) / 10;
  return {
    text: direction === "same" ? "không đổi" : text,
    value: (number > EPS ? "+" : "") + csvNumber(Math.abs(number) < EPS ? 0 : number),
    unit: change.points !== null ? "điểm" : "điểm phần trăm",
    direction,
    title,
  };
}

/**
 * A rank change, where lower is better, moved honestly (model/change.ts): "↑ 2 bậc",
 * "vẫn cuối bảng" for 13/13 → 12/12, both ranks where levels differ. The title
 * always names both ranks.
 */
export function rankDelta(change: { rank: RankChange } | null): Delta | null {
  if (!change) return null;
  const move = rankMove(change.rank);
  const direction = move.kind === "up" ? "better" : move.kind === "down" ? "worse" : "same";
  const clause = upperFirst(rankMoveClause(move));
  // A clause that names both ranks ("Tụt từ 5/15 xuống 12/18") is its own title.
  const title = clause.includes(rankPair(move).split(" → ")[1]!) ? clause : `${clause}: ${rankPair(move)}`;
  return { text: rankMoveText(move), value: "", unit: "", direction, title };
}

/** The rank compared with, as the table shows it beside the change: "13/13", "thứ 9/20". */
export function previousRank(change: { rank: RankChange } | null): string {
  if (!change) return "—";
  const { kind, previousRank: rank, previousOf: of } = change.rank;
  return kind === "position" ? positionText({ rank, of }) : denseText({ rank, levels: of });
}

/** A published rank that differs from the computed one, as the page notes it. */
export function publishedNote(r: { position: { rank: number }; row: { publishedRank: number | null } }): string | null {
  const p = r.row.publishedRank;
  return p !== null && p !== r.position.rank ? `Văn bản công bố ghi thứ ${p}` : null;
}

/** "quý IV/2022", as a period's label sits in a sentence. */
export const periodLabelOf = (m: Model, key: string) => inSentence(m.service.get(key)!.label);
