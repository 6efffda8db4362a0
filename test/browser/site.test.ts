/**
 * The built demo site in a real Chromium: every page loads cleanly and stays on
 * the site, Đồng Tâm's 2022 page shows the report's figures exactly, charts are
 * there without JavaScript, axe finds nothing serious, and the pages print.
 * Screenshots at 360 and 1280 px go to test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTPUT, SITE } from "../build.ts";
import { launch } from "./chromium.ts";
import { overflows } from "./boxes.ts";
import { hostHeaders, serve, sitePages, type Site } from "./serve.ts";
import { CSP, HEADER_ONLY } from "../../src/site/csp.ts";

const SHOTS = join(OUTPUT, "screenshots");
const AXE = readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

const pages = () => sitePages(SITE);

/** The pages a reader sees first, one of each kind. */
const MAIN = { home: "/huyen/299/", year: "/huyen/299/nam/2022/", unit: "/don-vi/11203/2022/", field: "/huyen/299/linh-vuc/tai-chinh-cong/2022/", service: "/huyen/299/chi-so-phuc-vu/2023-Q1/", method: "/phuong-phap/" };
/**
 * Pages of each kind beyond MAIN whose layout differs: the latest service period (more published groups), a unit's latest year (a
 * commune formed in 2025, with its predecessors), the overview of a province, its 2025 ranking.
 */
const MORE = { "service-latest": "/huyen/299/chi-so-phuc-vu/", "unit-latest": "/don-vi/11203/", overview: "/", province: "/tinh/31/" };

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await serve(SITE, hostHeaders(join(SITE, "_headers")));
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording console errors, page errors and every request. */
async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number; colorScheme?: "light" | "dark"; bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfailed", (r) => errors.push(`requestfailed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(site.origin + path, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return { page, context, errors, requests, status: response?.status() };
}

describe("every page", () => {
  it("loads with no console error and no request outside the site", async () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const path of all) {
      const { context, errors, requests, status } = await open(path);
      if (status !== 200) problems.push(`${path}: HTTP ${status}`);
      for (const e of errors) problems.push(`${path}: ${e}`);
      for (const r of requests) if (!r.startsWith(site.origin + "/")) problems.push(`${path}: request outside the site: ${r}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("links only to pages and files that exist", async () => {
    const missing = new Set<string>();
    for (const path of pages()) {
      const html = readFileSync(join(SITE, path, "index.html"), "utf8");
      for (const [, href] of html.matchAll(/href="([^"#]+)[^"]*"/g)) {
        if (/^[a-z]+:/i.test(href!)) {
          missing.add(`${path}: external link ${href}`);
          continue;
        }
        const target = new URL(href!, `http://x${path}`).pathname;
        const file = join(SITE, decodeURIComponent(target), target.endsWith("/") ? "index.html" : "");
        try {
          readFileSync(file);
        } catch {
          missing.add(`${path} → ${target}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe("Đồng Tâm, 2022: the report's figures", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open(MAIN.unit));
  });

  const text = (selector: string) => page.locator(selector).innerText();

  it("total, position, band", async () => {
    const kpis = (await text(".kpis")).replace(/\s+/g, " ");
    expect(kpis).toContain("87,75/100");
    expect(kpis).toContain("thứ 9/20");
    expect(kpis).toContain("Hoàn thành tốt nhiệm vụ");
  });

  it.each([
    ["Công tác chỉ đạo, điều hành CCHC", "11,84", "15", "9/19 hạng"],
    ["Cải cách thể chế", "4,75", "5", "2/3 hạng"],
    ["Cải cách thủ tục hành chính", "16,62", "18,5", "2/20 hạng"],
    ["Cải cách tổ chức bộ máy", "6", "6", "1/5 hạng"],
    ["Cải cách chế độ công vụ", "11", "11", "1/14 hạng"],
    ["Cải cách tài chính công", "5", "7", "12/12 hạng"],
    ["Xây dựng chính quyền điện tử, chính quyền số", "10,19", "11,5", "9/16 hạng"],
    ["Tác động của CCHC đến phát triển kinh tế - xã hội", "1,577", "2", "14/20 hạng"],
    ["Đánh giá của các tổ chức đối với CCHC", "11,49", "14", "5/19 hạng"],
    ["Chỉ số hài lòng của người dân, tổ chức", "9,28", "10", "12/18 hạng"],
  ])("%s: %s/%s, %s", async (field, score, max, rank) => {
    const row = page.locator("#linh-vuc ~ .table-wrap tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${field}$`) }) });
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.locator("td").allInnerTexts();
    expect(cells[0]).toBe(score);
    expect(cells[1]).toBe(max);
    expect(cells[3]).toBe(rank);
  });

  it("the finance weakness comes first, with its reason", async () => {
    const first = await page.locator(".findings .weakness li").first().innerText();
    // In the report's words: "12/12 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối".
    expect(first).toMatch(/^Tài chính công: đứng vị trí 12\/12 \(không tăng bậc so với năm 2021\), là lĩnh vực đứng ở hạng cuối; cuối bảng hai năm liền; đạt 5\/7 điểm/);
  });

  it("the summary a clerk can copy, in the report's words", async () => {
    const summary = await page.locator("blockquote.summary").first().innerText();
    expect(summary.split("\n")[0]).toBe("Năm 2022, UBND xã đạt 87,75/100 điểm, xếp thứ 9/20 xã, thị trấn, thuộc nhóm hoàn thành tốt nhiệm vụ, cụ thể:");
    expect(summary).toContain("- Cải cách tài chính công đạt 5/7 điểm, xếp hạng 12/12 hạng;");
  });

  it("the service index of Q1 2023: 65,67, thứ 14/20, and the dossiers", async () => {
    const row = page.locator("#phuc-vu ~ .table-wrap tbody tr", { has: page.locator("th a", { hasText: /^Quý I\/2023$/ }) });
    const cells = await row.locator("td").allInnerTexts();
    expect(cells[0]).toBe("65,67/100");
    expect(cells[1]).toMatch(/^thứ 14\/20/);
    const dossiers = (await page.locator("#ho-so-2023-Q1 ~ .cols").innerText()).replace(/\s+/g, " ");
    for (const figure of [
      "Tổng số hồ sơ tiếp nhận 192", "Tiếp nhận trực tiếp 3", "Tiếp nhận trực tuyến 186", "Hồ sơ tồn kỳ trước 3", "Giải quyết trước hạn và đúng hạn 190",
      "Giải quyết trễ hạn 1", "Tỷ lệ trễ hạn (công bố) 1,1%", "Đang giải quyết 1", "Chứng thực bản sao điện tử 74", "Số hóa đủ thành phần khi tiếp nhận 188",
      "Chưa số hóa đủ thành phần khi tiếp nhận 4", "Số hóa kết quả giải quyết 167", "Chưa số hóa kết quả giải quyết 24",
      "Hồ sơ trực tuyến mức độ 4 19", "Hồ sơ trực tuyến mức độ 3 173", "84,89%", "97,9% (188/192", "87,4% (167/191",
    ]) {
      expect(dossiers).toContain(figure);
    }
  });

  it("says where the district's figures are illustrative", async () => {
    const notes = await page.locator(".notice").allInnerTexts();
    expect(notes.some((n) => /minh họa/.test(n))).toBe(true);
    // Đồng Tâm's own 2022 row is the report's, and says so.
    expect((await page.locator(".kpis ~ .source").allInnerTexts()).join("\n")).toContain("123/BC-UBND");
  });
});

