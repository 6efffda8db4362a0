/** One unit's fields as shares of their maxima, with the district median and best marked, and the line of the model's weak-field threshold (75 %). */
import * as Plot from "@observablehq/plot";
import { viNumber, viPercent } from "../data/locale.ts";
import type { WeakRule } from "../model/weak.ts";
import { base, finish, COLORS, layout, shareAxis, type Drawn, type Render } from "./chart.ts";

export interface ProfileInput {
  id: string;
  title: string;
  /** What the statistics are of: "huyện", or "tỉnh" / "thành phố" for a province's ranking (../data/scope.ts scopeWord). */
  among: string;
  unit: string;
  /** `weak`: under the model's threshold, drawn as a line at `threshold.share`. */
  fields: { label: string; score: number; max: number; share: number; weak: boolean; medianShare: number; bestShare: number }[];
  threshold: WeakRule;
}

export function profileChart(input: ProfileInput, render: Render): Drawn {
  const { labels, small } = layout(render.width);
  const { share: threshold, label: under } = input.threshold;
  const weak = input.fields.filter((f) => f.weak);
  const description =
    `Tỷ lệ điểm so với tối đa của ${input.unit} ở ${input.fields.length} lĩnh vực (thanh; đỏ cam khi dưới ${under}), ` +
    `so với trung vị ${input.among} (vạch cam) và cao nhất ${input.among} (vòng tròn). ` +
    (weak.length ? `Dưới ${under}: ${weak.map((f) => `${f.label} ${viPercent(f.share)}`).join(", ")}.` : `Không lĩnh vực nào dưới ${under}.`);
  const svg = Plot.plot({
    ...base(render),
    height: input.fields.length * 30 + 64,
    marginLeft: labels,
    marginRight: small ? 74 : 80,
    marginTop: 24,
    marginBottom: 40,
    ariaLabel: input.title,
    x: shareAxis(0, small ? 3 : 5),
    y: { domain: input.fields.map((f) => f.label), label: null },
    marks: [
      Plot.barX(input.fields, { y: "label", x: "share", fill: (d) => (d.weak ? COLORS.vermillion : COLORS.blue), insetTop: 6, insetBottom: 6 }),
      Plot.ruleX([threshold], { stroke: "currentColor", strokeDasharray: "4,3" }),
      Plot.text([threshold], { x: (d) => d, frameAnchor: "top", dy: -12, text: () => under, fill: "currentColor", fontSize: 10 }),
      Plot.tickX(input.fields, { y: "label", x: "medianShare", stroke: COLORS.orange, strokeWidth: 3 }),
      Plot.dot(input.fields, { y: "label", x: "bestShare", r: 4, stroke: "currentColor", strokeWidth: 1.5, fill: "none" }),
      Plot.text(input.fields, { y: "label", x: 1, text: (d) => `${viNumber(d.score)}/${viNumber(d.max)}`, dx: 10, textAnchor: "start", fill: "currentColor" }),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Lĩnh vực", "Điểm", "Tỷ lệ", `Trung vị ${input.among}`, `Cao nhất ${input.among}`],
    rows: input.fields.map((f) => [f.label, `${viNumber(f.score)}/${viNumber(f.max)}`, viPercent(f.share), viPercent(f.medianShare), viPercent(f.bestShare)]),
  });
}
