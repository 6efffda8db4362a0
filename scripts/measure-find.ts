/**
 * Bytes of issue 12's budget: the search index for a province (200 units) and for
 * the whole country (10,000 units, ~700 districts) with synthetic Vietnamese names,
 * gzip -9; the time to build the matcher and answer a query at 10,000 units; and, when
 * a built site is there (dist/ or SITE_DIR), the JavaScript each kind of page loads.
 *   npx node scripts/measure-find.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { searchIndex, type IndexedUnit } from "../src/site/search-index.ts";
import { matcher } from "../src/client/match.ts";

const SYLLABLES = "An Bình Cường Đồng Tâm Hồng Phúc Kiến Quốc Nghĩa Tân Hương Vĩnh Hòa Ninh Hải Giang Đức Lạc Thịnh Phong Xuyên Hiệp Lực Văn Hội Ứng Hoè Quang Trung Thành Lợi Sơn Thủy Long Mỹ Phú Yên Khánh Lâm Thượng Hạ Đông Tây Nam Bắc".split(" ");
const KINDS = ["Xã", "Xã", "Xã", "Xã", "Phường", "Thị trấn"];

/** A deterministic generator (mulberry32), so the sizes reported are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(n: number, districts: number): IndexedUnit[] {
  const r = random(n);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const districtNames = Array.from({ length: districts }, () => `${pick(SYLLABLES)} ${pick(SYLLABLES)}`);
  return Array.from({ length: n }, (_, i) => {
    const code = String(10000 + i * 3).padStart(5, "0");
    return { code, name: `${pick(KINDS)} ${pick(SYLLABLES)} ${pick(SYLLABLES)}`, district: districtNames[Math.floor((i * districts) / n)]!, href: `/don-vi/${code}/` };
  });
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${n.toLocaleString("en")} B (${(n / 1024).toFixed(1)} KiB)`;

for (const [n, d] of [[200, 12], [10_000, 700]] as const) {
  const units = synthetic(n, d);
  const json = JSON.stringify(searchIndex(units));
  console.log(`index, ${n} units in ${d} districts: ${kb(Buffer.byteLength(json))} raw, ${kb(gz(json))} gzip`);
  if (n === 10_000) {
    let t = performance.now();
    const m = matcher(units);
    const build = performance.now() - t;
    t = performance.now();
    for (const q of ["dong tam", "tt ninh giang", "hong phuk", "10003"]) m.find(q);
    console.log(`matcher at ${n} units: built in ${build.toFixed(0)} ms, 4 queries in ${(performance.now() - t).toFixed(0)} ms`);
  }
}

const site = process.env.SITE_DIR ?? (existsSync("dist") ? "dist" : "test-output/site");
if (existsSync(join(site, "index.html"))) {
  for (const page of ["index.html", "don-vi/11203/2022/index.html", "don-vi/index.html", "so-sanh/index.html", "tim-kiem.json", "so-sanh.json"]) {
    const file = join(site, page);
    if (!existsSync(file)) continue;
    if (page.endsWith(".json")) {
      console.log(`${site}/${page}: ${kb(gz(readFileSync(file)))} gzip`);
      continue;
    }
    const scripts = [...readFileSync(file, "utf8").matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
    const bytes = scripts.reduce((s, src) => s + gz(readFileSync(join(site, src))), 0);
    console.log(`${site}/${page}: ${scripts.length} script(s), ${kb(bytes)} gzip`);
  }
}
