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
import { hostHeaders, serve, sitePages, type Site } from "./serve.ts";
import { CSP, HEADER_ONLY } from "../../src/site/csp.ts";

const SHOTS = join(OUTPUT, "screenshots");
const AXE = readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

const pages = () => sitePages(SITE);

/** The pages a reader sees first, one of each kind. */
const MAIN = { home: "/", year: "/nam/2022/", unit: "/don-vi/11203/2022/", field: "/linh-vuc/tai-chinh-cong/2022/", service: "/chi-so-phuc-vu/2023-Q1/", method: "/phuong-phap/" };

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
    ["Công tác chỉ đạo, điều hành CCHC", "11,84/15", "9/19 hạng"],
    ["Cải cách thể chế", "4,75/5", "2/3 hạng"],
    ["Cải cách thủ tục hành chính", "16,62/18,5", "2/20 hạng"],
    ["Cải cách tổ chức bộ máy", "6/6", "1/5 hạng"],
    ["Cải cách chế độ công vụ", "11/11", "1/14 hạng"],
    ["Cải cách tài chính công", "5/7", "12/12 hạng"],
    ["Xây dựng chính quyền điện tử, chính quyền số", "10,19/11,5", "9/16 hạng"],
    ["Tác động của CCHC đến phát triển kinh tế - xã hội", "1,577/2", "14/20 hạng"],
    ["Đánh giá của các tổ chức đối với CCHC", "11,49/14", "5/19 hạng"],
    ["Chỉ số hài lòng của người dân, tổ chức", "9,28/10", "12/18 hạng"],
  ])("%s: %s, %s", async (field, score, rank) => {
    const row = page.locator("#linh-vuc ~ .table-wrap tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${field}$`) }) });
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.locator("td").allInnerTexts();
    expect(cells[0]).toBe(score);
    expect(cells[2]).toMatch(new RegExp(`^${rank.replace("/", "\\/")}`));
  });

  it("the finance weakness comes first, with its reason", async () => {
    const first = await page.locator(".findings .weakness li").first().innerText();
    expect(first).toMatch(/^Tài chính công: đứng vị trí 12\/12 \(không tăng bậc so với năm 2021\), là lĩnh vực đứng ở hạng cuối; cuối bảng hai năm liền; đạt 5\/7 điểm/);
  });

  it("the summary a clerk can copy, in the report's words", async () => {
    const summary = await text("blockquote.summary");
    expect(summary.split("\n")[0]).toBe("Năm 2022, UBND xã đạt 87,75/100 điểm, xếp thứ 9/20 xã, thị trấn, thuộc nhóm hoàn thành tốt nhiệm vụ, cụ thể:");
    expect(summary).toContain("- Cải cách tài chính công đạt 5/7 điểm, xếp hạng 12/12 hạng;");
  });

  it("the service index of Q1 2023: 65,67, thứ 14/20, and the dossiers", async () => {
    const row = page.locator("#phuc-vu ~ .table-wrap tbody tr", { has: page.locator("th a", { hasText: /^Quý I\/2023$/ }) });
    const cells = await row.locator("td").allInnerTexts();
    expect(cells[0]).toBe("65,67/100");
    expect(cells[1]).toMatch(/^thứ 14\/20/);
    const dossiers = (await page.locator("#ho-so-2023-Q1 ~ .cols").innerText()).replace(/\s+/g, " ");
    for (const figure of ["Tổng số hồ sơ tiếp nhận 192", "Tiếp nhận trực tiếp 3", "Tiếp nhận trực tuyến 186", "Hồ sơ tồn kỳ trước 3", "Giải quyết trước hạn và đúng hạn 190", "Giải quyết trễ hạn 1", "Đang giải quyết 1", "Chứng thực bản sao điện tử 74", "Số hóa đủ thành phần khi tiếp nhận 188", "Số hóa kết quả giải quyết 167", "Hồ sơ trực tuyến mức độ 4 19", "Hồ sơ trực tuyến mức độ 3 173", "84,89%", "97,9% (188/192", "87,4% (167/191"]) {
      expect(dossiers).toContain(figure.replace(/ %/g, "\u00a0%").replace(/\u00a0/g, " "));
    }
  });

  it("says where the district's figures are illustrative", async () => {
    const notes = await page.locator(".notice").allInnerTexts();
    expect(notes.some((n) => /minh họa/.test(n))).toBe(true);
    // Đồng Tâm's own 2022 row is the report's, and says so.
    expect(await page.locator(".kpis + .source").innerText()).toContain("123/BC-UBND");
  });
});

describe("Content-Security-Policy", () => {
  it("is in every page and in the host headers, the same policy", () => {
    for (const path of pages()) expect(readFileSync(join(SITE, path, "index.html"), "utf8")).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(hostHeaders(join(SITE, "_headers"))["Content-Security-Policy"]).toBe(`${CSP}; ${HEADER_ONLY}`);
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
    expect(await page.locator("script").count()).toBe(0);
    await context.close();
  });
});

describe("accessibility", () => {
  it.each(Object.entries(MAIN).flatMap(([name, path]) => (["light", "dark"] as const).map((scheme) => [name, scheme, path] as const)))(
    "%s page (%s): axe finds no serious or critical violation",
    async (_, colorScheme, path) => {
      // axe is a script the site itself refuses (script-src 'none'): the test lets it in.
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

  it("dark mode follows the system", async () => {
    const { page, context } = await open(MAIN.unit, { colorScheme: "dark" });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(20, 24, 28)");
    await page.screenshot({ path: join(SHOTS, "unit-dark-1280.png"), fullPage: true });
    await context.close();
  });

  it("a unit page prints on A4 without navigation, no chart split across pages", async () => {
    // The printable width of A4 (210 mm less 2 × 14 mm margins) in CSS pixels.
    const { page, context } = await open(MAIN.unit, { width: 688 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site").isVisible()).toBe(false);
    const figures = await page.locator("figure.chart").evaluateAll((els) =>
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
