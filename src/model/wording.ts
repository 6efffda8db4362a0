/** How ranks, kinds and changes are written in Vietnamese reports. */
import { viNumber, viPercent } from "../data/locale.ts";
import type { UnitKind } from "../data/types.ts";
import type { DenseRank, Position } from "./rank.ts";

/** "thứ 9/20" */
export const positionText = (p: Position) => `thứ ${p.rank}/${p.of}`;
/** "12/12 hạng" */
export const denseText = (d: DenseRank) => `${d.rank}/${d.levels} hạng`;
/** "87,75/100" */
export const scoreOf = (score: number, max: number) => `${viNumber(score)}/${viNumber(max)}`;

const WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/** 2 → "hai"; numbers above ten stay digits. */
export const countWord = (n: number) => WORDS[n] ?? String(n);

const KIND_ORDER: UnitKind[] = ["xã", "phường", "thị trấn"];
/** The kinds present, as a report names the set: "xã, thị trấn". */
export const kindsPhrase = (kinds: Iterable<UnitKind>) => {
  const present = new Set(kinds);
  return KIND_ORDER.filter((k) => present.has(k)).join(", ");
};

/** "UBND xã", "UBND thị trấn" */
export const councilOf = (kind: UnitKind) => `UBND ${kind}`;

/** A label as it sits inside a sentence: "Hoàn thành tốt nhiệm vụ" → "hoàn thành tốt nhiệm vụ", "Quý I/2023" → "quý I/2023". */
export { lowerFirst as inSentence } from "../data/text.ts";

/** A change of share in percentage points: "+2,5 điểm %", "−13,6 điểm %". */
export const sharePointsText = (delta: number) => {
  const pp = Math.round(delta * 1000) / 10;
  return `${pp > 0 ? "+" : pp < 0 ? "\u2212" : ""}${viNumber(Math.abs(pp))} điểm %`;
};

export const shareText = (share: number) => viPercent(share);
