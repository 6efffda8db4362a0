/**
 * The hand-written chart serialiser (src/charts/xml.ts) writes, byte for byte, what the
 * old path wrote: strip the drawing in the DOM, compact it, jsdom's XMLSerializer. That
 * path is kept here, verbatim, as the reference. Every chart of the demo, at both widths,
 * is compared (each drawing cloned before chart.ts serialises it), and so are hand-made
 * trees with what the demo does not draw; trees the writer cannot write exactly must fall
 * back to the reference path.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { finish, layout, preparedRoot, svgDocument, WIDE, type Drawn } from "../src/charts/chart.ts";
import { forgetCharts } from "../src/charts/chart-cache.ts";
import { chartXml, escapeAttribute, escapeText } from "../src/charts/xml.ts";
import { chartFiles } from "../src/site/chart-files.ts";
import { demoFiles, read } from "./helpers.ts";

// ---- The reference: serialize() and compact() as they were before xml.ts ----

const GEOMETRY = new Set(["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "dx", "dy", "width", "height", "d", "transform", "points", "viewBox"]);
const COLOR = new Set(["fill", "stroke", "color"]);
const FRACTION = /-?\d*\.\d+(?:e-?\d+)?(?![\d.a-z%])/g;

function half(n: string): string {
  const r = Math.round(Number(n) * 2) / 2;
  return String(Object.is(r, -0) ? 0 : r);
}

const hex2 = (n: string) => Number(n).toString(16).padStart(2, "0");

function oldAttributes(el: Element): void {
  for (const { name, value } of [...el.attributes]) {
    if (GEOMETRY.has(name)) {
      const rounded = value.replace(FRACTION, half);
      if (rounded !== value) el.setAttribute(name, rounded);
    } else if (COLOR.has(name)) {
      const rgb = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(value);
      if (rgb) el.setAttribute(name, `#${hex2(rgb[1]!)}${hex2(rgb[2]!)}${hex2(rgb[3]!)}`);
    }
  }
}

const TICK = { transform: /^translate\((-?[\d.]+),(-?[\d.]+)\)$/, d: /^M0,0L(-?[\d.]+),(-?[\d.]+)$/ };

function oldMergeTicks(g: Element): void {
  const paths = [...g.children];
  if (paths.length < 2 || paths.some((p) => p.tagName !== "path" || p.attributes.length !== 2)) return;
  let d = "";
  for (const p of paths) {
    const at = TICK.transform.exec(p.getAttribute("transform") ?? "");
    const to = TICK.d.exec(p.getAttribute("d") ?? "");
    if (!at || !to) return;
    d += `M${at[1]},${at[2]}l${to[1]},${to[2]}`;
  }
  for (const p of paths.slice(1)) p.remove();
  paths[0]!.removeAttribute("transform");
  paths[0]!.setAttribute("d", d);
}

function oldCompact(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")]) oldAttributes(el);
  for (const g of root.querySelectorAll("g")) oldMergeTicks(g);
}

/** serialize() of src/charts/chart.ts before xml.ts. */
function reference(svg: Element, ariaDescription: string, fontSize: number): string {
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const el of [svg, ...svg.querySelectorAll("[style]")]) el.removeAttribute("style");
  svg.removeAttribute("class");
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("overflow", "visible");
  for (const el of svg.querySelectorAll("[aria-label]")) if (el !== svg) el.removeAttribute("aria-label");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-description", ariaDescription);
  svg.setAttribute("font-family", "'Be Vietnam Pro', system-ui, sans-serif");
  oldCompact(svg);
  return new (svgDocument().defaultView!.XMLSerializer)().serializeToString(svg);
}

// ---- Every drawing chart.ts serialises, with what the reference and chartXml write for a copy ----

interface Seen {
  id: string;
  width: number;
  got: string;
  want: string;
  fast: string | null;
}

const seen = vi.hoisted(() => [] as Seen[]);

