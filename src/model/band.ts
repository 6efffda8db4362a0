/** Classification bands (data: definitions/bands.csv): the highest band whose threshold the share reaches. */
import type { Band, IndexKind } from "../data/types.ts";

export function bandsFor(bands: readonly Band[], index: IndexKind, year: number): Band[] {
  return bands
    .filter((b) => b.index === index && b.fromYear <= year && (b.toYear === null || year <= b.toYear))
    .sort((a, b) => b.minPercent - a.minPercent);
}

export function bandFor(bands: readonly Band[], index: IndexKind, year: number, share: number): Band | null {
  // Shares are compared in hundredths of a percent, so that 90 % of 100 points is exactly 90.
  const percent = Math.round(share * 10000) / 100;
  return bandsFor(bands, index, year).find((b) => percent >= b.minPercent) ?? null;
}
