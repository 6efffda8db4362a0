/** District statistics of a field or total: min, median, mean, best (d3's). */
import { max, mean, median, min } from "d3";

export interface Stats {
  n: number;
  min: number;
  median: number;
  mean: number;
  best: number;
}

export function stats(values: readonly (number | null)[]): Stats | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return { n: present.length, min: min(present)!, median: median(present)!, mean: mean(present)!, best: max(present)! };
}
