/**
 * What the compare page (/so-sanh/) draws with JavaScript, as one static JSON file
 * (/so-sanh.json) loaded by that page only: for each year, every unit's total,
 * position, band, change and field scores with their "X/Y hạng"; for each service
 * period, every unit's score and position; the district medians as the reference.
 * Everything is worded here, at build time, by the project's own wording.
 */
import { viNumber, viStat } from "../data/locale.ts";
import { scopeWord } from "../data/scope.ts";
import { latestYear, type Model } from "../model/model.ts";
import { denseText, positionText } from "../model/wording.ts";
import { scoreDelta } from "./format.ts";
import { unitHref } from "./paths.ts";
import { isIllustrative } from "./sources.ts";

export interface CompareData {
  latestYear: number;
  /** What the medians are of: "huyện", or "tỉnh" / "thành phố" from 2025. */
  among: string;
  /** [code, name, href] of every unit with a page, in the model's order. */
  units: [string, string, string][];
  years: Record<string, CompareYear>;
  periods: ComparePeriod[];
}

export interface CompareYear {
  max: number;
  /** Median total, as text, and as a share of the maximum. */
  median: [string, number];
  /** The maximum as the pages write it ("18,5"). */
  maxText: string;
  fields: { code: string; name: string; max: string; median: [string, number] }[];
  units: Record<string, CompareUnitYear>;
}

export interface CompareUnitYear {
  total: string;
  share: number;
  position: string;
  band: string;
  /** The change on the previous year: its text and direction, or null. */
  change: [string, "better" | "worse" | "same"] | null;
  illustrative: boolean;
  /** For each field of the year, in order: [score, share of the maximum, "X/Y hạng"]. */
  fields: [string, number, string][];
}

export interface ComparePeriod {
  label: string;
  max: string;
  median: [string, number];
  /** By unit: [score, share of the maximum, "thứ X/N", illustrative]. */
  units: Record<string, [string, number, string, boolean]>;
}

export function compareData(m: Model): CompareData {
  const units: CompareData["units"] = [];
  for (const [code, h] of m.units) {
    const href = unitHref(m, code);
    if (href) units.push([code, h.unit.name, href]);
  }
  const years: CompareData["years"] = {};
  for (const [year, py] of m.par) {
    years[year] = {
      max: py.totalMax,
      maxText: viNumber(py.totalMax),
      median: [viStat(py.totalStats.median), py.totalStats.median / py.totalMax],
      fields: py.fields.map((f) => {
        const median = py.fieldStats.get(f.code)!.median;
        return { code: f.code, name: f.name, max: viNumber(f.max), median: [viStat(median), median / f.max] };
      }),
      units: Object.fromEntries(
        py.results.map((r) => {
          const change = scoreDelta(r.change, `năm ${r.change?.since}`);
          return [
            r.unit.code,
            {
              total: viNumber(r.total),
              share: r.share,
              position: positionText(r.position),
              band: r.band?.label ?? "",
              change: change ? [change.text, change.direction] : null,
              illustrative: isIllustrative(r.row.sourceId, m.sources),
              fields: py.fields.map((f) => {
                const x = r.fields.find((y) => y.def.code === f.code)!;
                return [viNumber(x.score), x.share, denseText(x.dense)];
              }),
            },
          ];
        }),
      ),
    };
  }
  const periods = m.periods.map((p) => {
    const sp = m.service.get(p.key)!;
    return {
      label: sp.label,
      max: viNumber(sp.totalMax),
      median: [viStat(sp.totalStats.median), sp.totalStats.median / sp.totalMax] as [string, number],
      units: Object.fromEntries(
        sp.results.map((r) => [r.unit.code, [viNumber(r.total), r.total / sp.totalMax, positionText(r.position), isIllustrative(r.row.sourceId, m.sources)] as [string, number, string, boolean]]),
      ),
    };
  });
  return { latestYear: latestYear(m), among: scopeWord(m.scope), units, years, periods };
}
