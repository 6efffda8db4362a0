/** Changes and ranks as the pages write them: text, a direction for colour, and a plain title. */
import { viSigned } from "../data/locale.ts";
import type { RankChange } from "../model/change.ts";
import type { Model } from "../model/model.ts";
import { inSentence, sharePointsText } from "../model/wording.ts";

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
export function rankDelta(change: { rank: RankChange } | null, unit = "bậc"): Delta | null {
  if (!change) return null;
  const { gained, previousRank, previousOf } = change.rank;
  const title = `Trước: ${previousRank}/${previousOf}`;
  if (gained > 0) return { text: `↑ ${gained} ${unit}`, direction: "better", title: `Tăng ${gained} ${unit}. ${title}` };
  if (gained < 0) return { text: `↓ ${-gained} ${unit}`, direction: "worse", title: `Giảm ${-gained} ${unit}. ${title}` };
  return { text: "giữ nguyên", direction: "same", title };
}

/** A published rank that differs from the computed one, as the page notes it. */
export function publishedNote(r: { position: { rank: number }; row: { publishedRank: number | null } }): string | null {
  const p = r.row.publishedRank;
  return p !== null && p !== r.position.rank ? `Văn bản công bố ghi thứ ${p}` : null;
}

/** "quý IV/2022", as a period's label sits in a sentence. */
export const periodLabelOf = (m: Model, key: string) => inSentence(m.service.get(key)!.label);
