/**
 * Which unit a code is on a date, and where units came from and went. A code may
 * name several units over time: a merged unit can keep one of its old codes (Xã Đồng
 * Tâm, 11203, and Thị trấn Ninh Giang became Thị trấn Ninh Giang, 11203; then Xã Ninh
 * Giang, 11203, in Hải Phòng). A unit is new on a date when units went into its code
 * that day from another code, or in part (a split); a code that only continues itself
 * (the same unit, perhaps renamed) is the same unit. Results are compared only between
 * a unit and itself.
 */
import type { LineageEvent } from "../data/types.ts";
import { unitStarts } from "../data/unit-starts.ts";
import { yearSpan } from "../data/period.ts";

/** An old unit's move into a new one, as a page tells it. */
export interface Move {
  date: string;
  code: string;
  part: "full" | "partial";
  resolution: string;
  note: string;
}

export class Lineage {
  readonly events: readonly LineageEvent[];
  /** code → the dates on which a new unit began under it, ascending (../data/unit-starts.ts). */
  readonly starts: ReadonlyMap<string, string[]>;

  constructor(events: readonly LineageEvent[]) {
    this.events = events;
    this.starts = unitStarts(events);
  }

  /** The date the unit a code names on `date` began (null: before any recorded change). */
  startOf(code: string, date: string): string | null {
    return (this.starts.get(code) ?? []).filter((d) => d <= date).at(-1) ?? null;
  }

  /** Whether a code names the same unit on both dates. */
  same(code: string, a: string, b: string): boolean {
    return this.startOf(code, a) === this.startOf(code, b);
  }

  /** Whether a code names the same unit at the end of both years (a year's table holds the units of its last day). */
  sameInYears(code: string, a: number, b: number): boolean {
    return this.same(code, yearSpan(a).to, yearSpan(b).to);
  }

  /** The units the unit named by `code` on `date` was formed from (none if it was not formed by a recorded change). */
  formedFrom(code: string, date: string): Move[] {
    const start = this.startOf(code, date);
    if (start === null) return [];
    return this.events.filter((e) => e.newCode === code && e.date === start).map((e) => move(e, e.oldCode));
  }

  /** Where the unit named by `code` on `date` went: the first recorded change out of it after that date. */
  wentInto(code: string, date: string): Move[] {
    const out = this.events.filter((e) => e.oldCode === code && e.date > date && !(e.newCode === code && !this.starts.get(code)?.includes(e.date)));
    const first = out.map((e) => e.date).sort()[0];
    return out.filter((e) => e.date === first).map((e) => move(e, e.newCode));
  }
}

const move = (e: LineageEvent, code: string): Move => ({ date: e.date, code, part: e.part, resolution: e.resolution, note: e.note });