describe("the commune in context", () => {
  /** The visible drawing of a chart of the page, by its id. */
  const chart = (page: Page, id: string) => page.locator(`figure.chart:has(#${id}-tieu-de) svg[role=img]:visible`);

  it.each([360, 1280])("at %i px, Đồng Tâm is marked in every district chart of its page, and has its own chart of total and position", async (width) => {
    const { page, context } = await open(MAIN.unit, { width });
    // The heat map is linked, on the year's page (test/page-size.test.ts).
    for (const id of ["don-vi-11203-2022-tong-diem-huyen"]) {
      const labels = await chart(page, id).locator("text").allTextContents();
      expect(labels, id).toContain("▶ Xã Đồng Tâm");
      expect(labels.filter((t) => t.startsWith("▶")), id).toHaveLength(1);
    }
    // The totals outline its dot; the strips draw its dot large, once per field.
    expect(await chart(page, "don-vi-11203-2022-tong-diem-huyen").locator('circle[r="7"]').count()).toBe(1);
    expect(await chart(page, "don-vi-11203-2022-vi-tri-linh-vuc").locator('circle[r="7"]').count()).toBe(10);
    const history = page.locator("figure.chart:has(#huyen-299-don-vi-11203-tong-diem-qua-cac-nam-tieu-de)");
    expect(await history.locator("svg[role=img]:visible").count()).toBe(1);
    const rows = await history.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent).join(" ")));
    expect(rows).toContain("2022 87,75/100 thứ 9/20 78,92");
    expect(await history.locator(".description").innerText()).toMatch(/^Tổng điểm Chỉ số CCHC của Xã Đồng Tâm qua \d năm/);
    await context.close();
  });

  it("the district's own pages mark no commune", async () => {
    const { page, context } = await open(MAIN.year);
    expect(await page.locator("figure.chart text", { hasText: "▶" }).count()).toBe(0);
    await context.close();
  });
});

