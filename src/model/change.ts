/**
 * Change on the previous period, in its one home: the same rule for a PAR year
 * (total and each field) and for a service-index period.
 *
 * - Points only when both periods have the same maximum; otherwise compare the
 *   shares of the maximum (field lists and maxima are versioned by year).
 * - The rank compared is the one the period publishes: a position among units
 *   ("thứ 9/20") for a total, a dense rank among score levels ("12/12 hạng") for a field.
 * - The change keeps the source of the row it compares with, so a page can say
 *   when a published figure is measured against an illustrative one.
 */

/** Where a unit stood in one period, on one measure. */
export interface Standing {
  score: number;
  max: number;
  /** Position (competition rank) or dense rank; lower is better. */
  rank: number;
  /** Units ranked (position) or score levels (dense rank). */
  of: number;
  /** The source of the row the figures come from. */
  sourceId: string;
}

export type RankKind = "position" | "dense";

export interface RankChange {
  kind: RankKind;
  rank: number;
  of: number;
  previousRank: number;
  previousOf: number;
  /** Places gained: previous rank minus current rank (positive is better). */
  gained: number;
}

export interface Change<Since> {
  /** The year or period compared with. */
  since: Since;
  /** Difference of scores, or null when the maxima differ. */
  points: number | null;
  /** Difference of shares of the maximum (0.05 = 5 percentage points). */
  share: number;
  rank: RankChange;
  /** The source of the previous period's row. */
  previousSourceId: string;
}

/** The change from `previous` to `current`, or null when there is nothing to compare with. */
export function change<Since>(since: Since, kind: RankKind, current: Standing, previous: Standing | undefined): Change<Since> | null {
  if (!previous) return null;
  return {
    since,
    points: current.max === previous.max ? current.score - previous.score : null,
    share: current.score / current.max - previous.score / previous.max,
    rank: {
      kind,
      rank: current.rank,
      of: current.of,
      previousRank: previous.rank,
      previousOf: previous.of,
      gained: previous.rank - current.rank,
    },
    previousSourceId: previous.sourceId,
  };
}
