/** A dot plot of every unit's total, ranked, with band thresholds and the district median. */
import * as Plot from "@observablehq/plot";
import { viNumber, viStat } from "../data/locale.ts";
import { base, finish, COLORS, layout, xAxisTitle, type Drawn, type Render } from "./chart.ts";
import { markedName, markedSentence, publishedLabel, publishedSentence, rowBand } from "./mark.ts";

export interface TotalsInput {
  id: string;
  title: string;
  /** What is measured, in a sentence: "Tổng điểm Chỉ số CCHC năm 2022". */
  measure: string;
  /** `published`: a document states this row's figure, while others in the chart are illustrative. */
  rows: { name: string; value: number; position: string; published?: boolean }[];
  max: number;
  median: number;
  /** Band thresholds in points, with their labels. */
  thresholds: { value: number; label: string }[];
  /** The unit whose page the chart is on, marked among the others; null on the district's pages. */
  marked?: string | null;
}

export function totalsChart(input: TotalsInput, render: Render): Drawn {
  const { labels, small } = layout(render.width);
  const rows = [...input.rows].sort((a, b) => b.value - a.value);
  const low = Math.min(...rows.map((r) => r.value), ...input.thresholds.map((t) => t.value).filter((v) => v > 0));
  const from = Math.max(0, Math.floor((low - 3) / 5) * 5);
  const description =
    `${input.measure}: ${rows.length} đơn vị, cao nhất ${rows[0]!.name} ${viNumber(rows[0]!.value)}, ` +
    `thấp nhất ${rows.at(-1)!.name} ${viNumber(rows.at(-1)!.value)}, trung vị ${viStat(input.median)} trên ${viNumber(input.max)} điểm.` +
    (input.thresholds.length ? ` Vạch đứt: ngưỡng xếp loại ${input.thresholds.map((t) => `${viNumber(t.value)} (${t.label})`).join(", ")}.` : "") +
    (from > 0 ? ` Trục hoành bắt đầu từ ${viNumber(from)}.` : "") +
    markedSentence(input.marked) +
    publishedSentence(rows.filter((r) => r.published).map((r) => r.name));
  const marked = input.marked ?? null;
  const mine = rows.filter((r) => r.name === marked);
  const svg = Plot.plot({
    ...base(render),
    height: rows.length * 20 + 64,
    marginLeft: labels,
    // Room for a value label tagged "· công bố" when a published figure stands among illustrative ones.
    marginRight: rows.some((r) => r.published) ? 104 : 44,
    marginTop: 24,
    marginBottom: 40,
    ariaLabel: input.title,
    x: { domain: [from, input.max], grid: true, label: "Điểm", tickFormat: viNumber, ...xAxisTitle },
    y: { domain: rows.map((r) => r.name), label: null, tickFormat: (n: string) => markedName(n, marked) },
    marks: [
      ...rowBand(marked, from, input.max),
      ...input.thresholds
        .filter((t) => t.value > from)
        .flatMap((t) => [
          Plot.ruleX([t.value], { stroke: COLORS.grey, strokeDasharray: "4,3" }),
          // Along the rule, so that neighbouring thresholds never overlap; on a phone the description names them.
          ...(small
            ? []
            : [
                Plot.text([t], {
                  x: "value", frameAnchor: "bottom", rotate: -90, textAnchor: "start", dx: -4, dy: -4,
                  text: (d) => `≥ ${viNumber(d.value)}: ${d.label}`, fontSize: 10, fill: "currentColor",
                }),
              ]),
        ]),
      Plot.ruleX([input.median], { stroke: COLORS.orange, strokeWidth: 2 }),
      Plot.text([input.median], { x: (d) => d, frameAnchor: "top", dy: -12, text: (d) => `Trung vị ${viStat(d)}`, fill: "currentColor", fontSize: 10 }),
      Plot.ruleY(rows, { y: "name", x1: from, x2: "value", stroke: COLORS.grey, strokeOpacity: 0.5 }),
      Plot.dot(rows, { y: "name", x: "value", r: 4, fill: COLORS.blue, stroke: "currentColor", strokeWidth: 0.5 }),
      Plot.dot(mine, { y: "name", x: "value", r: 7, fill: COLORS.blue, stroke: "currentColor", strokeWidth: 2 }),
      Plot.text(rows.filter((r) => r.name !== marked), { y: "name", x: "value", text: (d) => publishedLabel(viNumber(d.value), d.published), dx: 8, textAnchor: "start", fill: "currentColor" }),
      Plot.text(mine, { y: "name", x: "value", text: (d) => publishedLabel(viNumber(d.value), d.published), dx: 11, textAnchor: "start", fill: "currentColor", fontWeight: "bold" }),
    ],
  });
  return finish(input, svg, description, render, { head: ["Đơn vị", "Điểm", "Xếp"], rows: rows.map((r) => [r.name, viNumber(r.value), r.position]) });
}
