/**
 * `npm run bench:site`'s verdict: each measure against the issue's targets and against what was measured when
 * bench/floors.json was committed. A target not met then is known: only getting worse than that measure (by more
 * than the tolerance) is a regression. A target met then must stay met.
 */
export interface SizeResult {
  units: number;
  pages: number;
  buildMs: number;
  rebuildMs: number;
  peakRssMB: number;
  distBytes: number;
  bytesPerPage: number;
  unitYearPages: number;
  /** The whole site's bytes divided by its unit-year pages (what one unit-year costs the host). */
  bytesPerUnitYearPage: number;
  /** The bytes of a unit-year page's HTML alone, on average. */
  unitYearPageBytes: number;
  floorBuildMs: number;
  floorRebuildMs: number;
  floorPeakRssMB: number;
  buildOverFloor: number;
  rebuildOverFloor: number;
  /** The build failed (its measures are then those of the failed run): why. */
  failed?: string;
}

type Measure = "failed" | "buildOverFloor" | "rebuildOverFloor" | "peakRssMB" | "bytesPerUnitYearPage" | "growth";

export interface Floors {
  targets: Record<Exclude<Measure, "failed">, number>;
  /** Measures whose target was not met when the floors were committed, by size: the value then. */
  known: Record<string, Partial<Record<Measure, number>>>;
  /** How much worse than a known value is still noise (1.15: 15 %). */
  tolerance: number;
}

/** Time growth from one size to the next, as a multiple of the growth in units (1 = linear). */
function growth(results: SizeResult[]): { units: number; value: number }[] {
  return results.slice(1).map((r, i) => {
    const prev = results[i]!;
    return { units: r.units, value: Math.round(((r.buildMs / prev.buildMs) / (r.units / prev.units)) * 100) / 100 };
  });
}

export function check(results: SizeResult[], floors: Floors): { lines: string[]; unmet: number; regressions: number } {
  const lines: string[] = [];
  let unmet = 0;
  let regressions = 0;
  const judge = (units: number, measure: Measure, value: number, target: number) => {
    if (value <= target) return;
    unmet++;
    const known = floors.known[String(units)]?.[measure];
    if (known !== undefined && value <= known * floors.tolerance) {
      lines.push(`bench:site: ${units} units: ${measure} ${value} > target ${target} (known: ${known} when the floors were committed)`);
    } else {
      regressions++;
      lines.push(`bench:site: REGRESSION ${units} units: ${measure} ${value} > target ${target}${known !== undefined ? ` and > ${known} × ${floors.tolerance}` : ""}`);
    }
  };
  const t = floors.targets;
  for (const r of results) {
    if (r.failed) {
      judge(r.units, "failed", 1, 0);
      continue;
    }
    judge(r.units, "buildOverFloor", r.buildOverFloor, t.buildOverFloor);
    judge(r.units, "rebuildOverFloor", r.rebuildOverFloor, t.rebuildOverFloor);
    judge(r.units, "peakRssMB", r.peakRssMB, t.peakRssMB);
    judge(r.units, "bytesPerUnitYearPage", r.bytesPerUnitYearPage, t.bytesPerUnitYearPage);
  }
  // "2× units ≤ 2.1× time": growth per unit of growth in units ≤ 2.1 / 2.
  for (const g of growth(results.filter((r) => !r.failed))) judge(g.units, "growth", g.value, t.growth);
  if (unmet === 0) lines.push("bench:site: every target met");
  return { lines, unmet, regressions };
}
