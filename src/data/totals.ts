/** How a published total is checked against the values it adds up. */

/** Totals and their fields may differ by rounding to two decimals, no more. */
export const TOTAL_TOLERANCE = 0.01;
const EPSILON = 1e-9;

export const round2 = (n: number) => Math.round(n * 100 + EPSILON) / 100;

/** Whether a total and a sum differ by more than the rounding of two decimals. */
export function differs(total: number, sum: number): boolean {
  return Math.abs(total - sum) > TOTAL_TOLERANCE + EPSILON;
}

/** Whether a sum of some of the values exceeds the total by more than rounding. */
export function exceeds(sum: number, total: number): boolean {
  return sum > total + TOTAL_TOLERANCE + EPSILON;
}
