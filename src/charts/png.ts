/**
 * A standalone chart SVG rasterised to PNG at build time by resvg (@resvg/resvg-js:
 * maintained, its prebuilt binary ships inside the npm package), in the self-hosted
 * face only (no system fonts: the same pixels on every machine), at twice the SVG's
 * size so that it stays sharp pasted into a document.
 */
import { Resvg } from "@resvg/resvg-js";
import { chartFaces, FAMILY } from "./fonts.ts";

export const PNG_SCALE = 2;

export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
    font: { loadSystemFonts: false, fontFiles: chartFaces().map((f) => f.file), defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
    logLevel: "error",
  });
  return resvg.render().asPng();
}
