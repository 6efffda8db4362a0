/** Each field's share of its maximum across years: one row per field, a point per year, joined in order. */
import * as Plot from "@observablehq/plot";
import { viPercent } from "../data/locale.ts";
import { base, finish, layout, SERIES, shareAxis, type Drawn, type Render } from "./chart.ts";
import { publishedLabel, publishedSentence } from "./mark.ts";

export interface TrendInput {
  id: string;
  title: string;
  unit: string;
  fields: string[];
  years: number[];
  points: { field: string; year: number; share: number }[];
  /** Years whose figures a document states, while the other years are illustrative. */
  publishedYears?: number[];
}

export function trendChart(input: TrendInput, render: Render): Drawn {
  const { labels, small } = layout(render.width);
  const style = (year: number) => SERIES[input.years.indexOf(year) % SERIES.length]!;
  const at = new Map(input.points.map((p) => [`${p.field}\u0000${p.year}`, p]));
  const first = input.years[0]!;
  const last = input.years.at(-1)!;
  const change = input.fields.flatMap((field) => {
    const a = at.get(`${field}\u0000${first}`);
    const b = at.get(`${field}\u0000${last}`);
    return a && b ? [b.share - a.share] : [];
  });
  const description =
    `Tỷ lệ điểm so với tối đa của ${input.unit} ở từng lĩnh vực qua các năm ${input.years.join(", ")} ` +
    `(mỗi năm một màu và một hình). Từ ${first} đến ${last}: ${change.filter((d) => d > 0.005).length} lĩnh vực tăng, ` +
    `${change.filter((d) => d < -0.005).length} lĩnh vực giảm.` +
    publishedSentence((input.publishedYears ?? []).map((y) => `năm ${y}`));
  // Legend entries side by side from the SVG's left edge: 64 px a year, more for a year tagged "công bố".
  const legendAt = input.years.map((_, i) => input.years.slice(0, i).reduce((x, y) => x + (input.publishedYears?.includes(y) ? 140 : 64), 0));
  const links = input.fields.flatMap((field) => {
    const ps = input.points.filter((p) => p.field === field).sort((a, b) => a.year - b.year);
    return ps.slice(1).map((p, i) => ({ field, from: ps[i]!.share, to: p.share }));
  });
  const svg = Plot.plot({
    ...base(render),
    height: input.fields.length * 30 + 80,
    marginLeft: labels,
    marginRight: 24,
    marginTop: 36,
    marginBottom: 40,
    ariaLabel: input.title,
    x: shareAxis(Math.min(0.5, ...input.points.map((p) => p.share)), small ? 3 : 5),
    y: { domain: input.fields, label: null },
    symbol: { domain: input.years.map(String), range: input.years.map((y) => style(y).symbol) },
    marks: [
      Plot.link(links, { y1: "field", y2: "field", x1: "from", x2: "to", stroke: "currentColor", strokeOpacity: 0.4 }),
      Plot.dot(input.points, { y: "field", x: "share", symbol: (d) => String(d.year), fill: (d) => style(d.year).color, stroke: "currentColor", strokeWidth: 0.5, r: 5 }),
      // The legend is drawn inside the SVG, so that the download stands alone.
      ...input.years.flatMap((year, i) => [
        Plot.dot([year], { frameAnchor: "top-left", dx: legendAt[i]! - labels + 8, dy: -24, symbol: () => String(year), fill: style(year).color, stroke: "currentColor", strokeWidth: 0.5, r: 5 }),
        Plot.text([year], {
          frameAnchor: "top-left", dx: legendAt[i]! - labels + 18, dy: -24, textAnchor: "start", fill: "currentColor",
          text: () => publishedLabel(String(year), input.publishedYears?.includes(year)),
        }),
      ]),
    ],
  });
  return finish(input, svg, description, render, {
    head: ["Lĩnh vực", ...input.years.map(String)],
    rows: input.fields.map((field) => [field, ...input.years.map((y) => {
      const p = at.get(`${field}\u0000${y}`);
      return p ? viPercent(p.share) : "—";
    })]),
  });
}
