/** A unit's service-index groups by period, each cell coloured by share of the group's maximum. */
import * as Plot from "@observablehq/plot";
import { viNumber, viPercent } from "../data/locale.ts";
import { base, finish, COLORS, layout, type Drawn, type Render } from "./chart.ts";

export interface GroupsInput {
  id: string;
  title: string;
  unit: string;
  periods: string[];
  groups: { label: string; max: number }[];
  cells: { period: string; group: string; score: number | null; share: number | null }[];
}

export function groupsChart(input: GroupsInput, render: Render): Drawn {
  const { small } = layout(render.width);
  const missing = input.cells.filter((c) => c.score === null).length;
  const description =
    `Tỷ lệ điểm so với tối đa của ${input.unit} ở ${input.groups.length} nhóm chỉ số qua ${input.periods.length} kỳ; màu càng đậm, tỷ lệ càng cao.` +
    (missing ? ` ${missing} ô không có số liệu (không được công bố), ghi "—".` : "");
  const present = input.cells.filter((c) => c.share !== null) as { period: string; group: string; score: number; share: number }[];
  const svg = Plot.plot({
    ...base(render),
    height: input.groups.length * 30 + (small ? 90 : 50),
    // Wide enough for the longest group name ("Công khai, minh bạch") at either width.
    marginLeft: small ? 128 : 170,
    marginTop: small ? 80 : 30,
    marginRight: small ? 4 : 20,
    ariaLabel: input.title,
    x: { domain: input.periods, axis: "top", label: null, tickSize: 0, tickRotate: small ? -90 : 0 },
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
