/**
 * How a district chart marks the commune whose page it is on: its name gets an
 * arrow ("▶ Xã Đồng Tâm"), its row a shaded band, its mark a larger, outlined
 * shape. Shape and text say it as well as the shading, so it reads in print and
 * without colour.
 */
import * as Plot from "@observablehq/plot";

/** The arrow before the marked commune's name. */
export const MARK = "▶ ";

/** A name as a chart's axis writes it: with the arrow when it is the marked commune. */
export const markedName = (name: string, marked: string | null | undefined) => (name === marked ? MARK + name : name);

/** A faint band across the marked commune's row of a chart with a linear x scale from `x1` to `x2`. */
export function rowBand(marked: string | null | undefined, x1: number, x2: number): Plot.Markish[] {
  if (!marked) return [];
  return [Plot.barX([marked], { y: (d) => d, x1, x2, fill: "currentColor", fillOpacity: 0.1 })];
}

/** The sentence a description adds when a commune is marked. */
export const markedSentence = (marked: string | null | undefined) => (marked ? ` ${marked} được đánh dấu ▶.` : "");

/**
 * How a chart marks a figure a document states among illustrative ones: its value
 * label says "công bố", and the description names it, so the published point is
 * told apart from the illustrative ones in the drawing, in print and in a download.
 * `published` is set by the caller only where the chart mixes the two.
 */
export const PUBLISHED_TAG = " · công bố";

/** A value label, with the tag when the figure is published among illustrative ones. */
export const publishedLabel = (text: string, published: boolean | undefined) => (published ? text + PUBLISHED_TAG : text);

/** The sentence a description adds: which figures are published, the rest illustrative. */
export const publishedSentence = (names: string[]) =>
  names.length > 0 ? ` Số liệu công bố (theo văn bản): ${names.join(", ")}; các số liệu khác là minh họa.` : "";
