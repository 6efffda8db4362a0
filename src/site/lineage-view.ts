/**
 * Where a unit came from and where it went, as its page tells it: the units it was
 * formed from, with their own results (their results, never its trend), and the unit
 * it went into, each linked. Both walk the lineage (../model/lineage.ts) to the units
 * that have results, a few steps at most.
 */
import type { Atlas } from "../model/atlas.ts";
import type { Move } from "../model/lineage.ts";
import { positionText } from "../model/wording.ts";
import { scopeName, unitLabel } from "../data/scope.ts";
import { viNumber } from "../data/locale.ts";
import { addDays, yearSpan } from "../data/period.ts";
import { paths, unitHref } from "./paths.ts";
import { isIllustrative, viDate } from "./sources.ts";

const DEPTH = 3;
const dayBefore = (iso: string) => addDays(iso, -1);

/** A step of the lineage as a page shows it: the unit, the date, the resolution. */
function step(a: Atlas, move: Move, on: string) {
  const unit = a.index.resolve(move.code, { from: on, to: on })!;
  return {
    code: move.code,
    name: unitLabel(unit),
    date: viDate(move.date),
    partial: move.part === "partial",
    resolution: move.resolution || null,
    note: move.note,
  };
}

/** A predecessor's results: each year it has, in the scope that ranked it, linked. */
function resultsOf(a: Atlas, code: string, before: string) {
  return a.unitYears(code)
    .filter((y) => yearSpan(y).to < before && a.lineage.same(code, yearSpan(y).to, dayBefore(before)))
    .map((y) => {
      const m = a.modelOf(code, y)!;
      const r = m.par.get(y)!.byUnit.get(code)!;
      return {
        year: y,
        href: unitHref(m, code, y)!,
        total: viNumber(r.total),
        position: `${positionText(r.position)} ${scopeName(m.scope)}`,
        illustrative: isIllustrative(r.row.sourceId, m.sources),
      };
    });
}

export interface Predecessor extends ReturnType<typeof step> {
  results: ReturnType<typeof resultsOf>;
  from: Predecessor[];
}

function predecessors(a: Atlas, code: string, date: string, depth: number): Predecessor[] {
  if (depth === 0) return [];
  const start = a.lineage.startOf(code, date);
  if (start === null) return [];
  const before = dayBefore(start);
  return a.lineage.formedFrom(code, date).map((move) => ({
    ...step(a, move, before),
    results: resultsOf(a, move.code, start),
    from: predecessors(a, move.code, before, depth - 1),
  }));
}

/** Where the unit went, step by step, until a unit with results (linked) or the end of the lineage. */
function successors(a: Atlas, code: string, date: string) {
  const chain: (ReturnType<typeof step> & { href: string | null })[][] = [];
  let current = [{ code, date }];
  for (let i = 0; i < DEPTH && current.length > 0; i++) {
    const moves = current.flatMap((c) => a.lineage.wentInto(c.code, c.date));
    if (moves.length === 0) break;
    chain.push(moves.map((mv) => ({ ...step(a, mv, mv.date), href: laterPage(a, mv.code, mv.date) })));
    current = moves.filter((mv) => laterPage(a, mv.code, mv.date) === null).map((mv) => ({ code: mv.code, date: mv.date }));
  }
  return chain;
}

/** The page of a code's first result from `date` on (the unit it names then), if it has one. */
function laterPage(a: Atlas, code: string, date: string): string | null {
  const years = a.unitYears(code);
  const year = years.find((y) => yearSpan(y).to >= date && a.lineage.same(code, date, yearSpan(y).to));
  return year === undefined ? null : paths.unit(code, year, years.at(-1)!);
}

export function lineageView(a: Atlas, code: string, year: number) {
  const end = yearSpan(year).to;
  return { formedFrom: predecessors(a, code, end, DEPTH), wentInto: successors(a, code, end) };
}

export type LineageView = ReturnType<typeof lineageView>;

/**
 * Where a unit with no district (from 2025) used to be, for filtering a province's ranking:
 * the district of the units it was formed from, "Ninh Giang (cũ)", or "nhiều huyện cũ" when they differ.
 */
export function formerDistrict(a: Atlas, code: string, year: number): string {
  const date = yearSpan(year).to;
  const start = a.lineage.startOf(code, date);
  if (start === null) return "";
  const before = dayBefore(start);
  const names = new Set(a.lineage.formedFrom(code, date).map((mv) => a.index.resolve(mv.code, { from: before, to: before })?.districtName ?? ""));
  const [only] = names;
  return names.size === 1 && only ? `${only} (cũ)` : "nhiều huyện cũ";
}
