import { serve } from "./test/browser/serve.ts";
import { launch } from "./test/browser/chromium.ts";
const [path, name, widthArg, chunkArg] = process.argv.slice(2);
const width = Number(widthArg ?? 1280), chunk = Number(chunkArg ?? 900);
const site = await serve("dist");
const browser = await launch();
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: (process.env.SCHEME as "dark" | "light") ?? "light" });
page.on("console", (m) => console.log(m.type(), m.text()));
await page.goto(site.origin + path);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h; y += chunk, i++) {
  await page.screenshot({ path: `/tmp/shots/${name}-${width}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(chunk, h - y) } });
}
console.log("height", h);
await browser.close(); await site.close();
