/** Changes and ranks as the pages write them: text, a direction for colour, and a plain title. */
import { viSigned } from "../data/locale.ts";
import type { Change } from "../model/par.ts";
import { sharePointsText } from "../model/wording.ts";

export interface Delta {
  text: string;
  /** better / worse / same: shown with an arrow and a word, colour only repeats them. */
  direction: "better" | "worse" | "same";
  title: string;
}

const EPS = 1e-9;

/** A score change: in points when the maxima are equal, else in percentage points of the maximum. */
export function scoreDelta(change: Change | null): Delta | null {
  if (!change) return null;
  const value = change.points ?? change.share;
  const direction = value > EPS ? "better" : value < -EPS ? "worse" : "same";
  const text = change.points !== null ? `${viSigned(change.points)} điểm` : sharePointsText(change.share);
  const title =
    change.points !== null
      ? `So với năm ${change.year}: ${text}`
      : `So với năm ${change.year}: ${text} (điểm tối đa khác nhau giữa hai năm nên so sánh tỷ lệ)`;
  return { text: direction === "same" ? "không đổi" : text, direction, title };
}

/** A rank change, where lower is better: "↑ 2 bậc" is an improvement. */
export function rankDelta(change: { rank: number; previousRank: number; previousOf: number; year?: number } | null, unit = "bậc"): Delta | null {
  if (!change) return null;
  const title = `Trước: ${change.previousRank}/${change.previousOf}`;
  if (change.rank > 0) return { text: `↑ ${change.rank} ${unit}`, direction: "better", title: `Tăng ${change.rank} ${unit}. ${title}` };
  if (change.rank < 0) return { text: `↓ ${-change.rank} ${unit}`, direction: "worse", title: `Giảm ${-change.rank} ${unit}. ${title}` };
  return { text: "giữ nguyên", direction: "same", title };
}

/** A plain signed number of points between two periods. */
export function pointsDelta(points: number, since: string): Delta {
  const direction = points > EPS ? "better" : points < -EPS ? "worse" : "same";
  return { text: direction === "same" ? "không đổi" : `${viSigned(points)} điểm`, direction, title: `So với ${since}: ${viSigned(points)} điểm` };
}

