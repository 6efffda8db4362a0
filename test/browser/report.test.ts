/**
 * What the pages say against report 123/BC-UBND, read in Chromium at a phone's and a
 * desktop's width: no gain claimed for finance's 13/13 → 12/12, published figures
 * labelled as published (not as illustrative), the report's late share shown as
 * published, illustrative labels where a figure rests on illustrative rows, and a
 * field table whose number cells paste into Excel as numbers.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserSession } from "./session.ts";

const session = browserSession();

async function open(path: string, width: number): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.site.origin + path);
  return page;
}

const FINANCE = "Cải cách tài chính công";

describe.each([360, 1280])("at %i px", (width) => {
  let unit: Page;
  beforeAll(async () => {
    unit = await open("/don-vi/11203/2022/", width);
  });
  afterAll(async () => unit?.context().close());

  const fieldRow = (name: string) => unit.locator("table.fields tbody tr", { has: unit.locator("th", { hasText: new RegExp(`^${name}$`) }) });

  it("finance, 13/13 then 12/12, is 'vẫn cuối bảng', not a gain", async () => {
    const row = fieldRow(FINANCE);
    const move = row.locator('td[data-label="Thứ bậc"] span').first();
    expect(await move.innerText()).toBe("vẫn cuối bảng");
    expect(await move.getAttribute("class")).not.toBe("better");
    expect(await move.getAttribute("title")).toContain("13/13 → 12/12");
    expect(await row.locator('td[data-label^="Hạng năm"]').innerText()).toBe("13/13 hạng");
    expect(await row.innerText()).not.toMatch(/↑/);
  });

  it("the rank card is labelled published and agreeing, not illustrative", async () => {
    const card = unit.locator(".kpi", { hasText: "Xếp hạng trong huyện" });
    const badges = await card.locator(".badge").allInnerTexts();
    expect(badges).toContain("công bố, khớp tính toán");
    expect(badges).not.toContain("minh họa");
  });

  it("the field ranks the report states are labelled published, and the table says the computation agrees", async () => {
    const head = unit.locator("table.fields thead th", { hasText: /^Xếp hạng/ });
    expect(await head.locator(".badge").innerText()).toBe("công bố");
    expect(await head.innerText()).not.toContain("minh họa");
    const note = await unit.locator("p.source", { hasText: "Xếp hạng các lĩnh vực" }).innerText();
    expect(note).toContain("123/BC-UBND");
    expect(note).toContain("khớp với thứ hạng tính được");
  });

  it("the medians, which rest on illustrative rows, are labelled so", async () => {
    expect(await unit.locator("table.fields thead th", { hasText: /^Trung vị/ }).locator(".badge").innerText()).toBe("minh họa");
  });

  it("the published late share 1,1% shows as published, beside its counts, with the note that it matches neither", async () => {
    const check = await unit.locator("p.check").innerText();
    expect(check).toMatch(/Tỷ lệ trễ hạn \(công bố\): 1,1%\s*công bố/);
    expect(check).toContain("không khớp 1/192 hồ sơ tiếp nhận");
    expect(check).toContain("1/191 hồ sơ đã giải quyết");
  });

  it("the service paragraph can be quoted, with the report's figures", async () => {
    const quote = await unit.locator("blockquote.summary").nth(1).innerText();
    expect(quote).toContain("đạt 65,67 điểm, đứng thứ 14/20 xã, thị trấn trong huyện");
    expect(quote).toContain("trễ hạn 01 hồ sơ (tỷ lệ 1,1% theo số công bố)");
    expect(quote).toContain("số hóa đầy đủ thành phần 188 hồ sơ đạt 97,9%");
  });

  it("the field table's number cells hold numbers a spreadsheet reads: no badge, no unit, an ASCII minus", async () => {
    const rows = unit.locator("table.fields tbody tr");
    expect(await rows.count()).toBe(10);
    for (let i = 0; i < 10; i++) {
      const cells = await rows.nth(i).locator("td.num").allInnerTexts();
      for (const cell of cells) expect(cell.trim()).toMatch(/^([+-]?\d+(,\d+)?%?|—)$/);
    }
    expect(await unit.locator("table.fields").innerText()).not.toContain("\u2212");
  });

  it("the previous year's rank is in the table, not only in a tooltip", async () => {
    expect(await fieldRow("Cải cách thể chế").locator('td[data-label^="Hạng năm"]').innerText()).toBe("2/18 hạng");
  });

  it("on /nam/2022/, the published point is told apart in the charts: Đồng Tâm's total among illustrative ones", async () => {
    const page = await open("/huyen/299/nam/2022/", width);
    const svg = page.locator("figure", { has: page.locator("h3", { hasText: /^Tổng điểm Chỉ số CCHC năm 2022/ }) }).locator("svg").first();
    const labels = await svg.locator("text").allTextContents();
    expect(labels).toContain("87,75 · công bố");
    expect(labels.filter((t) => t.includes("công bố"))).toHaveLength(1);
    await page.context().close();
  });

  it("on /nam/2022/, Đồng Tâm's change of position rests on illustrative rows and says so", async () => {
    const page = await open("/huyen/299/nam/2022/", width);
    const row = page.locator("#xep-hang ~ .table-wrap tbody tr", { has: page.locator("th", { hasText: "Xã Đồng Tâm" }) }).first();
    expect(await row.locator("td").last().innerText()).toContain("minh họa");
    await page.context().close();
  });
});
