/** How ranks, kinds and changes are written in Vietnamese reports. */
import { viNumber, viPercent } from "../data/locale.ts";
import type { UnitKind } from "../data/types.ts";
import type { RankMove } from "./change.ts";
import type { DenseRank, Position } from "./rank.ts";

/** "Trung vị" in plain words, where a page first uses it; `among` is what the table ranks ("huyện", "tỉnh"). */
export const medianExplained = (among = "huyện") =>
  `Trung vị ${among}: điểm của đơn vị đứng giữa khi xếp các đơn vị từ cao xuống thấp; ` +
  "một nửa số đơn vị đạt từ mức này trở lên, một nửa từ mức này trở xuống.";

/** "thứ 9/20" */
export const positionText = (p: Position) => `thứ ${p.rank}/${p.of}`;
/** "12/12 hạng" */
export const denseText = (d: DenseRank) => `${d.rank}/${d.levels} hạng`;
/** "87,75/100" */
export const scoreOf = (score: number, max: number) => `${viNumber(score)}/${viNumber(max)}`;

const WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/** 2 → "hai"; numbers above ten stay digits. */
export const countWord = (n: number) => WORDS[n] ?? String(n);

const KIND_ORDER: UnitKind[] = ["xã", "phường", "thị trấn", "đặc khu"];
/** The kinds present, as a report names the set: "xã, thị trấn". */
export const kindsPhrase = (kinds: Iterable<UnitKind>) => {
  const present = new Set(kinds);
  return KIND_ORDER.filter((k) => present.has(k)).join(", ");
};

/** "UBND xã", "UBND thị trấn" */
export const councilOf = (kind: UnitKind) => `UBND ${kind}`;

/** A label as it sits inside a sentence: "Hoàn thành tốt nhiệm vụ" → "hoàn thành tốt nhiệm vụ", "Quý I/2023" → "quý I/2023". */
export { lowerFirst as inSentence } from "../data/text.ts";

/** A change of share in percentage points: "+2,5 điểm phần trăm", "−13,6 điểm phần trăm". */
export const sharePointsText = (delta: number) => {
  const pp = Math.round(delta * 1000) / 10;
  return `${pp > 0 ? "+" : pp < 0 ? "\u2212" : ""}${viNumber(Math.abs(pp))} điểm phần trăm`;
};

/** "13/13 → 12/12": both ranks of a move, as the page shows them when places are not comparable. */
export const rankPair = (m: RankMove) => `${m.from.rank}/${m.from.of} → ${m.to.rank}/${m.to.of}`;

/**
 * A rank move in a few words, with one word for a change of rank ("bậc"), kept apart
 * from the rank itself ("12/12 hạng"): "vẫn cuối bảng", "vẫn dẫn đầu", "↑ 2 bậc",
 * "↓ 1/5 → 7/18" (levels differ: both ranks), "giữ nguyên".
 */
export function rankMoveText(m: RankMove): string {
  switch (m.kind) {
    case "still-last":
      return "vẫn cuối bảng";
    case "still-first":
      return "vẫn dẫn đầu";
    case "same":
      return m.places === null ? `tương đương (${rankPair(m)})` : "giữ nguyên";
    default: {
      const arrow = m.kind === "up" ? "↑" : "↓";
      return m.places === null ? `${arrow} ${rankPair(m)}` : `${arrow} ${Math.abs(m.places)} bậc`;
    }
  }
}

/** The same move as a sentence clause: "không tăng bậc", "tăng 2 bậc", "tụt từ 1/5 xuống 7/18". */
export function rankMoveClause(m: RankMove): string {
  switch (m.kind) {
    case "still-last":
      return "không tăng bậc";
    case "still-first":
      return "vẫn dẫn đầu";
    case "same":
      return m.places === null ? `tương đương (${rankPair(m)})` : "giữ nguyên thứ bậc";
    case "up":
      return m.places === null ? `từ ${m.from.rank}/${m.from.of} lên ${m.to.rank}/${m.to.of}` : `tăng ${m.places} bậc`;
    case "down":
      return m.places === null ? `tụt từ ${m.from.rank}/${m.from.of} xuống ${m.to.rank}/${m.to.of}` : `giảm ${-m.places} bậc`;
  }
}

export const shareText = (share: number) => viPercent(share);
