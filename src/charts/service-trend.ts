/** Service index by period: a unit's total (or the district alone) against the district median and range. */
import * as Plot from "@observablehq/plot";
import { viNumber, viStat } from "../data/locale.ts";
import { base, finish, COLORS, layout, type Drawn, type Render } from "./chart.ts";
import { publishedLabel, publishedSentence } from "./mark.ts";

export interface ServiceTrendInput {
  id: string;
  title: string;
  /** What the statistics are of: "huyện", or "tỉnh" / "thành phố" for a province's ranking (../data/scope.ts scopeWord). */
  among: string;
  /** The unit drawn in blue, or null for the district alone. */
  unit: string | null;
  periods: string[];
  values: { period: string; total: number | null; median: number; min: number; max: number; published?: boolean }[];
  max: number;
}

export function serviceTrendChart(input: ServiceTrendInput, render: Render): Drawn {
  const { small } = layout(render.width);
  const own = input.values.filter((v) => v.total !== null) as { period: string; total: number; median: number; published?: boolean }[];
  const last = input.values.at(-1)!;
  const latest = own.at(-1);
  const description = input.unit
    ? `Điểm Chỉ số phục vụ của ${input.unit} qua ${own.length} kỳ (đường xanh liền, chấm tròn), ` +
      `so với trung vị ${input.among} (đường cam đứt, chấm vuông) và khoảng từ thấp nhất đến cao nhất ${input.among} (vùng xám).` +
      (latest ? ` Kỳ gần nhất có số liệu (${latest.period}): ${viNumber(latest.total)}, trung vị ${viStat(latest.median)}.` : "") +
      publishedSentence(own.filter((v) => v.published).map((v) => v.period))
    : `Trung vị ${input.among} (đường cam đứt) và khoảng từ thấp nhất đến cao nhất (vùng xám) của Chỉ số phục vụ qua ${input.values.length} kỳ. ` +
      `${last.period}: trung vị ${viStat(last.median)}, từ ${viNumber(last.min)} đến ${viNumber(last.max)}.`;
  const valueLabel = {
    x: "period", y: "total", fill: "currentColor", fontWeight: "bold",
    text: (d: (typeof own)[number]) => publishedLabel(viNumber(d.total), d.published),
  } as const;
  const low = Math.min(...input.values.map((v) => v.min));
  const from = Math.max(0, Math.floor((low - 5) / 10) * 10);
  const legend = [
    { label: `Trung vị ${input.among}`, color: COLORS.orange, symbol: "square" },
    ...(input.unit ? [{ label: input.unit, color: COLORS.blue, symbol: "circle" }] : []),
  ];
  const svg = Plot.plot({
    ...base(render),
    height: small ? 260 : 300,
    marginRight: 24,
    // On a phone the first period's slanted label reaches left of its tick: room for it, however the drawing is scaled.
    marginLeft: small ? 48 : 40,
    marginTop: 34,
    // Room for the period names, slanted on a phone.
    marginBottom: small ? 72 : 30,

    ariaLabel: input.title,
    x: { domain: input.periods, label: null, padding: 0.3, tickRotate: small ? -40 : 0 },
    // No axis title: it would sit on the legend; the title and the table say the values are points.
    y: { domain: [from, input.max], grid: true, label: null, tickFormat: viNumber },
    marks: [
      Plot.areaY(input.values, { x: "period", y1: "min", y2: "max", fill: COLORS.grey, fillOpacity: 0.25 }),
      Plot.lineY(input.values, { x: "period", y: "median", stroke: COLORS.orange, strokeWidth: 2, strokeDasharray: "6,4" }),
      Plot.dot(input.values, { x: "period", y: "median", fill: COLORS.orange, symbol: "square", r: 3 }),
      ...(input.unit
        ? [
            Plot.lineY(own, { x: "period", y: "total", stroke: COLORS.blue, strokeWidth: 2.5 }),
            Plot.dot(own, { x: "period", y: "total", fill: COLORS.blue, r: 4 }),
            // Each value on the side of its point away from the median line, so that it sits on no line.
            Plot.text(own.filter((d) => d.total >= d.median), { ...valueLabel, dy: -13 }),
            Plot.text(own.filter((d) => d.total < d.median), { ...valueLabel, dy: 15 }),
          ]
        : []),
      ...legend.flatMap((l, i) => [
        Plot.dot([l], { frameAnchor: "top-left", dx: 4 + i * 130, dy: -22, fill: l.color, symbol: l.symbol, r: 4 }),
        Plot.text([l], { frameAnchor: "top-left", dx: 12 + i * 130, dy: -22, text: (d) => d.label, textAnchor: "start", fill: "currentColor" }),
      ]),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Kỳ", ...(input.unit ? [input.unit] : []), `Trung vị ${input.among}`, "Thấp nhất", "Cao nhất"],
    rows: input.values.map((v) => [v.period, ...(input.unit ? [v.total === null ? "—" : viNumber(v.total)] : []), viStat(v.median), viNumber(v.min), viNumber(v.max)]),
  });
}
