/**
 * Chart files as they travel alone: the standalone SVG parses as XML whatever its
 * text, draws its title, label and source line inside the image, wrapped within the
 * chart's width; the PNG is rasterised at twice the size in the self-hosted face,
 * which covers every character the site's chart files draw.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { responsive } from "../src/charts/chart.ts";
import { chartFaces, textWidth } from "../src/charts/fonts.ts";
import { decode } from "fast-png";
import fc from "fast-check";
import { indexed, palettePng, PNG_SCALE, rasterise, renderPng } from "../src/charts/png.ts";
import { BADGE_TEXT, ILLUSTRATIVE_NOTE, standaloneSvg, wrap } from "../src/charts/standalone.ts";
import { totalsChart } from "../src/charts/totals.ts";
import { chartFiles, standaloneFile } from "../src/site/chart-files.ts";
import { demoFiles, read } from "./helpers.ts";

const { window } = new JSDOM("");

function parse(xml: string): Element {
  const doc = new window.DOMParser().parseFromString(xml, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc.documentElement;
}

const lines = (el: Element | null) => [...(el?.querySelectorAll("tspan") ?? [])].map((t) => t.textContent ?? "");

/** Text that HTML serialisation would write as entities, or that XML must escape. */
const HOSTILE = "Xã \u00a0A & B <c> \"d\" 'e' 97,9\u00a0%";

const chart = responsive((render) =>
  totalsChart({
    id: "tong",
    title: `Tổng điểm ${HOSTILE}`,
    measure: "Tổng điểm",
    rows: [{ name: HOSTILE, value: 91.07, position: "thứ 1/2" }, { name: "Xã Đồng Tâm", value: 87.75, position: "thứ 2/2" }],
    max: 100,
    median: 89.41,
    thresholds: [],
  }, render),
);

const file = (illustrative: "none" | "some" | "all", source = `Nguồn: ${HOSTILE}`) => standaloneSvg({ ...chart, illustrative, source });

