/** The built demo site's files (test-output/site, built by the global setup): downloads and pages as files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvFile, neutralise } from "../src/site/excel-csv.ts";
import { SITE } from "./build.ts";

const file = (path: string) => readFileSync(join(SITE, path), "utf8");

describe("CSV downloads", () => {
  it("are UTF-8 with BOM, `;`-separated, with decimal commas, so Vietnamese Excel opens them right", () => {
    const csv = file("tai-ve/huyen-299-don-vi-11203.csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Chỉ số;Kỳ;Mục;Điểm;Tối đa;Tỷ lệ (%);Xếp hạng;Nguồn;Minh họa");
    expect(lines).toContain("Chỉ số CCHC;2022;Tổng điểm;87,75;100;87,75;thứ 9/20;123/BC-UBND;không");
    expect(lines).toContain("Chỉ số CCHC;2022;Cải cách tài chính công;5;7;71,429;12/12 hạng;123/BC-UBND;không");
    expect(lines).toContain("Chỉ số phục vụ;2023-Q1;Tổng điểm;65,67;100;65,67;thứ 14/20;123/BC-UBND;không");
    expect(lines.some((l) => l.startsWith("Chỉ số CCHC;2021;") && l.endsWith(";có"))).toBe(true);
  });
  it("cover the district by year, each field and each service period", () => {
    expect(file("tai-ve/huyen-299-cchc-2022.csv").split("\r\n")).toHaveLength(1 + 20 + 1);
    expect(file("tai-ve/huyen-299-linh-vuc-tai-chinh-cong.csv")).toContain("2022;11203;Xã Đồng Tâm;5;7;71,429;12/12 hạng;123/BC-UBND;không");
    expect(file("tai-ve/huyen-299-chi-so-phuc-vu-2023-Q1.csv")).toContain("\r\n14;11203;Xã Đồng Tâm;65,67;;;;;;14;123/BC-UBND;không\r\n");
  });
  it("neutralise spreadsheet formulas in text but keep numbers", () => {
    expect(neutralise("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(neutralise("+84 912")).toBe("'+84 912");
    expect(neutralise("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutralise("-1+1")).toBe("'-1+1");
    expect(neutralise("-0,5")).toBe("-0,5");
    expect(neutralise("Xã Đồng Tâm")).toBe("Xã Đồng Tâm");
    expect(csvFile(["a"], [["=1+1"]])).toBe("\ufeffa\r\n'=1+1\r\n");
  });
});

describe("SVG downloads", () => {
  it("are standalone SVG files around the chart's desktop drawing; the page inlines its phone drawing", () => {
    const svg = file("bieu-do/don-vi-11203-2022-linh-vuc.svg");
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const page = file("don-vi/11203/2022/index.html");
    // The drawing is the file's nested <svg>, drawn at the desktop width; the page inlines the same chart drawn for a phone,
    // scaled by its viewBox (Figure.astro), under the same name.
    const nested = svg.indexOf("<svg", svg.indexOf("<svg") + 1);
    const open = svg.indexOf(">", nested) + 1;
    const drawing = svg.slice(open, svg.indexOf("</svg>", open));
    expect(drawing.length).toBeGreaterThan(1000);
    expect(svg.slice(nested, open)).toContain('width="720"');
    const label = /aria-label="([^"]+)"/.exec(svg.slice(nested, open))![1]!;
    const inline = page.slice(page.indexOf(`<svg`, page.indexOf('id="don-vi-11203-2022-linh-vuc-tieu-de"')));
    expect(inline.slice(0, inline.indexOf(">"))).toContain(`aria-label="${label}"`);
    expect(inline.slice(0, inline.indexOf(">"))).toContain('width="328"');
  });
});

describe("pages", () => {
  it("are Vietnamese, carry no inline script (only the site's own script file), and load no font or file from elsewhere", () => {
    const html = file("don-vi/11203/2022/index.html");
    expect(html).toMatch(/<html lang="vi">/);
    expect(html.match(/<script[^>]*>[^<]*<\/script>/gi)).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js"><\/script>$/)]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const css = readFileSync(join(SITE, html.match(/href="(\/_astro\/[^"]+\.css)"/)![1]!), "utf8");
    expect(css).toMatch(/font-family:Be Vietnam Pro/);
    expect(css).not.toMatch(/url\((https?:)?\/\//);
  });
});
