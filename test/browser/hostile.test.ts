/**
 * Hostile text in the data (a unit's name, a field's name, a source's title, a
 * table's note) is shown as text and never runs, in Chromium, even with the
 * Content-Security-Policy switched off; CSV downloads neutralise formula prefixes.
 * The demo data is copied with those strings put in, and built into test-output/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dsvFormat } from "d3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv.ts";
import { buildSite, OUTPUT } from "../build.ts";
import { DATA } from "../helpers.ts";
import { launch } from "./chromium.ts";
import { hostHeaders, serve, sitePages as pages, type Site } from "./serve.ts";

const DIR = join(OUTPUT, "hostile-data");
const BUILT = join(OUTPUT, "hostile-site");

/** Each string would set window.__pwned if it ran. */
const NAME = `Xã <img src=x onerror="window.__pwned='name'">Long`;
const FIELD = `Cải cách thể chế <script>window.__pwned='field'</script>`;
const TITLE = `=HYPERLINK("http://evil.example/","<script>window.__pwned='source'</script>")`;
const NOTE = `@SUM(1)"><svg onload="window.__pwned='note'"></svg>`;

/** Rewrites a CSV file cell by cell and writes it back with the same separator, quoting as needed. */
function rewrite(path: string, change: (cell: string, line: number, column: number, header: string[]) => string, addColumn?: (line: number) => string) {
  const text = readFileSync(path, "utf8").replace(/^\ufeff/, "");
  const table = parseCsv(path, text.normalize("NFC"));
  const header = table.rows.find((r) => r.cells.includes("STT") || r.cells.includes("code") || r.cells.includes("id"))?.cells ?? [];
  const rows = table.rows.map((r) => [...r.cells.map((c, i) => change(c, r.line, i + 1, header)), ...(addColumn ? [addColumn(r.line)] : [])]);
  writeFileSync(path, "\ufeff" + dsvFormat(table.delimiter).formatRows(rows) + "\r\n");
}

function hostileData() {
  rmSync(DIR, { recursive: true, force: true });
  cpSync(DATA, DIR, { recursive: true });
  rewrite(join(DIR, "units.csv"), (c) => (c === "Xã Hưng Long" ? NAME : c));
  rewrite(join(DIR, "sources.csv"), (c) => (c === "Số liệu minh họa (không phải số liệu công bố)" ? TITLE : c));
  rewrite(join(DIR, "definitions", "par-fields.csv"), (c, _l, column, header) =>
    c === "Cải cách thể chế" && header[column - 1] === "name" ? FIELD : c === "LV2" ? "LV2|Cải cách thể chế" : c,
  );
  for (const dir of ["par", "service"]) {
    for (const file of readdirSync(join(DIR, dir), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".csv"))) {
      const path = join(DIR, dir, file);
      rewrite(path, (c) => (/^(Xã )?Hưng Long$/.test(c) ? NAME : c));
    }
  }
  // A note column in 2022, with the note on Hưng Long's row.
  const p2022 = join(DIR, "par", "2022.csv");
  const lines = parseCsv(p2022, readFileSync(p2022, "utf8").replace(/^\ufeff/, "")).rows;
  const hungLong = lines.find((r) => r.cells.includes(NAME))!.line;
  rewrite(p2022, (c) => c, (line) => (line === 1 ? "Ghi chú" : line === hungLong ? NOTE : ""));
  // And a published rank that is not the computed one: Đồng Tâm's 9 written as 8.
  const dongTam = parseCsv(p2022, readFileSync(p2022, "utf8").replace(/^\ufeff/, "")).rows.find((r) => r.cells[1] === "Đồng Tâm")!.line;
  rewrite(p2022, (c, line, column) => (line === dongTam && column === 14 ? "8" : c));
}

let site: Site;
let browser: Browser;
beforeAll(async () => {
  hostileData();
  rmSync(BUILT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  await buildSite(BUILT, { DATA_DIR: DIR });
  site = await serve(BUILT, hostHeaders(join(BUILT, "_headers")));
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("hostile text", () => {
  it("the data with hostile strings is valid data: the build publishes it", () => {
    expect(pages(BUILT).length).toBeGreaterThan(60);
  });

  it.each([true, false])("runs no script on any page (Content-Security-Policy bypassed: %s)", async (bypassCSP) => {
    const context = await browser.newContext({ bypassCSP });
    const problems: string[] = [];
    for (const path of pages(BUILT)) {
      const page = await context.newPage();
      page.on("dialog", (d) => {
        problems.push(`${path}: dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on("request", (r) => {
        if (!r.url().startsWith(site.origin + "/")) problems.push(`${path}: request ${r.url()}`);
      });
      await page.goto(site.origin + path);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
      if (pwned !== undefined) problems.push(`${path}: ran ${pwned}`);
      await page.close();
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it("shows the hostile strings as text where they belong", async () => {
    const page = await browser.newPage();
    await page.goto(site.origin + "/don-vi/11233/2022/");
    expect(await page.locator("h1").innerText()).toBe(`${NAME}: Chỉ số CCHC năm 2022`);
    expect(await page.locator("body").innerText()).toContain(`Ghi chú trong bảng công bố: ${NOTE}`);
    expect(await page.locator("#linh-vuc ~ .table-wrap tbody th").allInnerTexts()).toContain(FIELD);
    expect(await page.locator("body").innerText()).toContain(TITLE);
    // The charts drew the name as SVG text (the service chart's legend), not as markup.
    expect(await page.locator("figure.chart svg text").allTextContents()).toContain(NAME);
    // No element the text could have made: no image, and no script but the site's own file.
    expect(await page.locator("img, script:not([type=module][src^='/_astro/'])").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    const home = await browser.newPage();
    await home.goto(site.origin + "/huyen/299/nam/2022/");
    const chartTexts = await home.locator("figure.chart svg text").allTextContents();
    expect(chartTexts).toContain(NAME);
    expect(await home.locator("img").count()).toBe(0);
    await page.close();
    await home.close();
  });

  it("a published rank that differs from the computed one is shown beside it", async () => {
    const page = await browser.newPage();
    await page.goto(site.origin + "/don-vi/11203/2022/");
    const kpi = (await page.locator(".kpis").innerText()).replace(/\s+/g, " ");
    expect(kpi).toContain("thứ 9/20");
    expect(kpi).toContain("Văn bản công bố ghi thứ 8");
    await page.goto(site.origin + "/huyen/299/nam/2022/");
    expect(await page.locator("details", { hasText: "Thứ hạng công bố khác thứ hạng tính được (1)" }).count()).toBe(1);
    await page.close();
  });

  it("CSV downloads neutralise the formula prefix and keep the text", () => {
    const csv = readFileSync(join(BUILT, "tai-ve", "huyen-299-cchc-2022.csv"), "utf8");
    const quoted = `"'${TITLE.replace(/"/g, '""')}"`;
    expect(csv).toContain(quoted);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect(csv).toContain(`"${NAME.replace(/"/g, '""')}"`);
  });
});