describe("standalone SVG", () => {
  it("parses as XML whatever the text, and the chart drawn inline parses too", () => {
    expect(() => parse(chart.svg)).not.toThrow();
    const root = parse(file("some").svg);
    expect(root.querySelector(":scope > title")?.textContent).toBe(chart.title);
    expect(lines(root.querySelector("[data-part=source]")).join(" ")).toBe(`Nguồn: ${HOSTILE}`);
    expect(root.querySelector(":scope > svg")?.getAttribute("x")).toBe("16");
  });

  it("fails the parser the old way: an HTML entity is not XML", () => {
    expect(() => parse(file("none").svg.replace("\u00a0", "&nbsp;"))).toThrow(/not well-formed/);
  });

  it("carries the 'minh họa' label only where figures are illustrative, saying whether all or some", () => {
    for (const share of ["all", "some"] as const) {
      const band = parse(file(share).svg).querySelector("[data-illustrative]");
      expect(band?.getAttribute("data-illustrative")).toBe(share);
      expect(band?.textContent).toContain(BADGE_TEXT);
      expect(lines(band).join(" ")).toBe(ILLUSTRATIVE_NOTE[share]);
    }
    const none = parse(file("none", "Nguồn: Quyết định số 1").svg);
    expect(none.querySelector("[data-illustrative]")).toBeNull();
    expect(none.textContent).not.toContain("minh họa");
  });

  it("carries what the site's stylesheet gave the drawing as attributes: font, colour, background", () => {
    const root = parse(file("none").svg);
    expect(root.getAttribute("font-family")).toContain("Be Vietnam Pro");
    expect(root.getAttribute("color")).toMatch(/^#/);
    expect(root.querySelector(":scope > rect")?.getAttribute("fill")).toBe("#ffffff");
    expect(root.querySelector("style, [style], [class]")).toBeNull();
  });

  it("nests the chart's drawing byte for byte, only its opening tag changed (placed, its role and namespace the file's)", () => {
    const nestedTag = /<svg fill[^>]*>/;
    const { svg } = file("some");
    const at = svg.search(nestedTag);
    const tag = nestedTag.exec(svg)![0];
    const body = chart.svg.slice(chart.svg.indexOf(">") + 1);
    expect(svg.slice(at + tag.length)).toContain(body);
    expect(tag).not.toMatch(/xmlns|role=|aria-description/);
    expect(tag).toMatch(/ x="16" y="\d+" color="#1a1a1a">$/);
    const drawn = parse(svg).querySelector(":scope > svg")!;
    expect(drawn.getAttribute("width")).toBe(parse(chart.svg).getAttribute("width"));
  });

  it("refuses a chart that is not one <svg> as chart.ts writes it, naming the chart", () => {
    for (const bad of ["<g/>", `<svg width="1"></svg>`, chart.svg.replace(/<\/svg>$/, "")])
      expect(() => standaloneSvg({ ...chart, svg: bad, illustrative: "none", source: "Nguồn: x" })).toThrow(/tong: the chart's SVG/);
  });

  it("wraps long text within the chart's width, keeping no-break spaces whole", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Quyết định số ${i}/QĐ-UBND`).join("; ");
    const wrapped = wrap(long, 500, 11);
    expect(wrapped.length).toBeGreaterThan(3);
    for (const line of wrapped) expect(textWidth(line, 11)).toBeLessThanOrEqual(500);
    expect(wrapped.join(" ")).toBe(long);
    expect(wrap("a 97,9\u00a0% b", textWidth("a 97,9", 11), 11)).toEqual(["a", "97,9\u00a0%", "b"]);
    const root = parse(standaloneSvg({ ...chart, illustrative: "all", source: `Nguồn: ${long}` }).svg);
    expect(lines(root.querySelector("[data-part=source]")).length).toBe(wrap(`Nguồn: ${long}`, 720, 11).length);
  });
});

describe("the self-hosted face and the PNG", () => {
  it("covers every character the site's chart files draw (no fallback face is needed)", async () => {
    const model = (await read(demoFiles())).model!;
    const drawn = new Set<string>();
    for (const f of chartFiles(model)) for (const t of parse(standaloneFile(f).replace(/^<\?xml[^>]*>\n/, "")).querySelectorAll("text, tspan")) for (const ch of t.textContent ?? "") drawn.add(ch);
    expect(drawn.size).toBeGreaterThan(60);
    for (const face of chartFaces()) {
      const missing = [...drawn].filter((ch) => !face.advance.has(ch.codePointAt(0)!));
      expect(missing, `weight ${face.weight}`).toEqual([]);
    }
    for (const ch of "ĐđừựưởồễẫắặỹỳạẠ≥↑") expect(chartFaces()[0]!.advance.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it("renders a PNG at twice the SVG's size", () => {
    const { svg, width, height } = file("all");
    const png = Buffer.from(renderPng(svg));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * PNG_SCALE, height * PNG_SCALE]);
  });
});

describe("PNG palette", () => {
  it("writes an opaque drawing of few colours with a palette, the same pixels as resvg's RGBA file", () => {
    const { svg } = standaloneSvg({ ...chart, illustrative: "some", source: "Nguồn: thử" });
    const png = decode(renderPng(svg));
    const image = rasterise(svg);
    expect([png.width, png.height, png.palette!.length > 1]).toEqual([image.width, image.height, true]);
    const rgb = [...png.data].flatMap((i) => [...png.palette![i]!, 255]);
    expect(Buffer.from(rgb).equals(image.pixels)).toBe(true);
  });
  it("maps every pixel to its colour, and refuses transparency or a 257th colour", () => {
    const px = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 1, 2, 3, 255]);
    const png = decode(indexed(2, 2, px)!);
    expect([...png.data].map((i) => png.palette![i])).toEqual([[255, 0, 0], [0, 0, 255], [255, 0, 0], [1, 2, 3]]);
    expect(indexed(1, 1, new Uint8Array([0, 0, 0, 128]))).toBeNull();
    const many = new Uint8Array(257 * 4).map((_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? Math.floor(i / 4) % 256 : i % 4 === 1 ? (Math.floor(i / 4) >> 8) : 0));
    expect(indexed(257, 1, many)).toBeNull();
  });

  it("writes a PNG another decoder reads back pixel for pixel, whatever the size and palette", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: 256 }), fc.integer(), (w, h, colours, seed) => {
        const indices = new Uint8Array(w * h).map((_, i) => Math.abs(seed ^ (i * 2654435761)) % colours.length);
        const png = decode(palettePng(w, h, indices, colours));
        expect([png.width, png.height, png.depth, png.channels]).toEqual([w, h, 8, 1]);
        expect([...png.data].map((i) => png.palette![i])).toEqual([...indices].map((i) => [colours[i]! >> 16, (colours[i]! >> 8) & 255, colours[i]! & 255]));
      }),
      { numRuns: 200 },
    );
  });
});
