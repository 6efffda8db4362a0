/** Changes and ranks as the pages write them: text, a direction for colour, and a plain title. */
import { viSigned } from "../data/locale.ts";
import { sharePointsText } from "../model/wording.ts";

export interface Delta {
  text: string;
  /** better / worse / same: shown with an arrow and a word, colour only repeats them. */
  direction: "better" | "worse" | "same";
  title: string;
}

const EPS = 1e-9;

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
  return { text: direction === "same" ? "không đổi" : text, direction, title };
}

/** A rank change, where lower is better: "↑ 2 bậc" is an improvement. */
export function rankDelta(change: { rank: number; previousRank: number; previousOf: number } | null, unit = "bậc"): Delta | null {
  if (!change) return null;
  const title = `Trước: ${change.previousRank}/${change.previousOf}`;
  if (change.rank > 0) return { text: `↑ ${change.rank} ${unit}`, direction: "better", title: `Tăng ${change.rank} ${unit}. ${title}` };
  if (change.rank < 0) return { text: `↓ ${-change.rank} ${unit}`, direction: "worse", title: `Giảm ${-change.rank} ${unit}. ${title}` };
  return { text: "giữ nguyên", direction: "same", title };
}
