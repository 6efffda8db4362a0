/**
 * A chart as a file that travels alone (a download, a picture pasted into a report):
 * the drawing with its title above it, a "minh họa" label where its figures are
 * illustrative, and its source line below, all drawn inside the image. Nothing is
 * left to a stylesheet (the site's CSS does not travel with the file): colours, font
 * and sizes are attributes, and the text wraps to the chart's width by the face's
 * own advance widths (fonts.ts). Serialised as XML, so it parses whatever the text.
 */
import { svgDocument, toXml } from "./chart.ts";
import { FAMILY, textWidth, type Weight } from "./fonts.ts";

const SVG = "http://www.w3.org/2000/svg";
const PAD = 16;
const INK = "#1a1a1a";
const MUTED = "#4d4d4d";
const BADGE = { bg: "#fff3c4", fg: "#5c4500" };
const TITLE = { size: 16, line: 22, weight: 700 as Weight };
const NOTE = { size: 12, line: 17, weight: 400 as Weight };
const SOURCE = { size: 11, line: 15, weight: 400 as Weight };

/** What the label says: "all" or "some" of the figures are illustrative. */
export const ILLUSTRATIVE_NOTE = {
  all: "Toàn bộ số liệu của biểu đồ là số liệu minh họa, không phải số liệu công bố.",
  some: "Một phần số liệu của biểu đồ là số liệu minh họa, không phải số liệu công bố: nguồn của từng phần ghi dưới biểu đồ.",
} as const;
export const BADGE_TEXT = "minh họa";

export interface StandaloneInput {
  id: string;
  title: string;
  description: string;
  /** The chart's serialised SVG (chart.ts), drawn at its own width. */
  svg: string;
  illustrative: "none" | "some" | "all";
  /** The source line, as one sentence ("Nguồn: …"). */
  source: string;
}

/** Greedy word wrap to a width in px, at ordinary spaces (a no-break space holds its words together). */
export function wrap(text: string, width: number, size: number, weight: Weight = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A line's length is the one measured in the self-hosted face: where a reader's machine
 * lacks it and draws a wider face, the line is drawn narrower rather than past the edge.
 */
const fitted = (text: string, size: number, weight: Weight) => ({ textLength: textWidth(text, size, weight).toFixed(1), lengthAdjust: "spacingAndGlyphs" });

/** Lines of text from a top edge; returns the element and the height used. */
function lines(doc: Document, texts: string[], x: number, top: number, style: { size: number; line: number; weight: Weight }, fill: string) {
  const g = el(doc, "text", { x, "font-size": style.size, "font-weight": style.weight, fill });
  texts.forEach((t, i) => g.append(el(doc, "tspan", { x, y: top + style.size + i * style.line, ...fitted(t, style.size, style.weight) }, t)));
  return { node: g, height: texts.length * style.line };
}

/** The "minh họa" badge and its sentence, on a tinted band; returns the band and its height. */
function label(doc: Document, share: "some" | "all", width: number, top: number) {
  const g = el(doc, "g", { "data-illustrative": share });
  const badgeWidth = Math.ceil(textWidth(BADGE_TEXT, NOTE.size, 700)) + 12;
  const text = wrap(ILLUSTRATIVE_NOTE[share], width - badgeWidth - 24, NOTE.size);
  const height = text.length * NOTE.line + 10;
  g.append(el(doc, "rect", { x: PAD, y: top, width, height, rx: 6, fill: BADGE.bg }));
  g.append(el(doc, "rect", { x: PAD + 6, y: top + 5, width: badgeWidth, height: NOTE.line, rx: 4, fill: "#ffffff", stroke: BADGE.fg, "stroke-width": 1 }));
  g.append(el(doc, "text", { x: PAD + 12, y: top + 5 + NOTE.size, "font-size": NOTE.size, "font-weight": 700, fill: BADGE.fg, ...fitted(BADGE_TEXT, NOTE.size, 700) }, BADGE_TEXT));
  g.append(lines(doc, text, PAD + badgeWidth + 18, top + 3, NOTE, BADGE.fg).node);
  return { node: g, height };
}

/** The standalone SVG (without the XML declaration) and its size in px. */
export function standaloneSvg(input: StandaloneInput): { svg: string; width: number; height: number } {
  const doc = svgDocument();
  const chart = new (doc.defaultView!.DOMParser)().parseFromString(input.svg, "image/svg+xml").documentElement;
  if (chart.tagName !== "svg" || chart.namespaceURI !== SVG) throw new Error(`${input.id}: the chart's SVG does not parse`);
  const chartWidth = Number(chart.getAttribute("width"));
  const chartHeight = Number(chart.getAttribute("height"));
  const width = chartWidth + 2 * PAD;
  const inner = width - 2 * PAD;
  const root = el(doc, "svg", { width, height: 0, viewBox: "", role: "img", "font-family": `'${FAMILY}', system-ui, sans-serif`, color: INK, "data-chart": input.id });
  root.append(el(doc, "title", {}, input.title), el(doc, "desc", {}, input.description));
  const background = el(doc, "rect", { width: "100%", height: "100%", fill: "#ffffff" });
  root.append(background);
  let y = PAD;
  const title = lines(doc, wrap(input.title, inner, TITLE.size, TITLE.weight), PAD, y, TITLE, INK);
  title.node.setAttribute("data-part", "title");
  root.append(title.node);
  y += title.height + 6;
  if (input.illustrative !== "none") {
    const band = label(doc, input.illustrative, inner, y);
    root.append(band.node);
    y += band.height + 8;
  }
  chart.removeAttribute("role");
  chart.removeAttribute("aria-description");
  chart.setAttribute("x", String(PAD));
  chart.setAttribute("y", String(y));
  chart.setAttribute("color", INK);
  root.append(doc.importNode(chart, true));
  y += chartHeight + 8;
  const source = lines(doc, wrap(input.source, inner, SOURCE.size), PAD, y, SOURCE, MUTED);
  source.node.setAttribute("data-part", "source");
  root.append(source.node);
  const height = Math.ceil(y + source.height + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { svg: toXml(root), width, height };
}