vi.mock("../src/charts/chart.ts", async (importOriginal) => {
  const chart = await importOriginal<typeof import("../src/charts/chart.ts")>();
  const wrapped: typeof chart.finish = (input, svg, description, render, table) => {
    const fontSize = chart.layout(render.width).fontSize;
    const forReference = svg.cloneNode(true) as Element;
    const forFast = preparedRoot(svg.cloneNode(true) as Element, description, fontSize);
    const drawn = chart.finish(input, svg, description, render, table);
    seen.push({ id: input.id, width: render.width, got: drawn.svg, want: reference(forReference, description, fontSize), fast: chartXml(forFast) });
    return drawn;
  };
  return { ...chart, finish: wrapped };
});

beforeAll(() => {
  process.env.CCHC_CHART_CACHE = "off";
  forgetCharts();
});
afterAll(() => {
  delete process.env.CCHC_CHART_CACHE;
  forgetCharts();
});

describe("chart XML", () => {
  it("is the old serialisation, byte for byte, for every chart of the demo at both widths, without falling back", async () => {
    const model = (await read(demoFiles())).model!;
    seen.length = 0;
    const files = chartFiles(model);
    expect(files.length).toBeGreaterThan(100);
    expect(seen.length).toBe(files.length * 2);
    expect(new Set(seen.map((s) => s.width))).toEqual(new Set([720, 328]));
    for (const s of seen) {
      expect(s.got, `${s.id} at ${s.width}`).toBe(s.want);
      expect(s.fast, `${s.id} at ${s.width}: chartXml`).toBe(s.want);
    }
    // The drawings hold what the writer must get right: merged ticks, rounding, hex colours.
    const all = seen.map((s) => s.got).join("");
    expect(/ d="M[\d.-]+,[\d.-]+l[\d.-]+,[\d.-]+M/.test(all), "merged ticks").toBe(true);
    expect(/ fill="#[0-9a-f]{6}"/.test(all), "rgb() as hex").toBe(true);
    expect(/="[^"]*\d\.5[ ,")]/.test(all), "halves").toBe(true);
  }, 120_000);
});

// ---- Hand-made trees ----

const SVG = "http://www.w3.org/2000/svg";
const XLINK = "http://www.w3.org/1999/xlink";

type Child = Node | string;

/** An SVG element with attributes (in order) and children (a string is a text node). */
function h(name: string, attrs: Record<string, string> = {}, ...children: Child[]): Element {
  const doc = svgDocument();
  const el = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === "string" ? doc.createTextNode(c) : c);
  return el;
}

/** The tree serialised by chart.ts (through finish), checked against the reference; chartXml's own answer. */
function both(svg: Element): { got: string; fast: string | null } {
  const description = 'Mô tả "có" <ngoặc> & xuống\ndòng';
  const fontSize = layout(WIDE).fontSize;
  const want = reference(svg.cloneNode(true) as Element, description, fontSize);
  const fast = chartXml(preparedRoot(svg.cloneNode(true) as Element, description, fontSize));
  const drawn: Drawn = finish({ id: "x", title: "x" }, svg, description, { width: WIDE, document: svgDocument() }, { head: [], rows: [] });
  expect(drawn.svg).toBe(want);
  return { got: drawn.svg, fast };
}

/** Checks that chartXml writes the tree itself, and exactly as the reference does. */
function same(svg: Element): string {
  const { got, fast } = both(svg);
  expect(fast).toBe(got);
  return got;
}

const tick = (x: string, extra: Record<string, string> = {}) => h("path", { transform: `translate(${x},0)`, d: "M0,0L0,6.0000001", ...extra });

describe("chart XML, hand-made trees", () => {
  it("escapes text (& < >, not quotes) and keeps non-breaking spaces and Vietnamese as they are", () => {
    const out = same(h("svg", { class: "plot-1", style: "x" }, h("text", {}, "Xã Đồng Tâm & <b> \"q\" 'a' 1\u00a0234\u00a0%")));
    expect(out).toContain("<text>Xã Đồng Tâm &amp; &lt;b&gt; \"q\" 'a' 1\u00a0234\u00a0%</text>");
  });

  it("escapes attribute values: & \" < > and tab, newline, CR", () => {
    const out = same(h("svg", { "aria-label": 'A "b"\n<c>\t&\rd' }, h("g", { "data-x": "1\n2", fill: "rgb(10, 76, 146)" })));
    expect(out).toContain('aria-label="A &quot;b&quot;&#xA;&lt;c&gt;&#x9;&amp;&#xD;d"');
    expect(out).toContain('data-x="1&#xA;2"');
    expect(out).toContain('fill="#0a4c92"');
    expect(escapeAttribute("'")).toBe("'");
    expect(escapeText('"\t')).toBe('"\t');
  });

  it("writes an empty text node as an open element, a childless one as <tag/>", () => {
    const out = same(h("svg", {}, h("text", { x: "1.26" }, ""), h("text", { y: "-0.2" }), h("g", {}, h("style", {}, "x"))));
    expect(out).toContain('<text x="1.5"></text><text y="0"/><g/>');
  });

  it("nested groups: styles and aria-labels dropped below the root, geometry rounded, ems and percentages kept", () => {
    const inner = h("g", { "aria-label": "bar", style: "a:b", transform: "translate(0.24,10.76) rotate(-90)" }, h("text", { dy: "0.32em", x: "50%", "font-size": "1.26" }, "x"));
    same(h("svg", { "aria-label": "Tên", width: "720", viewBox: "0 0 720 310.3333" }, h("style", {}, ".a{}"), h("g", {}, h("g", {}, inner, h("g")), "")));
  });

  it("merges an axis's tick paths, keeping text between them and the first path's children", () => {
    const first = tick("10.1");
    first.append(h("title", {}, "t"));
    const out = same(h("svg", {}, h("g", { "aria-label": "y-axis tick", stroke: "currentColor" }, first, " ", tick("20.26", { style: "s", "aria-label": "t" }), tick("-3"))));
    expect(out).toContain('<path d="M10,0l0,6M20.5,0l0,6M-3,0l0,6"><title>t</title></path> </g>');
  });

  it("leaves ticks alone when a path carries more, a group holds one, or something else", () => {
    same(h("svg", {}, h("g", {}, tick("1"), tick("2", { fill: "red" })), h("g", {}, tick("3")), h("g", {}, tick("4"), h("text", {}, "5")), h("g", {}, tick("4"), h("path", { transform: "rotate(2)", d: "M0,0L1,1" }))));
  });

  it("writes comments as they are", () => {
    const doc = svgDocument();
    const out = same(h("svg", {}, doc.createComment(" a & b "), h("g", {}, doc.createComment(""))));
    expect(out).toContain("<!-- a & b --><g><!----></g>");
  });

  it("falls back to the old path for what it does not write: xlink attributes, a processing instruction, HTML inside", () => {
    const doc = svgDocument();
    const xlinked = h("a");
    xlinked.setAttributeNS(XLINK, "href", "https://x.vn/?a=1&b=2");
    const prefixed = h("image");
    prefixed.setAttributeNS(XLINK, "xlink:href", "a.png");
    const twice = h("a", { href: "b" });
    twice.setAttributeNS(XLINK, "href", "c");
    const html = h("foreignObject", {}, doc.createElement("div"));
    const trees = [h("svg", {}, xlinked), h("svg", {}, prefixed), h("svg", {}, twice), h("svg", {}, doc.createProcessingInstruction("x", "y")), h("svg", {}, html)];
    for (const tree of trees) expect(both(tree).fast).toBeNull();
    expect(both(h("svg", {}, h("g", {}, xlinked.cloneNode(true), tick("1"), tick("2")))).fast).toBeNull();
  });
});
