/** Service index charts: totals by period against the district median and range, and a unit's groups by period. */
import * as Plot from "@observablehq/plot";
import { viNumber, viPercent } from "../data/locale.ts";
import { base, finish, COLORS, layout, type Chart, type Render } from "./chart.ts";

export interface ServiceTrendInput {
  id: string;
  title: string;
  /** The unit drawn in blue, or null for the district alone. */
  unit: string | null;
  periods: string[];
  values: { period: string; total: number | null; median: number; min: number; max: number }[];
  max: number;
}

export function serviceTrendChart(input: ServiceTrendInput, render: Render): Omit<Chart, "narrowSvg"> {
  const { small } = layout(render.width);
  const own = input.values.filter((v) => v.total !== null) as { period: string; total: number; median: number }[];
  const last = input.values.at(-1)!;
  const description = input.unit
    ? `Điểm Chỉ số phục vụ của ${input.unit} qua ${own.length} kỳ (đường xanh liền, chấm tròn), so với trung vị huyện (đường cam đứt, chấm vuông) và khoảng từ thấp nhất đến cao nhất huyện (vùng xám).` +
      (own.length ? ` Kỳ gần nhất có số liệu (${own.at(-1)!.period}): ${viNumber(own.at(-1)!.total)}, trung vị ${viNumber(own.at(-1)!.median)}.` : "")
    : `Trung vị huyện (đường cam đứt) và khoảng từ thấp nhất đến cao nhất (vùng xám) của Chỉ số phục vụ qua ${input.values.length} kỳ. ${last.period}: trung vị ${viNumber(last.median)}, từ ${viNumber(last.min)} đến ${viNumber(last.max)}.`;
  const low = Math.min(...input.values.map((v) => v.min));
  const from = Math.max(0, Math.floor((low - 5) / 10) * 10);
  const legend = [
    { label: "Trung vị huyện", color: COLORS.orange, symbol: "square" },
    ...(input.unit ? [{ label: input.unit, color: COLORS.blue, symbol: "circle" }] : []),
  ];
  const svg = Plot.plot({
    ...base(render),
    height: small ? 260 : 300,
    marginRight: 24,
    marginLeft: 40,
    marginTop: 34,
    marginBottom: small ? 56 : 30,
    ariaLabel: input.title,
    x: { domain: input.periods, label: null, padding: 0.3, tickRotate: small ? -40 : 0 },
    y: { domain: [from, input.max], grid: true, label: "Điểm", tickFormat: viNumber },
    marks: [
      Plot.areaY(input.values, { x: "period", y1: "min", y2: "max", fill: COLORS.grey, fillOpacity: 0.25 }),
      Plot.lineY(input.values, { x: "period", y: "median", stroke: COLORS.orange, strokeWidth: 2, strokeDasharray: "6,4" }),
      Plot.dot(input.values, { x: "period", y: "median", fill: COLORS.orange, symbol: "square", r: 3 }),
      ...(input.unit
        ? [
            Plot.lineY(own, { x: "period", y: "total", stroke: COLORS.blue, strokeWidth: 2.5 }),
            Plot.dot(own, { x: "period", y: "total", fill: COLORS.blue, r: 4 }),
            Plot.text(own, { x: "period", y: "total", text: (d) => viNumber(d.total), dy: -12, fill: "currentColor", fontWeight: "bold" }),
          ]
        : []),
      ...legend.flatMap((l, i) => [
        Plot.dot([l], { frameAnchor: "top-left", dx: 4 + i * 130, dy: -22, fill: l.color, symbol: l.symbol, r: 4 }),
        Plot.text([l], { frameAnchor: "top-left", dx: 12 + i * 130, dy: -22, text: (d) => d.label, textAnchor: "start", fill: "currentColor" }),
      ]),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Kỳ", ...(input.unit ? [input.unit] : []), "Trung vị huyện", "Thấp nhất", "Cao nhất"],
    rows: input.values.map((v) => [v.period, ...(input.unit ? [v.total === null ? "—" : viNumber(v.total)] : []), viNumber(v.median), viNumber(v.min), viNumber(v.max)]),
  });
}

export interface GroupsInput {
  id: string;
  title: string;
  unit: string;
  periods: string[];
  groups: { label: string; max: number }[];
  cells: { period: string; group: string; score: number | null; share: number | null }[];
}

export function groupsChart(input: GroupsInput, render: Render): Omit<Chart, "narrowSvg"> {
  const { small } = layout(render.width);
  const missing = input.cells.filter((c) => c.score === null).length;
  const description =
    `Tỷ lệ điểm so với tối đa của ${input.unit} ở ${input.groups.length} nhóm chỉ số qua ${input.periods.length} kỳ; màu càng đậm, tỷ lệ càng cao.` +
    (missing ? ` ${missing} ô không có số liệu (không được công bố), ghi "—".` : "");
  const present = input.cells.filter((c) => c.share !== null) as { period: string; group: string; score: number; share: number }[];
  const svg = Plot.plot({
    ...base(render),
    height: input.groups.length * 30 + (small ? 90 : 50),
    marginLeft: small ? 110 : 170,
    marginTop: small ? 80 : 30,
    ariaLabel: input.title,
    x: { domain: input.periods, axis: "top", label: null, tickSize: 0, tickRotate: small ? -45 : 0 },
    y: { domain: input.groups.map((g) => g.label), label: null, tickSize: 0 },
    color: { type: "linear", scheme: "blues", domain: [0.5, 1], clamp: true },
    marks: [
      Plot.cell(input.cells, { x: "period", y: "group", fill: "none", stroke: COLORS.grey, strokeDasharray: "2,2", inset: 1 }),
      Plot.cell(present, { x: "period", y: "group", fill: "share", inset: 0.5 }),
      Plot.text(input.cells, {
        x: "period",
        y: "group",
        text: (d) => (d.score === null ? "—" : viNumber(d.score)),
        fill: (d) => (d.share !== null && d.share >= 0.85 ? "white" : d.share !== null ? "black" : "currentColor"),
        fontSize: small ? 10 : 12,
      }),
    ],
  });
  const cell = new Map(input.cells.map((c) => [`${c.period}\u0000${c.group}`, c]));
  return finish(input, svg, description, render, {
    head: ["Nhóm chỉ số", ...input.periods],
    rows: input.groups.map((g) => [
      `${g.label} (/${viNumber(g.max)})`,
      ...input.periods.map((p) => {
        const c = cell.get(`${p}\u0000${g.label}`);
        return c && c.score !== null ? `${viNumber(c.score)} (${viPercent(c.share!)})` : "—";
      }),
    ]),
  });
}
