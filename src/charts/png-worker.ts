/**
 * One of png-pool.ts's worker threads: a standalone SVG and the files of the faces to draw it
 * with in, its PNG out (png.ts). The calling thread makes the faces, or reads them back from the
 * cache (fonts.ts), once; a worker never does, and refuses a chart sent without them. The bytes
 * are copied back, not moved: a small Buffer may share its memory with others.
 *
 * resvg-js (2.6) holds each drawing's tree and pixels in Rust memory that it does not report
 * to V8, so a worker's small heap never asks for a collection and that memory is never freed:
 * a bench of 100 units reached 8.7 GB, and 400 charts rasterised through two workers 9 GB.
 * Every few charts the worker collects its heap and lets its event loop turn, when the
 * drawings' finalizers run: the same 400 charts then stay under 1 GB. (resvg-js reports that
 * memory from 2.7, an alpha today: thx/resvg-js#393.) The collector is reached through
 * node:v8 and node:vm, since a worker cannot be started with --expose-gc.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { renderPng } from "./png.ts";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
/** Charts drawn between collections: a collection of a worker's heap takes a few milliseconds. */
const EVERY = 4;

let drawn = 0;
export default async ({ svg, fonts }: { svg: string; fonts: string[] }): Promise<Uint8Array> => {
  if (!Array.isArray(fonts) || fonts.length === 0) throw new Error("png-worker: a chart sent without the files of its faces");
  const png = renderPng(svg, fonts);
  if (++drawn % EVERY === 0) {
    collect();
    await new Promise(setImmediate);
  }
  return png;
};
