/** Every field as a strip of the district's units (share of the maximum), with one unit marked: where it stands in each field. */
import * as Plot from "@observablehq/plot";
import { viPercent } from "../data/locale.ts";
import type { WeakRule } from "../model/weak.ts";
import { base, finish, COLORS, layout, shareAxis, type Drawn, type Render } from "./chart.ts";
import { MARK } from "./mark.ts";

export interface StripsInput {
  id: string;
  title: string;
  /** What the statistics are of: "huyện", or "tỉnh" / "thành phố" for a province's ranking (../data/scope.ts scopeWord). */
  among: string;
  /** The unit marked among the others. */
  unit: string;
  fields: string[];
  /** Every unit's share of each field's maximum; `rank` is the marked unit's rank as written ("12/12 hạng"). */
  points: { field: string; unit: string; share: number }[];
  ranks: Map<string, string>;
  threshold: WeakRule;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function stripsChart(input: StripsInput, render: Render): Drawn {
  const { labels, small } = layout(render.width);
  const others = input.points.filter((p) => p.unit !== input.unit);
  const mine = input.points.filter((p) => p.unit === input.unit);
  const stats = input.fields.map((field) => {
    const shares = input.points.filter((p) => p.field === field).map((p) => p.share);
    const own = mine.find((p) => p.field === field)?.share ?? null;
    return { field, own, median: median(shares), min: Math.min(...shares), max: Math.max(...shares), units: shares.length };
  });
  const above = stats.filter((s) => s.own !== null && s.own > s.median + 1e-9).length;
  const below = stats.filter((s) => s.own !== null && s.own < s.median - 1e-9).length;
  const description =
    `Mỗi hàng một lĩnh vực; mỗi chấm xám nhỏ là một đơn vị trong ${input.among}, chấm xanh lớn có viền (${MARK.trim()}) là ${input.unit}, ` +
    `vạch đứt là ngưỡng ${input.threshold.label} điểm tối đa. ${input.unit} cao hơn trung vị ${input.among} ở ${above} lĩnh vực, thấp hơn ở ${below} lĩnh vực.`;
  const from = Math.max(0, Math.floor(Math.min(0.5, ...input.points.map((p) => p.share)) * 10) / 10);
  const svg = Plot.plot({
    ...base(render),
    height: input.fields.length * 30 + 72,
    marginLeft: labels,
    marginRight: small ? 48 : 56,
    marginTop: 28,
    marginBottom: 40,
    ariaLabel: input.title,
    x: shareAxis(from, small ? 3 : 5),
    y: { domain: input.fields, label: null },
    marks: [
      Plot.ruleX([input.threshold.share], { stroke: "currentColor", strokeDasharray: "4,3" }),
      Plot.text([input.threshold.share], { x: (d) => d, frameAnchor: "top", dy: -14, text: () => `Ngưỡng ${input.threshold.label}`, fill: "currentColor", fontSize: 10 }),
      Plot.dot(others, { y: "field", x: "share", r: 3.5, fill: COLORS.grey, fillOpacity: 0.6 }),
      Plot.dot(mine, { y: "field", x: "share", r: 7, fill: COLORS.blue, stroke: "currentColor", strokeWidth: 2 }),
      // The marked unit's value in the right margin, clear of the dots.
      Plot.text(mine, { y: "field", x: 1, text: (d) => viPercent(d.share), dx: 10, textAnchor: "start", fill: "currentColor", fontWeight: "bold" }),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Lĩnh vực", input.unit, "Xếp hạng", `Trung vị ${input.among}`, `Thấp nhất ${input.among}`, `Cao nhất ${input.among}`],
    rows: stats.map((s) => [s.field, s.own === null ? "—" : viPercent(s.own), input.ranks.get(s.field) ?? "—", viPercent(s.median), viPercent(s.min), viPercent(s.max)]),
  });
}
