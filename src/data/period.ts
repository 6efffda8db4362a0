/**
 * Service-index periods: a month, quarter, half-year or year, written as keys
 * "2023-M03", "2023-Q1", "2023-H1", "2023" (file names and definitions use them).
 */

export type PeriodKind = "month" | "quarter" | "half" | "year";

export interface Period {
  key: string;
  kind: PeriodKind;
  year: number;
  /** Month, quarter or half number; 1 for a year. */
  n: number;
  /** First and last month (1-12) the period covers. */
  firstMonth: number;
  lastMonth: number;
}

const PATTERN = /^(\d{4})(?:-(?:(Q)([1-4])|(M)(0[1-9]|1[0-2])|(H)([12])))?$/i;
const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export function parsePeriod(key: string): Period | null {
  const m = PATTERN.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const [kind, n]: [PeriodKind, number] = m[2]
    ? ["quarter", Number(m[3])]
    : m[4]
      ? ["month", Number(m[5])]
      : m[6]
        ? ["half", Number(m[7])]
        : ["year", 1];
  const firstMonth = (n - 1) * LENGTH[kind] + 1;
  const canonical = kind === "year" ? `${year}` : `${year}-${kind[0]!.toUpperCase()}${kind === "month" ? String(n).padStart(2, "0") : n}`;
  return { key: canonical, kind, year, n, firstMonth, lastMonth: firstMonth + LENGTH[kind] - 1 };
}

/** Chronological by start, then shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.firstMonth - b.firstMonth || a.lastMonth - b.lastMonth;
}

/** Whether period p starts within [from, to] (to null: open-ended). */
export function periodWithin(p: Period, from: Period, to: Period | null): boolean {
  const start = p.year * 12 + p.firstMonth;
  return start >= from.year * 12 + from.firstMonth && (to === null || start <= to.year * 12 + to.lastMonth);
}

const ROMAN = ["I", "II", "III", "IV"];

/** "Quý I/2023", "Tháng 3/2023", "6 tháng đầu năm 2023", "Năm 2023". */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case "month":
      return `Tháng ${p.n}/${p.year}`;
    case "quarter":
      return `Quý ${ROMAN[p.n - 1]}/${p.year}`;
    case "half":
      return p.n === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case "year":
      return `Năm ${p.year}`;
  }
}

/** The span of dates a year or period covers, for checking that a unit existed then. */
export interface DateSpan {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function yearSpan(year: number): DateSpan {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** An ISO date moved by whole days: addDays("2025-07-01", -1) is "2025-06-30". */
export const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

export function periodSpan(p: Period): DateSpan {
  return { from: `${p.year}-${pad(p.firstMonth)}-01`, to: `${p.year}-${pad(p.lastMonth)}-${lastDay(p.year, p.lastMonth)}` };
}

/** Plausible years, for file names and configuration alike. */
export const YEARS = { from: 1990, to: 2100 } as const;

export const plausibleYear = (year: number) => Number.isInteger(year) && year >= YEARS.from && year <= YEARS.to;

/** The period of a file name's stem, which must be one whole key ("2023-Q1", any case), of a plausible year; else null. */
export function periodOfStem(stem: string): Period | null {
  if (stem !== stem.trim()) return null;
  const period = parsePeriod(stem.toUpperCase());
  return period && plausibleYear(period.year) ? period : null;
}

/** The year of a PAR file name's stem, which must be exactly four digits of a plausible year; else null. */
export function yearOfStem(stem: string): number | null {
  return /^\d{4}$/.test(stem) && plausibleYear(Number(stem)) ? Number(stem) : null;
}

const ROMAN_N: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The periods a title row names, as date spans: "NĂM 2021", "Quý I/2023",
 * "quý 2 năm 2023", "Tháng 3/2023", "6 tháng đầu năm 2023". Dates ("ngày 04 tháng 4
 * năm 2023", "04/4/2023") name no period and are skipped. `folded` is the title folded.
 */
export function periodsNamed(folded: string): DateSpan[] {
  const text = folded
    .replace(/\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/g, " ")
    .replace(/\b\d{1,2} \d{1,2} \d{4}\b/g, " ");
  const spans: DateSpan[] = [];
  const add = (key: string) => {
    const p = parsePeriod(key);
    if (p) spans.push(periodSpan(p));
  };
  for (const m of text.matchAll(/\bquy (iv|iii|ii|i|[1-4])(?: nam)? (\d{4})\b/g)) add(`${m[2]}-Q${ROMAN_N[m[1]!] ?? m[1]}`);
  for (const m of text.matchAll(/\b6 thang (dau|cuoi) nam (\d{4})\b/g)) add(`${m[2]}-H${m[1] === "dau" ? 1 : 2}`);
  for (const m of text.matchAll(/\b(?<!6 )thang (\d{1,2})(?: nam)? (\d{4})\b/g)) add(`${m[2]}-M${m[1]!.padStart(2, "0")}`);
  for (const m of text.matchAll(/\bnam (\d{4})\b/g)) add(m[1]!);
  return spans;
}

/** Whether two spans of dates share a day. */
export const overlaps = (a: DateSpan, b: DateSpan) => a.from <= b.to && a.to >= b.from;
