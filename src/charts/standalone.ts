/**
 * A chart as a file that travels alone (a download, a picture pasted into a report):
 * the drawing with its title above it, a "minh họa" label where its figures are
 * illustrative, and its source line below, all drawn inside the image. Nothing is
 * left to a stylesheet (the site's CSS does not travel with the file): colours, font
 * and sizes are attributes, and the text wraps to the chart's width by the face's
 * own advance widths (fonts.ts). Serialised as XML, so it parses whatever the text.
 */
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

/** Attribute values and text escaped as XML serialisers write them (w3c-xmlserializer: the bytes stay those of a DOM serialised). */
const attrValue = (v: string) =>
  v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");
const textValue = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const attrList = (attrs: Record<string, string | number>) => Object.entries(attrs).map(([k, v]) => ` ${k}="${attrValue(String(v))}"`).join("");

/** An element as XML: its attributes in order, then its text or its children (none: self-closed). */
function el(name: string, attrs: Record<string, string | number>, content: string | string[] = ""): string {
  const inner = typeof content === "string" ? textValue(content) : content.join("");
  return inner ? `<${name}${attrList(attrs)}>${inner}</${name}>` : `<${name}${attrList(attrs)}/>`;
}

/**
 * A line's length is the one measured in the self-hosted face: where a reader's machine
 * lacks it and draws a wider face, the line is drawn narrower rather than past the edge.
 */
const fitted = (text: string, size: number, weight: Weight) => ({ textLength: textWidth(text, size, weight).toFixed(1), lengthAdjust: "spacingAndGlyphs" });

/** Lines of text from a top edge, `extra` attributes after the style's; returns the element and the height used. */
function lines(texts: string[], x: number, top: number, style: { size: number; line: number; weight: Weight }, fill: string, extra: Record<string, string> = {}) {
  const spans = texts.map((t, i) => el("tspan", { x, y: top + style.size + i * style.line, ...fitted(t, style.size, style.weight) }, t));
  return { node: el("text", { x, "font-size": style.size, "font-weight": style.weight, fill, ...extra }, spans), height: texts.length * style.line };
}

/** The "minh họa" badge and its sentence, on a tinted band; returns the band and its height. */
function label(share: "some" | "all", width: number, top: number) {
  const badgeWidth = Math.ceil(textWidth(BADGE_TEXT, NOTE.size, 700)) + 12;
  const text = wrap(ILLUSTRATIVE_NOTE[share], width - badgeWidth - 24, NOTE.size);
  const height = text.length * NOTE.line + 10;
  const node = el("g", { "data-illustrative": share }, [
    el("rect", { x: PAD, y: top, width, height, rx: 6, fill: BADGE.bg }),
    el("rect", { x: PAD + 6, y: top + 5, width: badgeWidth, height: NOTE.line, rx: 4, fill: "#ffffff", stroke: BADGE.fg, "stroke-width": 1 }),
    el("text", { x: PAD + 12, y: top + 5 + NOTE.size, "font-size": NOTE.size, "font-weight": 700, fill: BADGE.fg, ...fitted(BADGE_TEXT, NOTE.size, 700) }, BADGE_TEXT),
    lines(text, PAD + badgeWidth + 18, top + 3, NOTE, BADGE.fg).node,
  ]);
  return { node, height };
}

/** The opening tag of a chart's SVG (chart.ts: serialised by the XML serialiser, one namespace declaration, values escaped). */
const OPEN = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"((?: [^\s="<>]+="[^"<>]*")*)>/;

/**
 * The chart's drawing to nest in the file: its own attributes in order, less its role and description (the file's are
 * the root's) and its namespace (inherited); its content as it is. `at(y)` places it (x, y and colour set).
 */
function nested(input: StandaloneInput): { width: number; height: number; at: (y: number) => string } {
  const open = OPEN.exec(input.svg);
  if (!open || !input.svg.endsWith("</svg>")) throw new Error(`${input.id}: the chart's SVG is not one <svg> element as chart.ts writes it`);
  const attrs = new Map([...open[1]!.matchAll(/ ([^=]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as const));
  attrs.delete("role");
  attrs.delete("aria-description");
  const body = input.svg.slice(open[0].length);
  const at = (y: number) => {
    for (const [k, v] of [["x", String(PAD)], ["y", String(y)], ["color", INK]] as const) attrs.set(k, attrValue(v));
    return `<svg${[...attrs].map(([k, v]) => ` ${k}="${v}"`).join("")}>${body}`;
  };
  return { width: Number(attrs.get("width")), height: Number(attrs.get("height")), at };
}

/** The standalone SVG (without the XML declaration) and its size in px. */
export function standaloneSvg(input: StandaloneInput): { svg: string; width: number; height: number } {
  const chart = nested(input);
  const width = chart.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts = [el("title", {}, input.title), el("desc", {}, input.description), el("rect", { width: "100%", height: "100%", fill: "#ffffff" })];
  let y = PAD;
  const title = lines(wrap(input.title, inner, TITLE.size, TITLE.weight), PAD, y, TITLE, INK, { "data-part": "title" });
  parts.push(title.node);
  y += title.height + 6;
  if (input.illustrative !== "none") {
    const band = label(input.illustrative, inner, y);
    parts.push(band.node);
    y += band.height + 8;
  }
  parts.push(chart.at(y));
  y += chart.height + 8;
  const source = lines(wrap(input.source, inner, SOURCE.size), PAD, y, SOURCE, MUTED, { "data-part": "source" });
  parts.push(source.node);
  const height = Math.ceil(y + source.height + PAD);
  const root = { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "font-family": `'${FAMILY}', system-ui, sans-serif`, color: INK, "data-chart": input.id };
  return { svg: el("svg", root, parts), width, height };
}
