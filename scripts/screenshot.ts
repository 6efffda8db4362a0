/**
 * Screenshots of a built page, cut into screen-high pieces, for looking at a page
 * closely: npx node scripts/screenshot.ts <path> [width] [dark] → test-output/shots/.
 * Serves SITE_DIR if given, else dist/ (npm run build) if it exists, else test-output/site (npm test).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch } from "../test/browser/chromium.ts";
import { serve } from "../test/browser/serve.ts";

const [path = "/", widthArg = "360", scheme = "light"] = process.argv.slice(2);
const width = Number(widthArg);
// The README's build writes dist/; npm test builds test-output/site.
const built = join(import.meta.dirname, "..", "dist");
const root = process.env.SITE_DIR ?? (existsSync(built) ? built : join(import.meta.dirname, "..", "test-output", "site"));
const out = join(import.meta.dirname, "..", "test-output", "shots");
mkdirSync(out, { recursive: true });
const site = await serve(root);
const browser = await launch();
const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme === "dark" ? "dark" : "light" });
const response = await page.goto(site.origin + path);
if (response?.status() !== 200) {
  console.error(`${path}: HTTP ${response?.status()} from ${root}; build the site first (npm run build)`);
  await browser.close();
  await site.close();
  process.exit(1);
}
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const name = path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
let i = 0;
for (let y = 0; y < height; y += 800, i++) {
  await page.screenshot({ path: join(out, `${name}-${width}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(800, height - y) } });
}
console.log(`${i} pieces of ${name} at ${width} px in ${out}`);
await browser.close();
await site.close();
