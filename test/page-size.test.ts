/**
 * What a reader downloads: a commune's page, gzipped as a static host serves it, stays
 * under 15 KB. Its charts are inlined once each (the phone drawing, scaled by its viewBox),
 * Plot's coordinates rounded; the district's heat map, the one chart inlined twice, is
 * on the year's page and only linked from a commune's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SITE } from "./build.ts";

const KB = 1024;
const page = (path: string) => readFileSync(join(SITE, path, "index.html"));
const svgs = (html: string) => html.match(/<svg[\s>]/g)?.length ?? 0;
const figures = (html: string) => html.match(/<figure class="chart"/g)?.length ?? 0;

describe("page size", () => {
  it("a commune's page is at most 15 KB gzipped", () => {
    expect(gzipSync(page("don-vi/11203/2022")).length).toBeLessThanOrEqual(15 * KB);
  });
  it("every unit-year page inlines each chart once, in at most 16 KB gzipped", () => {
    const units = readdirSync(join(SITE, "don-vi"), { withFileTypes: true }).filter((d) => d.isDirectory());
    const pages = units.flatMap((u) => readdirSync(join(SITE, "don-vi", u.name)).filter((y) => /^\d{4}$/.test(y)).map((y) => `don-vi/${u.name}/${y}`));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = page(path);
      expect(svgs(html.toString()), path).toBe(figures(html.toString()));
      expect(gzipSync(html).length, path).toBeLessThanOrEqual(16 * KB);
    }
  });
  it("a commune's page links the year's heat map, which is there", () => {
    const href = /<a href="([^"]+)">bảng màu năm 2022 của huyện<\/a>/.exec(page("don-vi/11203/2022").toString())?.[1];
    expect(href).toBe("/huyen/299/nam/2022/#huyen-299-ban-do-nhiet-2022-tieu-de");
    expect(page("huyen/299/nam/2022").toString()).toContain('id="huyen-299-ban-do-nhiet-2022-tieu-de"');
  });
  it("a district's, a field's and a service page inline each chart's desktop drawing beside the phone's", () => {
    for (const path of ["huyen/299/nam/2022", "huyen/299/linh-vuc/tai-chinh-cong", "huyen/299/chi-so-phuc-vu"]) {
      const html = page(path).toString();
      expect(svgs(html), path).toBe(2 * figures(html));
      expect(html.match(/class="at-wide"/g), path).toHaveLength(figures(html));
    }
  });
});
