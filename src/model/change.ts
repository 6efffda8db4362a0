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

/**
 * Where a rank stands among its levels or units, from 0 (first) to 1 (last):
 * 5/15 and 12/18 are not 7 places apart on one scale, but at 0,29 and 0,65.
 */
export const relativePlace = (rank: number, of: number) => (of > 1 ? (rank - 1) / (of - 1) : 0);

/**
 * How a rank moved, honestly:
 * - "still-last" / "still-first": last (or first) of several levels both times; the report
 *   writes "không tăng bậc" for 13/13 → 12/12, which subtraction would call a gain;
 * - "up" / "down" / "same": by places when the two ranks count the same thing (positions,
 *   or dense ranks among as many levels), else by relative place, and then `places` is null
 *   and only both ranks can be shown ("1/5 → 7/18").
 */
export interface RankMove {
  kind: "still-last" | "still-first" | "up" | "down" | "same";
  /** Places gained (positive) or lost (negative), when the ranks are comparable by subtraction. */
  places: number | null;
  from: { rank: number; of: number };
  to: { rank: number; of: number };
}

const EPS = 1e-9;

export function rankMove(r: RankChange): RankMove {
  const from = { rank: r.previousRank, of: r.previousOf };
  const to = { rank: r.rank, of: r.of };
  const move = (kind: RankMove["kind"], places: number | null): RankMove => ({ kind, places, from, to });
  if (r.kind === "dense") {
    if (r.of > 1 && r.previousOf > 1 && r.rank === r.of && r.previousRank === r.previousOf) return move("still-last", null);
    if (r.of > 1 && r.previousOf > 1 && r.rank === 1 && r.previousRank === 1) return move("still-first", null);
    if (r.of !== r.previousOf) {
      const d = relativePlace(r.previousRank, r.previousOf) - relativePlace(r.rank, r.of);
      return move(d > EPS ? "up" : d < -EPS ? "down" : "same", null);
    }
  }
  return move(r.gained > 0 ? "up" : r.gained < 0 ? "down" : "same", r.gained);
}
