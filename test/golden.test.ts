/**
 * Golden files of the built demo site (test-output/site, built once by the
 * global setup): one page of each kind, one CSV and one chart download, kept
 * under test/snapshots/pages/ so that any change to what a reader gets shows
 * as a diff, line by line. After an intended change: `npx vitest run -u test/golden.test.ts`,
 * then read the diff of the golden files before committing them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE } from "./build.ts";
import { normalizeHtml, unformatHtml, withoutHashes } from "./normalize-html.ts";

const file = (path: string) => readFileSync(join(SITE, path), "utf8");
// ".snap": the golden files are expected output, not source (tools that look for repeated code pass them over).
const golden = (name: string) => join("snapshots", "pages", `${name}.snap`);

const PAGES: [kind: string, path: string, name: string][] = [
  ["the overview of a province (home)", "index.html", "index.html"],
  ["a district in its latest year", "huyen/299/index.html", "huyen-299.html"],
  ["a district in an earlier year", "huyen/299/nam/2022/index.html", "nam-2022.html"],
  ["the province-wide ranking of 2025", "tinh/31/index.html", "tinh-31.html"],
  ["a unit in an earlier year, and what it went into", "don-vi/11203/2022/index.html", "don-vi-11203-2022.html"],
  ["a commune formed in 2025, and its predecessors' results", "don-vi/11203/index.html", "don-vi-11203.html"],
  ["a field in the latest year", "huyen/299/linh-vuc/tai-chinh-cong/index.html", "linh-vuc-tai-chinh-cong.html"],
  ["the service index in the latest period", "huyen/299/chi-so-phuc-vu/index.html", "chi-so-phuc-vu.html"],
  ["the method and sources", "phuong-phap/index.html", "phuong-phap.html"],
];

describe("built pages match their golden files", () => {
  it.each(PAGES)("%s: %s", async (_kind, path, name) => {
    const html = file(path);
    const formatted = normalizeHtml(html);
    // Formatting only adds line breaks: undone, it gives back the page (but for asset hashes).
    expect(unformatHtml(formatted)).toBe(withoutHashes(html));
    await expect(formatted).toMatchFileSnapshot(golden(name));
  });
});

describe("downloads match their golden files", () => {
  it("a unit's CSV: BOM and CRLF checked here, the lines in the golden file", async () => {
    const csv = file("tai-ve/huyen-299-don-vi-11203.csv");
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    await expect(csv.slice(1).replaceAll("\r\n", "\n")).toMatchFileSnapshot(golden("don-vi-11203.csv"));
  });
  it("a chart's SVG", async () => {
    await expect(normalizeHtml(file("bieu-do/don-vi-11203-2022-linh-vuc.svg"))).toMatchFileSnapshot(golden("don-vi-11203-2022-linh-vuc.svg"));
  });
});