describe("the method page", () => {
  it("names each document in full once and refers to it by its number, linked", async () => {
    const { page, context } = await open(MAIN.method);
    const main = await page.locator("main").innerText();
    for (const title of ["Quy định đánh giá, xác định Chỉ số cải cách hành chính của UBND cấp xã", "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ"]) {
      expect(main.split(title).length - 1, title).toBe(1);
    }
    const refs = await page.locator('main :is(td, caption) a[href^="#nguon-"]').evaluateAll((as) => as.map((a) => ({ text: a.textContent, target: document.getElementById(a.getAttribute("href")!.slice(1)) !== null })));
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !r.text || !r.target)).toEqual([]);
    expect(refs.map((r) => r.text)).toContain("3395/QĐ-UBND");
    await context.close();
  });
});

describe("print", () => {
  it("a unit page prints its charts' data tables open, and a footer with its address and the date of its data", async () => {
    const { page, context } = await open(MAIN.unit, { width: 688 });
    const note = page.locator("footer .print-note");
    expect(await note.isVisible()).toBe(false);
    expect(await page.locator("figure.chart details table").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    const tables = page.locator("figure.chart details table");
    const n = await tables.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) expect(await tables.nth(i).isVisible(), `table ${i}`).toBe(true);
    expect(await note.isVisible()).toBe(true);
    const text = (await note.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Trang: /don-vi/11203/2022/");
    expect(text).toContain("Ngày của số liệu: 04/4/2023 (123/BC-UBND)");
    expect(text).toContain("minh họa");
    await context.close();
  });

  it("the method page gives the date of every document, latest first", async () => {
    const { page, context } = await open(MAIN.method, { width: 688 });
    await page.emulateMedia({ media: "print" });
    const text = (await page.locator("footer .print-note").innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Trang: /phuong-phap/");
    expect(text).toMatch(/Ngày của số liệu: 04\/4\/2023 \(123\/BC-UBND\); 15\/12\/2022 \(3395\/QĐ-UBND\)/);
    await context.close();
  });
});

describe("Content-Security-Policy", () => {
  it("is in every page and in the host headers, the same policy", () => {
    for (const path of pages()) expect(readFileSync(join(SITE, path, "index.html"), "utf8")).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(hostHeaders(join(SITE, "_headers"))["Content-Security-Policy"]).toBe(`${CSP}; ${HEADER_ONLY}`);
    // Scripts from the site's own files only; nothing inline and no other origin anywhere in the policy.
    expect(CSP).toContain("script-src 'self';");
    expect(CSP).not.toMatch(/unsafe-|https?:|\*|data:/);
  });
  it("refuses an inline script and an inline style, and the pages break no rule of it", async () => {
    const { page, context, errors } = await open(MAIN.unit);
    const violations: string[] = [];
    await page.exposeFunction("__violation", (v: string) => violations.push(v));
    await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __violation: (v: string) => void }).__violation(e.violatedDirective)));
    await page.addScriptTag({ content: "window.__ran = true" }).catch(() => undefined);
    await page.addStyleTag({ content: "body { display: none }" }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(await page.locator("main").isVisible()).toBe(true);
    // Each is refused by both policies, the page's <meta> and the host's header.
    expect([...new Set(violations)].sort()).toEqual(["script-src-elem", "style-src-elem"]);
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it.each(Object.entries(MAIN))("%s page has its charts", async (_, path) => {
    const { page, context } = await open(path, { javaScriptEnabled: false });
    const charts = page.locator("figure.chart svg[role=img]:visible");
    const n = await charts.count();
    if (path === MAIN.method) expect(n).toBe(0);
    else expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const svg = charts.nth(i);
      expect(await svg.getAttribute("aria-label")).toBeTruthy();
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(100);
    }
    // The page's one script is a file of the site itself, never inline; the charts need none of it.
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => ({ src: e.getAttribute("src"), text: e.textContent })));
    expect(scripts).toEqual([{ src: expect.stringMatching(/^\/_astro\/[^/]+\.js$/), text: "" }]);
    await context.close();
  });
});

describe("accessibility", () => {
  it.each(Object.entries({ ...MAIN, ...MORE }).flatMap(([name, path]) => (["light", "dark"] as const).map((scheme) => [name, scheme, path] as const)))(
    "%s page (%s): axe finds no serious or critical violation",
    async (_, colorScheme, path) => {
      // axe is an inline script, which the site refuses (script-src 'self'): the test lets it in.
      const { page, context } = await open(path, { colorScheme, bypassCSP: true });
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
      });
      const serious = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious).toEqual([]);
      await context.close();
    },
  );
});

