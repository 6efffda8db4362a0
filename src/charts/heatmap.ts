/** Units × fields, each cell coloured by share of the field's maximum and labelled with the score. */
import { textWidth } from "./fonts.ts";
import * as Plot from "@observablehq/plot";
import { viNumber, viPercent } from "../data/locale.ts";
import type { WeakRule } from "../model/weak.ts";
import { base, finish, layout, type Drawn, type Render } from "./chart.ts";
import { markedName, markedSentence } from "./mark.ts";

export interface HeatmapInput {
  id: string;
  title: string;
  /** Row labels, top to bottom. */
  units: string[];
  /** Column labels, left to right, with maxima. */
  fields: { label: string; max: number }[];
  /** `weak`: under the model's threshold (named in the description). */
  cells: { unit: string; field: string; score: number; share: number; weak: boolean }[];
  threshold: WeakRule;
  /** The unit whose page the chart is on: its row is outlined and its name marked. */
  marked?: string | null;
}

/** Shares below this are drawn in the lightest colour: the scale spends its range where scores differ. */
const FLOOR = 0.5;
/**
 * Shades step by 2.5 points of share (21 from the floor to 100%), finer than an eye tells
 * apart, so that cells repeat their colour and the inline SVG stays small.
 */
const STEP = 0.025;
const shade = (share: number) => Math.round(share / STEP) * STEP;

/**
 * On a desktop every cell carries its score. On a phone all the columns still
 * show beside the names (cells coloured, no numbers: the data table below the
 * chart has them), their heads written upright.
 */
export function heatmapChart(input: HeatmapInput, render: Render): Drawn {
  const { small } = layout(render.width);
  const marked = input.marked ?? null;
  const weakest = [...input.cells].sort((a, b) => a.share - b.share)[0]!;
  const under = input.cells.filter((c) => c.weak).length;
  const description =
    `Bảng màu ${input.units.length} đơn vị × ${input.fields.length} lĩnh vực; màu càng đậm, tỷ lệ điểm so với tối đa càng cao ` +
    `(từ ${viPercent(FLOOR)} trở xuống cùng màu nhạt nhất). ${under} ô dưới ${input.threshold.label}; thấp nhất: ${weakest.unit}, ${weakest.field} ${viPercent(weakest.share)}.` +
    markedSentence(marked);
  const row = small ? 20 : 22;
  // Room for the longest name as drawn (a province's "Xã Nguyễn Lương Bằng"), at least the district's usual room.
  const longest = Math.max(...input.units.map((u) => textWidth(markedName(u, marked), small ? 11 : 12)));
  const marginLeft = Math.min(small ? 170 : 220, Math.max(small ? 124 : 150, Math.ceil(longest) + 8));
  const marginTop = small ? 136 : 120;
  const svg = Plot.plot({
    ...base(render),
    width: small ? render.width : Math.max(render.width, marginLeft + 10 + input.fields.length * 56),
    height: input.units.length * row + marginTop + 10,
    marginLeft,
    marginRight: small ? 2 : 20,
    marginTop,
    marginBottom: 10,
    ariaLabel: input.title,
    x: { domain: input.fields.map((f) => f.label), axis: "top", tickRotate: small ? -90 : -40, label: null, tickSize: 0 },
    y: { domain: input.units, label: null, tickSize: 0, tickFormat: (n: string) => markedName(n, marked) },
    color: { type: "linear", scheme: "blues", domain: [FLOOR, 1], clamp: true },
    marks: [
      Plot.cell(input.cells, { x: "field", y: "unit", fill: (d) => shade(d.share), inset: 0.5 }),
      ...(small
        ? []
        : [Plot.text(input.cells, { x: "field", y: "unit", text: (d) => viNumber(d.score), fill: (d) => (d.share >= 0.85 ? "white" : "black"), fontSize: 11 })]),
      ...(marked
        ? [Plot.cell(input.cells.filter((c) => c.unit === marked), { x: "field", y: "unit", fill: "none", stroke: "currentColor", strokeWidth: 2, inset: -1 })]
        : []),
    ],
  });
  const byCell = new Map(input.cells.map((c) => [`${c.unit}\u0000${c.field}`, c]));
  return finish(input, svg, description, render, {
    head: ["Đơn vị", ...input.fields.map((f) => `${f.label} (/${viNumber(f.max)})`)],
    rows: input.units.map((u) => [
      u,
      ...input.fields.map((f) => {
        const c = byCell.get(`${u}\u0000${f.label}`);
        return c ? viNumber(c.score) : "—";
      }),
    ]),
  });
}
