/**
 * Issue 12 in Chromium: the search box by keyboard, sortable tables and the district
 * table's filters with JavaScript on; the A–Z page and full tables with it off;
 * axe with the widgets open; the script and the index within their budgets.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { OUTPUT, SITE } from "../build.ts";
import { hostHeaders } from "./serve.ts";
import { browserSession } from "./session.ts";

const SHOTS = join(OUTPUT, "screenshots");
const AXE = readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

const session = browserSession(hostHeaders(join(SITE, "_headers")));
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

async function open(path: string, { js = true, width = 1280, bypassCSP = false } = {}) {
  const context = await session.browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 }, bypassCSP });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(session.site.origin + path, { waitUntil: "load" });
  return { page, context, errors };
}

async function axe(page: Page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

const names = (page: Page) => page.locator("#bang-xep-hang tbody tr:visible th[scope=row]").allInnerTexts();
const box = (page: Page) => page.getByRole("combobox", { name: "Tìm đơn vị" });

describe("search, with JavaScript", () => {
  it.each(["dong tam", "DONG TAM", "đông tâm"])("typing %s and pressing Enter opens Xã Đồng Tâm", async (query) => {
    const { page, context, errors } = await open("/huyen/299/nam/2022/");
    await box(page).focus();
    await page.keyboard.type(query);
    const first = page.locator("#tim-don-vi-ket-qua [role=option]").first();
    await expect.poll(() => first.innerText()).toMatch(/^Xã Đồng Tâm/);
    expect(await box(page).getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("[data-status]").innerText()).toMatch(/kết quả/);
    // Code 11203 now names Xã Ninh Giang (2025): Đồng Tâm's latest page is its last year's.
    await Promise.all([page.waitForURL(/\/don-vi\/11203\/2023\/$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").innerText()).toContain("Đồng Tâm");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("typing a code a merged unit kept offers both units it has named, each to its own page", async () => {
    const { page, context, errors } = await open("/huyen/299/nam/2022/");
    await box(page).focus();
    await page.keyboard.type("11203");
    const options = page.locator("#tim-don-vi-ket-qua [role=option]");
    await expect.poll(() => options.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Xã Đồng Tâm/), expect.stringMatching(/^Xã Ninh Giang/)]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("arrows choose, Enter opens the chosen one, Escape closes", async () => {
    const { page, context } = await open("/");
    await box(page).focus();
    await page.keyboard.type("tt ninh giang");
    await expect.poll(() => page.locator("#tim-don-vi-ket-qua [role=option]").first().innerText()).toMatch(/^Thị trấn Ninh Giang/);
    await page.keyboard.press("ArrowDown");
    const active = await box(page).getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#tim-don-vi-ket-qua").isVisible()).toBe(false);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => box(page).getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/\/don-vi\/11155\/$/), page.keyboard.press("Enter")]);
    await context.close();
  });

  it("loads the index only when the box is first used", async () => {
    const { page, context } = await open("/");
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.waitForTimeout(200);
    expect(fetched).not.toContain("/tim-kiem.json");
    await box(page).focus();
    await expect.poll(() => fetched).toContain("/tim-kiem.json");
    await context.close();
  });

  it("axe finds nothing serious with the results open; screenshots at 360 and 1280 px", async () => {
    for (const width of [360, 1280]) {
      const { page, context } = await open("/", { width, bypassCSP: true });
      await box(page).focus();
      await page.keyboard.type("xa");
      await expect.poll(() => page.locator("#tim-don-vi-ket-qua [role=option]").count()).toBeGreaterThan(2);
      await page.keyboard.press("ArrowDown");
      await page.screenshot({ path: join(SHOTS, `search-open-${width}.png`) });
      expect(await axe(page)).toEqual([]);
      await context.close();
    }
  });
});

describe("search, without JavaScript", () => {
  it("the form goes to the A–Z list of all units, linked from the footer too", async () => {
    const { page, context } = await open("/", { js: false });
    expect(await page.locator("footer a", { hasText: "Tất cả đơn vị" }).getAttribute("href")).toBe("/don-vi/");
    await page.locator("form[role=search] input[type=search]").fill("dong tam");
    await Promise.all([page.waitForURL(/\/don-vi\/\?q=dong\+tam$/), page.locator("form[role=search] button").click()]);
    expect(await page.locator("h1").innerText()).toBe("Tất cả đơn vị từ A đến Z");
    const links = page.locator("main ul.az a");
    expect(await links.count()).toBe(JSON.parse(readFileSync(join(SITE, "tim-kiem.json"), "utf8")).units.length);
    await page.locator("main ul.az a", { hasText: "Xã Đồng Tâm" }).click();
    await page.waitForURL(/\/don-vi\/11203\/2023\/$/);
    await context.close();
  });
});

describe("sortable tables", () => {
  it("a header button sorts the ranking (click or Enter), sets aria-sort, reads '87,75' as a number", async () => {
    const { page, context, errors } = await open("/huyen/299/nam/2022/");
    const before = await names(page);
    const total = page.locator("#bang-xep-hang thead th").nth(2);
    await total.getByRole("button").click();
    expect(await total.getAttribute("aria-sort")).toBe("descending");
    const totals = async () => (await page.locator("#bang-xep-hang tbody tr td:nth-child(3)").allInnerTexts()).map((t) => Number(t.replace(",", ".")));
    const desc = await totals();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await total.getByRole("button").press("Enter");
    expect(await total.getAttribute("aria-sort")).toBe("ascending");
    const asc = await totals();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(await names(page)).not.toEqual(before);
    // By name: Vietnamese order.
    const name = page.locator("#bang-xep-hang thead th").nth(1);
    await name.getByRole("button").click();
    expect(await total.getAttribute("aria-sort")).toBeNull();
    const byName = await names(page);
    expect(byName).toEqual([...byName].sort(new Intl.Collator("vi").compare));
    // Back by rank: the published order.
    await page.locator("#bang-xep-hang thead th").nth(0).getByRole("button").click();
    expect(await names(page)).toEqual(before);
    expect(await page.locator("[data-announce]").innerText()).toMatch(/Đã xếp theo Xếp, tăng dần/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("field, service and unit tables are sortable too", async () => {
    for (const path of ["/huyen/299/linh-vuc/tai-chinh-cong/2022/", "/huyen/299/chi-so-phuc-vu/2023-Q1/", "/don-vi/11203/2022/"]) {
      const { page, context } = await open(path);
      const heads = page.locator("table[data-sortable] thead th button.sort");
      expect(await heads.count()).toBeGreaterThan(3);
      const rows = page.locator("table[data-sortable] tbody tr");
      const before = await rows.allInnerTexts();
      await heads.nth(1).click(); // the name (field, service) or the score (unit): neither is the order the page opens in
      expect(await rows.allInnerTexts()).not.toEqual(before);
      await context.close();
    }
  });

  it("without JavaScript the tables are whole, in the published order, with no buttons and no filters", async () => {
    const { page, context } = await open("/huyen/299/nam/2022/", { js: false });
    expect(await page.locator("button.sort").count()).toBe(0);
    expect(await page.locator("form.filters").isVisible()).toBe(false);
    expect(await page.locator("#bang-xep-hang tbody tr:visible").count()).toBe(20);
    await context.close();
  });
});

describe("district table filters", () => {
  it("filter by band and by a field under the 75 % rule, and reset", async () => {
    const { page, context, errors } = await open("/huyen/299/nam/2022/", { bypassCSP: true });
    const form = page.locator("form.filters");
    expect(await form.isVisible()).toBe(true);
    const all = (await names(page)).length;
    const band = page.getByLabel("Xếp loại");
    const options = await band.locator("option").allInnerTexts();
    await band.selectOption(options[1]!);
    const banded = await page.locator("#bang-xep-hang tbody tr:visible td:nth-child(4)").allInnerTexts();
    expect(banded.length).toBeGreaterThan(0);
    expect(banded.length).toBeLessThan(all);
    expect(new Set(banded)).toEqual(new Set([options[1]]));
    await band.selectOption("");
    await page.getByLabel(/Dưới 75% điểm tối đa ở lĩnh vực/).selectOption("tai-chinh-cong");
    const weak = await names(page);
    // The field's own page marks the same units as weak.
    const field = await session.browser.newPage();
    await field.goto(session.site.origin + "/huyen/299/linh-vuc/tai-chinh-cong/2022/");
    const marked = await field.locator("table tbody tr.weak th[scope=row]").allInnerTexts();
    await field.close();
    expect(weak.map((n) => n.replace(/ minh họa$/, "")).sort()).toEqual(marked.map((n) => n.replace(/ minh họa$/, "")).sort());
    expect(await page.locator("[data-announce]").innerText()).toBe(`Hiện ${weak.length}/${all} đơn vị.`);
    await page.screenshot({ path: join(SHOTS, "filter-1280.png") });
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Bỏ lọc" }).click();
    await expect.poll(() => names(page).then((n) => n.length)).toBe(all);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("compare", () => {
  const cols = (page: Page) => page.locator("table.compare").first().locator("thead th a").allInnerTexts();

  it("the URL is the state: it draws the units it names, pickers change it, back and forward redraw it", async () => {
    const { page, context, errors } = await open("/huyen/299/so-sanh/?don-vi=11203,11155&nam=2022");
    await expect.poll(() => cols(page)).toEqual(["Xã Đồng Tâm", "Thị trấn Ninh Giang"]);
    const table = page.locator("table.compare").first();
    expect(await table.locator("caption").innerText()).toContain("năm 2022");
    // Đồng Tâm's published 2022 total and position, on a meter from 0 to 100.
    const total = table.locator("tbody tr").first().locator("td").first();
    expect(await total.innerText()).toContain("87,75");
    expect(await total.locator("meter").getAttribute("max")).toBe("1");
    expect(await table.locator("tbody tr").nth(1).locator("td").first().innerText()).toBe("thứ 9/20");
    // Add a unit: the URL says so.
    await page.getByLabel("Thêm đơn vị").selectOption({ label: "Xã Hồng Phúc (11230)" });
    await expect.poll(() => cols(page)).toEqual(["Xã Đồng Tâm", "Thị trấn Ninh Giang", "Xã Hồng Phúc"]);
    expect(new URL(page.url()).search).toBe("?don-vi=11203,11155,11230&nam=2022");
    // Another year.
    await page.locator("select[name=nam]").selectOption("2023");
    expect(new URL(page.url()).search).toBe("?don-vi=11203,11155,11230&nam=2023");
    // Remove one.
    await page.getByRole("button", { name: "Bỏ Thị trấn Ninh Giang khỏi so sánh" }).click();
    expect(new URL(page.url()).search).toBe("?don-vi=11203,11230&nam=2023");
    await page.screenshot({ path: join(SHOTS, "compare-1280.png"), fullPage: true });
    // Back twice: the three units of 2022 again.
    await page.evaluate(() => history.go(-2));
    await expect.poll(() => cols(page)).toEqual(["Xã Đồng Tâm", "Thị trấn Ninh Giang", "Xã Hồng Phúc"]);
    expect(new URL(page.url()).search).toBe("?don-vi=11203,11155,11230&nam=2022");
    expect(await page.locator("table.compare").first().locator("caption").innerText()).toContain("năm 2022");
    await page.evaluate(() => history.forward());
    await expect.poll(() => page.locator("table.compare").first().locator("caption").innerText()).toContain("năm 2023");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a commune page links to it with itself chosen; axe finds nothing serious; 360 px screenshot", async () => {
    const { page, context } = await open("/don-vi/11203/2022/", { width: 360, bypassCSP: true });
    await Promise.all([page.waitForURL(/\/so-sanh\/\?don-vi=11203&nam=2022$/), page.getByRole("link", { name: /^So sánh Xã Đồng Tâm/ }).click()]);
    await expect.poll(() => cols(page)).toEqual(["Xã Đồng Tâm"]);
    expect(await page.locator("[data-compare] .lead").innerText()).toMatch(/Chọn thêm 1 đơn vị/);
    await page.getByLabel("Thêm đơn vị").selectOption({ index: 1 });
    await expect.poll(() => cols(page).then((c) => c.length)).toBe(2);
    await page.screenshot({ path: join(SHOTS, "compare-360.png"), fullPage: true });
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    });
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it("without JavaScript it says what it does and links every unit's page", async () => {
    const { page, context } = await open("/huyen/299/so-sanh/?don-vi=11203,11155&nam=2022", { js: false });
    expect(await page.locator("main").innerText()).toContain("Bảng so sánh cần JavaScript");
    // The comparison is of one scope (huyện Ninh Giang's 20 units), against its medians.
    expect(await page.locator("main ul.az a").count()).toBe(20);
    expect(await page.locator("main a", { hasText: "Xã Đồng Tâm" }).getAttribute("href")).toBe("/don-vi/11203/2023/");
    await context.close();
  });
});

describe("budget", () => {
  it("JavaScript on an ordinary page ≤ 20 KB gzip; the index of the demo's units ≤ 10 KB gzip", () => {
    const html = readFileSync(join(SITE, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBe(1);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
    const bytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(SITE, s!))).length, 0);
    expect(bytes).toBeLessThanOrEqual(20_000);
    // Two scripts in all: every page's, and the compare page's own.
    expect(readdirSync(join(SITE, "_astro")).filter((f) => f.endsWith(".js"))).toHaveLength(2);
    expect(gzipSync(readFileSync(join(SITE, "tim-kiem.json"))).length).toBeLessThanOrEqual(10_000);
  });
});
