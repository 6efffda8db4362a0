/**
 * Issue 10 in Chromium, at 360 and 1280 px: the province demo's overview leads to each
 * scope, a unit's page says where it went and where it came from (both ways, linked),
 * the province ranking filters by former district, and the search finds a unit that
 * ended (Xã Đồng Tâm) on a page of its own years.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE } from "../build.ts";
import { hostHeaders } from "./serve.ts";
import { browserSession } from "./session.ts";

const session = browserSession(hostHeaders(join(SITE, "_headers")));

async function open(path: string, width: number) {
  const context = await session.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(session.site.origin + path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  return { page, context, errors };
}

describe.each([360, 1280])("the province site at %i px", (width) => {
  it("the overview at / leads to both districts and to the province", async () => {
    const { page, context, errors } = await open("/", width);
    for (const href of ["/huyen/299/", "/huyen/300/", "/tinh/31/"]) {
      const link = page.locator(`main a[href="${href}"]`).first();
      expect(await link.isVisible(), href).toBe(true);
    }
    expect(await page.locator(`main a[href="/huyen/299/"]`).first().innerText()).toContain("Ninh Giang");
    expect(await page.locator(`main a[href="/huyen/300/"]`).first().innerText()).toContain("Thanh Miện");
    expect(await page.locator(`main a[href="/tinh/31/"]`).first().innerText()).toContain("Hải Phòng");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Xã Đồng Tâm's 2022 page says it went into Xã Ninh Giang, linked", async () => {
    const { page, context, errors } = await open("/don-vi/11203/2022/", width);
    expect(await page.locator("h1").innerText()).toContain("Xã Đồng Tâm");
    const went = page.locator("section.lineage", { has: page.locator("#da-sap-xep") });
    expect(await went.isVisible()).toBe(true);
    const link = went.locator('a[href="/don-vi/11203/"]');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toContain("Xã Ninh Giang");
    expect(await went.innerText()).toContain("1669/NQ-UBTVQH15");
    // Its years are Đồng Tâm's own: 2021-2023, never Xã Ninh Giang's 2025.
    expect(await page.locator('nav[aria-label="Các năm"] a').allInnerTexts()).toEqual(["2021", "2022", "2023"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Xã Ninh Giang's page lists Xã Đồng Tâm among the units it was formed from, linked to Đồng Tâm's years, and has only its own year", async () => {
    const { page, context, errors } = await open("/don-vi/11203/", width);
    expect(await page.locator("h1").innerText()).toContain("Xã Ninh Giang");
    const from = page.locator("section.lineage", { has: page.locator("#hinh-thanh-tu") });
    expect(await from.isVisible()).toBe(true);
    // Through Thị trấn Ninh Giang (11203 from 01/01/2025), itself formed from Đồng Tâm and the old thị trấn (11155).
    const text = await from.innerText();
    expect(text).toContain("Thị trấn Ninh Giang");
    const row = from.locator("tr", { hasText: "Xã Đồng Tâm" });
    expect(await row.count()).toBe(1);
    const hrefs = await row.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/don-vi/11203/2022/");
    expect(hrefs.every((h) => /^\/don-vi\/11203\/20(21|22|23)\/$/.test(h ?? ""))).toBe(true);
    for (const code of ["11185", "11155", "11215", "11227"]) expect(text, code).toContain(`mã ${code}`);
    const years = await page.locator('nav[aria-label="Các năm"] a').allInnerTexts();
    expect(years).toEqual(["2025"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the province ranking filters by former district, with JavaScript", async () => {
    const { page, context, errors } = await open("/tinh/31/", width);
    const select = page.locator('select[name="huyen"]');
    expect(await select.isVisible()).toBe(true);
    const offered = await select.locator("option").allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(["Ninh Giang (cũ)", "Thanh Miện (cũ)"]));
    const rows = page.locator("#bang-xep-hang tbody tr");
    const visibleOf = async (district: string) => (await rows.evaluateAll((trs, d) => trs.filter((t) => (t as HTMLElement).dataset.district === d && (t as HTMLElement).offsetParent !== null).length, district));
    const all = await rows.count();
    expect(all).toBe(12);
    expect(await visibleOf("Ninh Giang (cũ)")).toBeGreaterThan(0);
    expect(await visibleOf("Thanh Miện (cũ)")).toBeGreaterThan(0);
    const ninhGiang = await rows.evaluateAll((trs) => trs.filter((t) => (t as HTMLElement).dataset.district === "Ninh Giang (cũ)").length);

    await select.selectOption({ label: "Ninh Giang (cũ)" });
    await expect.poll(() => visibleOf("Thanh Miện (cũ)")).toBe(0);
    expect(await visibleOf("Ninh Giang (cũ)")).toBe(ninhGiang);
    expect(await page.locator("#bang-xep-hang tbody tr:visible th[scope=row]").allInnerTexts()).toContain("Xã Ninh Giang");

    await select.selectOption({ label: "Thanh Miện (cũ)" });
    await expect.poll(() => visibleOf("Ninh Giang (cũ)")).toBe(0);
    expect(await visibleOf("Thanh Miện (cũ)")).toBeGreaterThan(0);
    expect(await page.locator("#bang-xep-hang tbody tr:visible th[scope=row]").allInnerTexts()).not.toContain("Xã Ninh Giang");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("searching “dong tam” in the header offers Xã Đồng Tâm, to a page of its own years", async () => {
    const { page, context, errors } = await open("/", width);
    const box = page.getByRole("combobox", { name: "Tìm đơn vị" });
    await box.focus();
    await page.keyboard.type("dong tam");
    const option = page.locator("#tim-don-vi-ket-qua [role=option]", { hasText: "Xã Đồng Tâm" }).first();
    await expect.poll(() => option.count()).toBe(1);
    expect(await option.isVisible()).toBe(true);
    expect(await option.innerText()).toContain("11203");
    await Promise.all([page.waitForURL(/\/don-vi\/11203\/20\d\d\/$/), option.click()]);
    expect(page.url()).toMatch(/\/don-vi\/11203\/(2021|2022|2023)\/$/);
    expect(await page.locator("h1").innerText()).toContain("Xã Đồng Tâm");
    expect(errors).toEqual([]);
    await context.close();
  });
});
