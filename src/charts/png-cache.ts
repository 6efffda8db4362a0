/**
 * PNG downloads kept between builds, by content: a PNG is a pure function of its
 * standalone SVG's text, the faces it is drawn in, and the rasteriser and encoder, so
 * a file named by the SHA-256 of all of them is reused as it is. A rebuild after one
 * results table changes rasterises only the charts whose SVG changed (rasterising is
 * most of a build's time). Kept in Astro's cache directory, node_modules/.astro
 * (disk-cache.ts: how, and the pruning).
 * CCHC_CHART_CACHE=off draws every PNG afresh (the reproducibility test compares both).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CACHES, cacheDir, cacheOff, readCached, version, writeCached } from "./disk-cache.ts";
import { chartFaces } from "./fonts.ts";

/** Raised when png.ts changes what it writes for the same inputs (options, palette rule). */
const FORMAT = 2;

/** The folder PNGs are kept in now (disk-cache.ts). */
export const pngCacheDir = () => cacheDir(CACHES.png);

let salt: string | null = null;

/** What besides the SVG decides the pixels and the bytes: format, packages, the faces' bytes. */
function inputs(): string {
  if (salt === null) {
    const hash = createHash("sha256").update(`${FORMAT} resvg ${version("@resvg/resvg-js")} zlib ${process.versions.zlib}`);
    for (const face of chartFaces()) hash.update(readFileSync(face.file));
    salt = hash.digest("hex");
  }
  return salt;
}

/** The PNG of `svg`, from the cache when it holds it, else rendered by `render` and kept. */
export async function cachedPng(svg: string, render: (svg: string) => Uint8Array | Promise<Uint8Array>, dir = pngCacheDir()): Promise<Uint8Array> {
  if (cacheOff()) return render(svg);
  const file = join(dir, `${createHash("sha256").update(inputs()).update(svg).digest("hex")}.png`);
  const kept = readCached(file);
  if (kept) return kept;
  const png = await render(svg);
  writeCached(file, png);
  return png;
}
