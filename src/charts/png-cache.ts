/**
 * PNG downloads kept between builds, by content: a PNG is a pure function of its
 * standalone SVG's text, the faces it is drawn in, and the rasteriser and encoder, so
 * a file named by the SHA-256 of all of them is reused as it is. A rebuild after one
 * results table changes rasterises only the charts whose SVG changed (rasterising is
 * most of a build's time). Kept in Astro's cache directory, node_modules/.astro, in
 * files written whole then renamed, so a concurrent build never reads half a file.
 * CCHC_CHART_CACHE=off draws every PNG afresh (the reproducibility test compares both).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { chartFaces } from "./fonts.ts";

/** Raised when png.ts changes what it writes for the same inputs (options, palette rule). */
const FORMAT = 1;

const require = createRequire(import.meta.url);
const NODE_MODULES = dirname(dirname(require.resolve("astro/package.json")));
/** A package's version, from its package.json on disk (fast-png's exports do not list it). */
const version = (pkg: string) => (JSON.parse(readFileSync(join(NODE_MODULES, pkg, "package.json"), "utf8")) as { version: string }).version;
export const PNG_CACHE = join(NODE_MODULES, ".astro", "chart-png");

let salt: string | null = null;

/** What besides the SVG decides the pixels and the bytes: format, packages, the faces' bytes. */
function inputs(): string {
  if (salt === null) {
    const hash = createHash("sha256").update(`${FORMAT} resvg ${version("@resvg/resvg-js")} fast-png ${version("fast-png")}`);
    for (const face of chartFaces()) hash.update(readFileSync(face.file));
    salt = hash.digest("hex");
  }
  return salt;
}

/** The PNG of `svg`, from the cache when it holds it, else rendered by `render` and kept. */
export function cachedPng(svg: string, render: (svg: string) => Uint8Array, dir = PNG_CACHE): Uint8Array {
  if (process.env.CCHC_CHART_CACHE === "off") return render(svg);
  const file = join(dir, `${createHash("sha256").update(inputs()).update(svg).digest("hex")}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = render(svg);
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, png);
    renameSync(`${file}.${process.pid}`, file);
    return png;
  }
}
