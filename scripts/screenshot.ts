/**
 * Screenshots of a built page, cut into screen-high pieces, for looking at a page
 * closely: node scripts/screenshot.ts <path> [width] [dark] → test-output/shots/.
 * Serves test-output/site (built by npm test) or, if given, SITE_DIR.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch } from "../test/browser/chromium.ts";
import { serve } from "../test/browser/serve.ts";

const [path = "/", widthArg = "360", scheme = "light"] = process.argv.slice(2);
const width = Number(widthArg);
const root = process.env.SITE_DIR ?? join(import.meta.dirname, "..", "test-output", "site");
const out = join(import.meta.dirname, "..", "test-output", "shots");
mkdirSync(out, { recursive: true });
const site = await serve(root);
const browser = await launch();
const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme === "dark" ? "dark" : "light" });
await page.goto(site.origin + path);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const name = path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
let i = 0;
for (let y = 0; y < height; y += 800, i++) {
  await page.screenshot({ path: join(out, `${name}-${width}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(800, height - y) } });
}
console.log(`${i} pieces of ${name} at ${width} px in ${out}`);
await browser.close();
await site.close();
