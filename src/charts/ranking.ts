/** Every unit's score in one field, as a share of the maximum, with its dense rank. */
import * as Plot from "@observablehq/plot";
import { viNumber, viPercent } from "../data/locale.ts";
import type { WeakRule } from "../model/weak.ts";
import { base, finish, COLORS, layout, shareAxis, type Drawn, type Render } from "./chart.ts";
import { publishedLabel, publishedSentence } from "./mark.ts";

export interface RankingInput {
  id: string;
  title: string;
  field: string;
  max: number;
  /** `weak`: under the model's threshold, drawn as a line at `threshold.share`. */
  /** `published`: a document states this row's figures, while others in the chart are illustrative. */
  rows: { name: string; score: number; share: number; weak: boolean; rank: string; published?: boolean }[];
  threshold: WeakRule;
}

export function rankingChart(input: RankingInput, render: Render): Drawn {
  const { labels, small } = layout(render.width);
  const rows = [...input.rows].sort((a, b) => b.share - a.share || a.name.localeCompare(b.name, "vi"));
  const full = rows.filter((r) => r.score >= input.max).length;
  const weak = rows.filter((r) => r.weak).length;
  const description =
    `${input.field}: điểm của ${rows.length} đơn vị so với tối đa ${viNumber(input.max)}. ${full} đơn vị đạt điểm tối đa, ` +
    `${weak} đơn vị dưới ${input.threshold.label} (thanh đỏ cam); thấp nhất ${rows.at(-1)!.name} ${viNumber(rows.at(-1)!.score)} (${viPercent(rows.at(-1)!.share)}).` +
    publishedSentence(rows.filter((r) => r.published).map((r) => r.name));
  const svg = Plot.plot({
    ...base(render),
    height: rows.length * 20 + 64,
    marginTop: 28,
    marginLeft: labels,
    marginRight: (small ? 84 : 110) + (rows.some((r) => r.published) ? 64 : 0),
    marginBottom: 40,
    ariaLabel: input.title,
    x: shareAxis(0, small ? 2 : 5),
    y: { domain: rows.map((r) => r.name), label: null },
    marks: [
      Plot.barX(rows, { y: "name", x: "share", fill: (d) => (d.weak ? COLORS.vermillion : COLORS.blue), insetTop: 3, insetBottom: 3 }),
      Plot.ruleX([input.threshold.share], { stroke: "currentColor", strokeDasharray: "4,3" }),
      // The rule says what it is, above the bars: "75%" of the maximum, the report's weak-field line.
      Plot.text([input.threshold.share], { x: (d) => d, frameAnchor: "top", dy: -14, text: () => `Ngưỡng ${input.threshold.label}`, fill: "currentColor", fontSize: 10 }),
      Plot.text(rows, { y: "name", x: 1, text: (d) => publishedLabel(`${viNumber(d.score)} · ${d.rank.replace(" hạng", "")}`, d.published), dx: 6, textAnchor: "start", fill: "currentColor" }),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Đơn vị", "Điểm", "Tỷ lệ", "Xếp hạng"],
    rows: rows.map((r) => [r.name, `${viNumber(r.score)}/${viNumber(input.max)}`, viPercent(r.share), r.rank]),
  });
}
