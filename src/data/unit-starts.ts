/**
 * The rule of what makes a unit new (one home, for the reader and the model's lineage): a code names
 * a new unit from a date when units went into it that day from another code, or in part (a split).
 * A code that only continues itself (the same unit, renamed or not) is the same unit.
 */
import type { LineageEvent } from "./types.ts";

/** code → the dates on which a new unit began under it, ascending. */
export function unitStarts(events: readonly LineageEvent[]): Map<string, string[]> {
  const byTarget = new Map<string, LineageEvent[]>();
  for (const e of events) byTarget.set(`${e.newCode}|${e.date}`, [...(byTarget.get(`${e.newCode}|${e.date}`) ?? []), e]);
  const starts = new Map<string, string[]>();
  for (const [key, list] of byTarget) {
    const [code, date] = key.split("|") as [string, string];
    if (list.some((e) => e.oldCode !== code || e.part === "partial")) starts.set(code, [...(starts.get(code) ?? []), date].sort());
  }
  return starts;
}
