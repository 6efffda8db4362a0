/**
 * Every file under /bieu-do/ of the built demo site, opened as its reader opens it:
 * each SVG parsed by a strict XML parser (jsdom's, which reports any well-formedness
 * error) and loaded in Chromium as an image; each PNG decoded by Chromium, at twice
 * its SVG's size. Each file carries, drawn inside it, the title of the figure that
 * links to it, a source line naming every document that figure's Sources line names,
 * and the "minh họa" label exactly where the figure says its figures are illustrative.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { PNG_SCALE } from "../../src/charts/png.ts";
import { BADGE_TEXT, ILLUSTRATIVE_NOTE } from "../../src/charts/standalone.ts";
import { chartIds, paths } from "../../src/site/paths.ts";
import { sourceLabel } from "../../src/site/sources.ts";
import { SITE } from "../build.ts";
import { demoFiles, read } from "../helpers.ts";
import { sitePages } from "./serve.ts";
import { browserSession } from "./session.ts";

const DIR = join(SITE, "bieu-do");
const files = readdirSync(DIR).sort();
const svgs = files.filter((f) => f.endsWith(".svg"));
const pngs = files.filter((f) => f.endsWith(".png"));
const { window } = new JSDOM("");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** Drawn text: its wrapped lines (tspans) read as one sentence. */
const drawn = (el: Element | null) => (el ? [...el.querySelectorAll("tspan")].map(text).join(" ") : "");

/** A file parsed as XML: its document, or the parser's error. */
function parseSvg(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${text(error)}`);
  if (doc.documentElement.namespaceURI !== "http://www.w3.org/2000/svg") throw new Error("not an SVG document");
  return doc;
}

/** What a figure on a page says of its chart. */
interface Figure {
  page: string;
  title: string;
  source: string;
  notice: boolean;
  links: string[];
}

function figures(): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const page of sitePages(SITE)) {
    const doc = new JSDOM(readFileSync(join(SITE, page, "index.html"), "utf8")).window.document;
    for (const fig of doc.querySelectorAll("figure.chart")) {
      const id = fig.getAttribute("aria-labelledby")!.replace(/-tieu-de$/, "");
      const figure = { page, title: text(fig.querySelector("h3")), source: text(fig.querySelector(".source")), notice: fig.querySelector(".notice") !== null, links: [...fig.querySelectorAll(".downloads a")].map((a) => a.getAttribute("href")!) };
      out.set(id, [...(out.get(id) ?? []), figure]);
    }
  }
  return out;
}

const byId = figures();
const labels = (async () => (await read(demoFiles())).model!.sources)().then((sources) => [...sources.values()].map(sourceLabel));

describe("chart downloads: every SVG", () => {
  it("exist for every chart a page shows, and every file is linked from a figure", () => {
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs.map((f) => f.slice(0, -4)).sort()).toEqual([...byId.keys()].sort());
    for (const [id, figs] of byId) for (const f of figs) expect(f.links, `${f.page}#${id}`).toContain(paths.chartSvg(id));
  });

  it.each(svgs)("%s parses as XML and carries its title, source line and label", async (name) => {
    const xml = readFileSync(join(DIR, name), "utf8");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parseSvg(xml);
    const root = doc.documentElement;
    const figs = byId.get(name.slice(0, -4))!;
    // Drawn inside the image, not only named in its metadata.
    expect(drawn(root.querySelector("[data-part=title]"))).toBe(figs[0]!.title);
    expect(text(root.querySelector(":scope > title"))).toBe(figs[0]!.title);
    const source = drawn(root.querySelector("[data-part=source]"));
    expect(source).toMatch(/^Nguồn: /);
    for (const label of await labels) for (const f of figs) if (f.source.includes(label)) expect(source, `${f.page}: ${label}`).toContain(label);
    // The label shows exactly where the page says the figures are illustrative, and says whether all or some are.
    const band = root.querySelector("[data-illustrative]");
    for (const f of figs) expect(band !== null, `${f.page}: label`).toBe(f.notice);
    if (band) {
      const parts = source.slice("Nguồn: ".length).split("; ");
      const share = parts.every((p) => p.startsWith("[minh họa]")) ? "all" : "some";
      expect(band.getAttribute("data-illustrative")).toBe(share);
      expect(`${text(band.querySelector(":scope > text"))} ${drawn(band.querySelector("text:has(tspan)"))}`).toBe(`${BADGE_TEXT} ${ILLUSTRATIVE_NOTE[share]}`);
    } else expect(source).not.toContain("minh họa");
  });
});

describe("chart downloads: PNGs", () => {
  it("exist for the district's charts and each unit's profile, and their figures link to them", () => {
    // District charts: those shown on the district's, a field's or the service index's pages.
    const expected = [...byId.entries()].filter(([id, figs]) => figs.some((f) => !f.page.startsWith("/don-vi/")) || isProfile(id));
    expect(pngs.map((f) => f.slice(0, -4)).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, figs] of expected) for (const f of figs) expect(f.links, `${f.page}#${id}`).toContain(paths.chartPng(id));
  });
});

/** A unit's profile chart id, as paths.ts names them. */
function isProfile(id: string): boolean {
  const m = /^don-vi-(\d+)-(\d+)-linh-vuc$/.exec(id);
  return m !== null && chartIds.profile(m[1]!, Number(m[2])) === id;
}

describe("chart downloads in Chromium", () => {
  const session = browserSession();

  it("every SVG and PNG loads as an image; each PNG is twice its SVG's size", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.origin}/`);
    const sizes = await page.evaluate(async (names) => {
      const load = (name: string) =>
        new Promise<[string, number, number]>((resolve) => {
          const img = new Image();
          img.onload = () => resolve([name, img.naturalWidth, img.naturalHeight]);
          img.onerror = () => resolve([name, 0, 0]);
          img.src = `/bieu-do/${name}`;
        });
      return Promise.all(names.map(load));
    }, files);
    await page.close();
    const size = new Map(sizes.map(([n, w, h]) => [n, { w, h }]));
    for (const name of files) expect(size.get(name)!.w, `${name} does not load`).toBeGreaterThan(0);
    for (const name of pngs) {
      const root = parseSvg(readFileSync(join(DIR, name.replace(/\.png$/, ".svg")), "utf8")).documentElement;
      expect(size.get(name), name).toEqual({ w: Number(root.getAttribute("width")) * PNG_SCALE, h: Number(root.getAttribute("height")) * PNG_SCALE });
    }
  });
});
