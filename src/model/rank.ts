/**
 * Ranks as Vietnamese officials write them.
 * - A total is a position among units, competition style ("1224"): ties share a
 *   place and the next place skips. "thứ 9/20" = 8 units scored strictly higher.
 * - A field is a dense rank among distinct scores: "12/12 hạng" is the twelfth
 *   of twelve distinct score levels, i.e. last; equal scores share a rank.
 * Missing values (null) are not ranked and do not count in N or in the levels.
 */

export interface Position {
  rank: number;
  /** Number of ranked units. */
  of: number;
}

export interface DenseRank {
  rank: number;
  /** Number of distinct scores. */
  levels: number;
}

/** Scores equal to a millionth are equal: "87,75" read twice is one score, whatever float noise a sum adds. */
const key = (v: number) => Math.round(v * 1e6);

export function competitionRanks(values: readonly (number | null)[]): (Position | null)[] {
  const keys = values.filter((v): v is number => v !== null).map(key).sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  keys.forEach((k, i) => {
    if (!firstIndex.has(k)) firstIndex.set(k, i);
  });
  return values.map((v) => (v === null ? null : { rank: firstIndex.get(key(v))! + 1, of: keys.length }));
}

export function denseRanks(values: readonly (number | null)[]): (DenseRank | null)[] {
  const levels = [...new Set(values.filter((v): v is number => v !== null).map(key))].sort((a, b) => b - a);
  const rankOf = new Map(levels.map((k, i) => [k, i + 1]));
  return values.map((v) => (v === null ? null : { rank: rankOf.get(key(v))!, levels: levels.length }));
}

/** Last of several levels: there is somebody above and nobody below. */
export const isLast = (d: DenseRank) => d.levels > 1 && d.rank === d.levels;
/** First of several levels. */
export const isFirst = (d: DenseRank) => d.levels > 1 && d.rank === 1;
