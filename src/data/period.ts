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

export function periodSpan(p: Period): DateSpan {
  return { from: `${p.year}-${pad(p.firstMonth)}-01`, to: `${p.year}-${pad(p.lastMonth)}-${lastDay(p.year, p.lastMonth)}` };
}
