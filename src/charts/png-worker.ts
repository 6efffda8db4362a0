/**
 * One of png-pool.ts's worker threads: a standalone SVG in, its PNG out (png.ts). The bytes
 * are copied back, not moved: a small Buffer may share its memory with others.
 */
import { renderPng } from "./png.ts";

export default (svg: string): Uint8Array => renderPng(svg);
