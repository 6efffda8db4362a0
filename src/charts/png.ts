/**
 * A standalone chart SVG rasterised to PNG at build time by resvg (@resvg/resvg-js:
 * maintained, its prebuilt binary ships inside the npm package), in the self-hosted
 * face only (no system fonts: the same pixels on every machine), at twice the SVG's
 * size so that it stays sharp pasted into a document.
 *
 * resvg writes 32-bit RGBA. A chart on its white background is opaque and most use a
 * hundred-odd colours, antialiasing included: those are written with a palette instead
 * (fast-png, deflate level 6: level 9 saves another 6 % at three times the time), the same pixels in under half the bytes. A drawing with more than 256
 * colours (the heat map's shades) keeps resvg's own file.
 */
import { Resvg } from "@resvg/resvg-js";
import { encode } from "fast-png";
import { chartFaces, FAMILY } from "./fonts.ts";

export const PNG_SCALE = 2;

/** The SVG drawn by resvg, at PNG_SCALE, on white. */
export function rasterise(svg: string) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
    font: { loadSystemFonts: false, fontFiles: chartFaces().map((f) => f.file), defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
    logLevel: "error",
  });
  return resvg.render();
}

export function renderPng(svg: string): Uint8Array {
  const image = rasterise(svg);
  return indexed(image.width, image.height, image.pixels) ?? image.asPng();
}

/** RGBA pixels as an indexed PNG, colours in order of first use; null if any is not opaque or there are over 256. */
export function indexed(width: number, height: number, rgba: Uint8Array): Uint8Array | null {
  const colours = new Map<number, number>();
  const indices = new Uint8Array(width * height);
  // Most pixels repeat the one before them (the background, a bar): look those up once.
  let last = -1;
  let index = 0;
  for (let i = 0; i < indices.length; i++) {
    if (rgba[i * 4 + 3] !== 255) return null;
    const colour = (rgba[i * 4]! << 16) | (rgba[i * 4 + 1]! << 8) | rgba[i * 4 + 2]!;
    if (colour !== last) {
      const known = colours.get(colour);
      if (known === undefined && colours.size === 256) return null;
      if (known === undefined) colours.set(colour, colours.size);
      index = known ?? colours.size - 1;
      last = colour;
    }
    indices[i] = index;
  }
  const palette = [...colours.keys()].map((c) => [c >> 16, (c >> 8) & 255, c & 255]);
  return encode({ width, height, data: indices, depth: 8, channels: 1, palette }, { zlib: { level: 6 } });
}
