/**
 * A standalone chart SVG rasterised to PNG at build time by resvg (@resvg/resvg-js:
 * maintained, its prebuilt binary ships inside the npm package), in the self-hosted
 * face only (no system fonts: the same pixels on every machine), at twice the SVG's
 * size so that it stays sharp pasted into a document.
 *
 * resvg writes 32-bit RGBA. A chart on its white background is opaque and most use a
 * hundred-odd colours, antialiasing included: those are written with a palette instead
 * (deflate level 6: level 9 saves another 6 % at three times the time), the same pixels
 * in under half the bytes. A drawing with more than 256 colours (the heat map's shades)
 * keeps resvg's own file.
 *
 * The palette file is written here, by hand, with Node's own zlib: fast-png wrote the same
 * image through fflate, a deflate in JavaScript, at 121 ms a chart against 25 ms for
 * node:zlib (measured on 37 demo charts), and the encoders that use node:zlib (pngjs) do
 * not write palette images. A PNG is four chunks (PNG specification, 2nd edition: IHDR,
 * PLTE, IDAT, IEND), each a length, a type, its data and a CRC-32 (zlib.crc32).
 */
import { Resvg } from "@resvg/resvg-js";
import { existsSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { chartFaces, FAMILY } from "./fonts.ts";

export const PNG_SCALE = 2;

/** The files of the merged faces resvg draws with (fonts.ts), made on first use. */
export const faceFiles = (): string[] => chartFaces().map((f) => f.file);

/**
 * The SVG drawn by resvg, at PNG_SCALE, on white, with the faces in `fonts` (a worker thread is
 * given the files its caller made, rather than merging the faces again: png-pool.ts).
 */
export function rasterise(svg: string, fonts: string[] = faceFiles()) {
  // resvg draws a chart whose face file is missing without its text, and says so only in a log: refused here.
  for (const file of fonts) if (!existsSync(file)) throw new Error(`png: the face ${file} is missing; its charts would be drawn without text`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
    font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
    logLevel: "error",
  });
  return resvg.render();
}

export function renderPng(svg: string, fonts: string[] = faceFiles()): Uint8Array {
  const image = rasterise(svg, fonts);
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
  return palettePng(width, height, indices, [...colours.keys()]);
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** One chunk: its data's length, its type, the data, and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An 8-bit palette PNG of `indices` (one byte a pixel, row by row) into `colours` (0xRRGGBB), rows unfiltered. */
export function palettePng(width: number, height: number, indices: Uint8Array, colours: number[]): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // depth 8, colour type 3 (palette), deflate, adaptive filtering, no interlace
  const palette = Buffer.from(colours.flatMap((c) => [c >> 16, (c >> 8) & 255, c & 255]));
  const rows = new Uint8Array(height * (width + 1)); // each row after its filter byte, 0: none
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const data = deflateSync(rows, { level: 6 });
  return Buffer.concat([Buffer.from(SIGNATURE), chunk("IHDR", header), chunk("PLTE", palette), chunk("IDAT", data), chunk("IEND", new Uint8Array(0))]);
}