describe("layout", () => {
  it.each(Object.entries(MAIN).flatMap(([name, path]) => [360, 1280].map((width) => [name, width, path] as const)))(
    "%s page at %i px: no sideways scrolling of the page, screenshot saved",
    async (name, width, path) => {
      const { page, context } = await open(path, { width });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
      await context.close();
    },
  );

  it.each(Object.entries({ ...MAIN, ...MORE }).flatMap(([name, path]) => [360, 1280].map((width) => [name, width, path] as const)))(
    "%s page at %i px: nothing overflows its box (tables and charts included), but for a scroller that keeps the names in view",
    async (_, width, path) => {
      const { page, context } = await open(path, { width });
      expect(await overflows(page)).toEqual([]);
      await context.close();
    },
  );

  it("on a desktop, no table needs to scroll: the service ranking fits 1,280 px", async () => {
    for (const path of [MAIN.service, MORE["service-latest"], MAIN.unit, MAIN.home, MAIN.method]) {
      const { page, context } = await open(path, { width: 1280 });
      const wide = await page.locator("main .table-wrap").evaluateAll((els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.querySelector("caption")?.textContent ?? e.closest("figure")?.id ?? "table"}: ${e.scrollWidth} px`),
      );
      expect(wide, path).toEqual([]);
      await context.close();
    }
  });

  it("on a desktop, a list in columns leaves each item's bullet room clear of the previous column's text", async () => {
    const { page, context } = await open(MAIN.home, { width: 1280 });
    const cramped = await page.locator("main ul.cols").evaluateAll((lists) =>
      lists.flatMap((ul) => {
        const items = [...ul.children].map((li) => ({ text: li.textContent, r: li.getBoundingClientRect(), em: parseFloat(getComputedStyle(li).fontSize) }));
        // Neighbours on one row: the bullet (outside the item, about 1.2 em wide) must fit in the gap between them.
        return items.slice(1).filter((b, i) => Math.abs(b.r.top - items[i]!.r.top) < 2 && b.r.left - items[i]!.r.right < 1.5 * b.em).map((b) => b.text);
      }),
    );
    expect(await page.locator("main ul.cols li").count()).toBeGreaterThan(5);
    expect(cramped).toEqual([]);
    await context.close();
  });

  it("on a phone, a dossier's label keeps at least 40% of its row (not a word per line)", async () => {
    const { page, context } = await open(MAIN.unit, { width: 360 });
    const narrow = await page.locator("dl.pairs dt").evaluateAll((els) =>
      els.filter((dt) => dt.getBoundingClientRect().width < 0.4 * dt.parentElement!.getBoundingClientRect().width).map((dt) => dt.textContent),
    );
    expect(await page.locator("dl.pairs dt").count()).toBeGreaterThan(10);
    expect(narrow).toEqual([]);
    await context.close();
  });

  it("on a phone, the district heat map shows all its columns beside the names", async () => {
    // A unit's page links the year's heat map (test/page-size.test.ts) rather than inlining it.
    for (const path of [MAIN.year]) {
      const { page, context } = await open(path, { width: 360 });
      const svg = page.locator("figure.chart:has(h3:text-matches('theo lĩnh vực, năm')) svg[role=img]:visible");
      await expect(svg.count()).resolves.toBe(1);
      const shown = await svg.evaluate((el) => {
        return [...el.querySelectorAll("text")].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left >= 0 && r.right <= document.documentElement.clientWidth;
        }).map((t) => t.textContent);
      });
      for (const field of ["Chỉ đạo, điều hành", "Tài chính công", "SIPAS", "Xã Hồng Phúc", "Xã Hồng Dụ"]) expect(shown.map((t) => t?.replace(/^▶ /, "")), path).toContain(field);
      await context.close();
    }
  });

  it("dark mode follows the system", async () => {
    const { page, context } = await open(MAIN.unit, { colorScheme: "dark" });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(20, 24, 28)");
    await page.screenshot({ path: join(SHOTS, "unit-dark-1280.png"), fullPage: true });
    await context.close();
  });

  it("a unit page prints on A4 without navigation, no chart's drawing split across pages", async () => {
    // The printable width of A4 (210 mm less 2 × 14 mm margins) in CSS pixels.
    const { page, context } = await open(MAIN.unit, { width: 688 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site").isVisible()).toBe(false);
    // A chart's drawing (with its title) stays on one page; its data table, printed open below it, may run on.
    const figures = await page.locator("figure.chart .svg").evaluateAll((els) =>
      els.map((el) => ({ breakInside: getComputedStyle(el).breakInside, height: el.getBoundingClientRect().height })),
    );
    expect(figures.length).toBeGreaterThan(0);
    // A4 is 297 mm; less 2 × 14 mm margins, 269 mm ≈ 1016 CSS px. A figure taller than a page would have to split.
    for (const f of figures) {
      expect(f.breakInside).toBe("avoid");
      expect(f.height).toBeLessThan(1016);
    }
    await page.pdf({ path: join(OUTPUT, "don-vi-11203-2022.pdf"), format: "A4", printBackground: true });
    await context.close();
  });
});
