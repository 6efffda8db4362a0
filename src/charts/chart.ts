/**
 * What every chart is: an inline SVG drawn at build time by Plot (no script
 * needed to read it), its accessible name and text description, and the data
 * table it was drawn from, so that the figure and the table can never disagree.
 */
import { JSDOM } from "jsdom";
import { viPercent } from "../data/locale.ts";
import { compact } from "./compact.ts";
import { chartXml } from "./xml.ts";

export interface DataTable {
  head: string[];
  rows: string[][];
}

export interface Chart {
  /** Stable file-name-safe id, also the SVG download's name. */
  id: string;
  title: string;
  /** A plain-language description of what the chart shows, with its extremes. */
  description: string;
  /** Drawn for a desktop column ({@link WIDE}): the downloads (standalone SVG, PNG). */
  svg: string;
  /**
   * Drawn for a phone ({@link NARROW}): the one drawing a page inlines, scaled by its
   * viewBox to the column (on a desktop up to 1.25×, site.css).
   */
  narrowSvg: string;
  /**
   * The page inlines the wide drawing as well, shown on a desktop, where the phone's
   * layout differs in what it shows (the heat map's cells carry their scores only there).
   */
  wideOnPage: boolean;
  table: DataTable;
}

/** Widths charts are drawn at: a desktop column, and a 360 px phone (less the page's padding). */
export const WIDE = 720;
export const NARROW = 328;

export interface Render {
  width: number;
  document: Document;
}

/** What a chart module draws at one width. */
export type Drawn = Omit<Chart, "narrowSvg" | "wideOnPage">;

/** Draws a chart at both widths; `wideOnPage`: the page inlines both drawings (see {@link Chart}). */
export function responsive(build: (render: Render) => Drawn, wideOnPage = false): Chart {
  const document = svgDocument();
  const wide = build({ width: WIDE, document });
  return { ...wide, narrowSvg: build({ width: NARROW, document }).svg, wideOnPage };
}

/** Layout constants that shrink on a phone. */
export function layout(width: number) {
  const small = width < 500;
  return { small, fontSize: small ? 11 : 12, labels: small ? 136 : 160 };
}

let shared: Document | null = null;

/** The DOM Plot draws into at build time. */
export function svgDocument(): Document {
  shared ??= new JSDOM("<!doctype html><html><body></body></html>").window.document;
  return shared;
}

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
export const COLORS = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  purple: "#CC79A7",
  grey: "#8c96a0",
} as const;

/** Colours of successive years or series, in order, with a shape each so colour is never the only cue. */
export const SERIES = [
  { color: COLORS.sky, symbol: "circle" },
  { color: COLORS.orange, symbol: "square" },
  { color: COLORS.blue, symbol: "diamond" },
  { color: COLORS.vermillion, symbol: "triangle" },
  { color: COLORS.green, symbol: "star" },
] as const;

/**
 * The serialised SVG, as XML (its namespace declared by the serialiser), with the
 * page's font, so Vietnamese text renders in the self-hosted face.
 * It carries no <style> element and no style attribute, so that the site's
 * Content-Security-Policy can refuse inline styles (style-src 'self'): Plot's
 * stylesheet rules live in site.css, its font size and overflow become attributes.
 */
function serialize(svg: Element, ariaDescription: string, fontSize: number): string {
  if (svg.tagName.toLowerCase() !== "svg") throw new Error("charts must be a single <svg>: no HTML legends");
  const root = preparedRoot(svg, ariaDescription, fontSize);
  // Below the root, chartXml drops what stripped() removes, as it writes.
  return chartXml(root) ?? toXml(compact(stripped(root)));
}

/** The chart's root as serialised: no style or class, its font, size, overflow, role and description as attributes. */
export function preparedRoot(svg: Element, ariaDescription: string, fontSize: number): Element {
  svg.removeAttribute("style");
  svg.removeAttribute("class");
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("overflow", "visible");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-description", ariaDescription);
  svg.setAttribute("font-family", "'Be Vietnam Pro', system-ui, sans-serif");
  return svg;
}

/**
 * The drawing without Plot's <style> elements and style attributes, and without the aria-label
 * Plot gives its mark groups ("bar", "rule"): on a <g> without a role that is not allowed, and
 * the chart is one image (role="img") whose name and description say what it shows.
 */
function stripped(svg: Element): Element {
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const el of svg.querySelectorAll("[style]")) el.removeAttribute("style");
  for (const el of svg.querySelectorAll("[aria-label]")) el.removeAttribute("aria-label");
  return svg;
}

/**
 * An element as XML (not `outerHTML`, whose HTML serialisation writes entities such as
 * `&nbsp;` that XML does not define): the same string parses as a standalone SVG file
 * and, as foreign content, inline in an HTML page.
 */
export function toXml(el: Element): string {
  return new (svgDocument().defaultView!.XMLSerializer)().serializeToString(el);
}

/** The chart a builder returns: its drawing serialised, with what describes and tabulates it. */
export function finish(input: { id: string; title: string }, svg: Element, description: string, render: Render, table: DataTable): Drawn {
  return { id: input.id, title: input.title, description, svg: serialize(svg, description, layout(render.width).fontSize), table };
}

/** An x axis whose title sits centred under the ticks, clear of the last tick label. */
export const xAxisTitle = { labelAnchor: "center", labelArrow: "none", labelOffset: 34 } as const;

/** The x axis of a share of a field's maximum, from `from` to 100%, with `ticks` ticks. */
export function shareAxis(from: number, ticks: number) {
  return { domain: [from, 1], grid: true, label: "Tỷ lệ so với điểm tối đa", tickFormat: (d: number) => viPercent(d), ticks, ...xAxisTitle };
}

/** Base options of every chart at a width. */
export function base(render: Render) {
  return { document: render.document, width: render.width };
}
