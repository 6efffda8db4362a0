/** One unit's total score over the years, each year labelled with its position, against the district median. */
import * as Plot from "@observablehq/plot";
import { viNumber, viStat } from "../data/locale.ts";
import { base, finish, COLORS, layout, type Drawn, type Render } from "./chart.ts";
import { publishedLabel, publishedSentence } from "./mark.ts";

export interface HistoryInput {
  id: string;
  title: string;
  /** What the statistics are of: "huyện", or "tỉnh" / "thành phố" for a province's ranking (../data/scope.ts scopeWord). */
  among: string;
  unit: string;
  /** Year by year: the unit's total and position as written ("thứ 9/20"), the district's median. */
  years: { year: number; total: number; position: string; median: number; published?: boolean }[];
  max: number;
}

export function historyChart(input: HistoryInput, render: Render): Drawn {
  const { small } = layout(render.width);
  const rows = input.years.map((y) => ({ ...y, label: String(y.year) }));
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const description =
    `Tổng điểm Chỉ số CCHC của ${input.unit} qua ${rows.length} năm (đường xanh liền, chấm tròn; nhãn ghi điểm và thứ hạng trong ${input.among}), ` +
    `so với trung vị ${input.among} (đường cam đứt, chấm vuông). Năm ${first.year}: ${viNumber(first.total)} điểm, ${first.position}; ` +
    `năm ${last.year}: ${viNumber(last.total)} điểm, ${last.position}.` +
    publishedSentence(rows.filter((r) => r.published).map((r) => `năm ${r.year}`));
  const low = Math.min(...rows.flatMap((r) => [r.total, r.median]));
  const from = Math.max(0, Math.floor((low - 10) / 10) * 10);
  // Each label goes on the side of its point away from the median line, so that labels and lines do not cross.
  const above = (r: { total: number; median: number }) => r.total >= r.median;
  const label = {
    x: "label", y: "total", fill: "currentColor", fontWeight: "bold", lineHeight: 1.1,
    text: (d: (typeof rows)[number]) => `${viNumber(d.total)}\n${publishedLabel(d.position, d.published)}`,
  } as const;
  const legend = [
    { label: input.unit, color: COLORS.blue, symbol: "circle" },
    { label: `Trung vị ${input.among}`, color: COLORS.orange, symbol: "square" },
  ];
  const svg = Plot.plot({
    ...base(render),
    height: small ? 260 : 280,
    marginLeft: 40,
    marginRight: small ? 36 : 60,
    marginTop: 44,
    marginBottom: 30,
    ariaLabel: input.title,
    x: { domain: rows.map((r) => r.label), label: null, padding: 0.4 },
    y: { domain: [from, input.max], grid: true, label: null, tickFormat: viNumber },
    marks: [
      Plot.lineY(rows, { x: "label", y: "median", stroke: COLORS.orange, strokeWidth: 2, strokeDasharray: "6,4" }),
      Plot.dot(rows, { x: "label", y: "median", fill: COLORS.orange, symbol: "square", r: 3 }),
      Plot.lineY(rows, { x: "label", y: "total", stroke: COLORS.blue, strokeWidth: 2.5 }),
      Plot.dot(rows, { x: "label", y: "total", fill: COLORS.blue, r: 4.5 }),
      Plot.text(rows.filter(above), { ...label, dy: -22 }),
      Plot.text(rows.filter((r) => !above(r)), { ...label, dy: 22 }),
      // Legend in the SVG (so the download stands alone), above the plot; the title says the unit is points.
      ...legend.flatMap((l, i) => [
        Plot.dot([l], { frameAnchor: "top-left", dx: 4 + i * (small ? 150 : 180), dy: -32, fill: l.color, symbol: l.symbol, r: 4 }),
        Plot.text([l], { frameAnchor: "top-left", dx: 12 + i * (small ? 150 : 180), dy: -32, text: (d) => d.label, textAnchor: "start", fill: "currentColor" }),
      ]),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Năm", "Tổng điểm", "Thứ hạng", `Trung vị ${input.among}`],
    rows: rows.map((r) => [r.label, `${viNumber(r.total)}/${viNumber(input.max)}`, r.position, viStat(r.median)]),
  });
}
