/**
 * The site's self-hosted face (Be Vietnam Pro, from @fontsource) as the PNG rasteriser
 * and the standalone SVG's text layout need it.
 *
 * Fontsource ships the face as three unicode-range subsets (latin, latin-ext, vietnamese)
 * in WOFF/WOFF2 only. resvg reads neither, and its font fallback between faces of one
 * family fails inside a word ("từng" mixes the latin and the vietnamese subset), so each
 * weight's subsets are merged into one TrueType face with fonteditor-core (a maintained
 * font toolkit): the outlines, advance widths and cmap of all three. It writes no GPOS
 * table, so the PNG's text is set without kerning (a shade looser than in a browser). The
 * merged faces are kept as files with the build's caches, since resvg-js in Node loads fonts
 * from files only, named by what they are made of, and read back by the next build.
 *
 * Be Vietnam Pro has no arrows nor maths signs, which the charts draw ("≥ 90", "↑ Điểm");
 * with system fonts off (the same pixels on every machine) they would be left blank, so
 * those two blocks are merged in from Noto Sans Math (also from fontsource).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import { Font } from "fonteditor-core";
import { CACHES, cacheDir, cacheOff, readCached, ROOT, version, writeCached } from "./disk-cache.ts";

export const FAMILY = "Be Vietnam Pro";
/** The weights the charts draw with: body text, and titles. */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const require = createRequire(import.meta.url);
const FILES = dirname(require.resolve("@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff"));
const SYMBOLS = require.resolve("@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff");
/** Arrows, mathematical operators and geometric shapes (the ▶ that marks a commune in its district's charts). */
const SYMBOL_BLOCKS = [[0x2190, 0x21ff], [0x2200, 0x22ff], [0x25a0, 0x25ff]] as const;

const inflate = (data: number[]) => [...inflateSync(Uint8Array.from(data))];

function readWoff(file: string, codes?: number[]) {
  return Font.create(readFileSync(file), { type: "woff", inflate, hinting: false, ...(codes ? { subset: codes } : {}) });
}

const subsetFile = (subset: string, weight: Weight) => join(FILES, `be-vietnam-pro-${subset}-${weight}-normal.woff`);
const codesOf = (font: ReturnType<typeof readWoff>) => Object.keys(font.get().cmap).map(Number);
const isSymbol = (c: number) => SYMBOL_BLOCKS.some(([from, to]) => c >= from && c <= to);

/** One weight's three subsets, and the symbols it lacks, as one TrueType face. */
function mergedFace(weight: Weight): Buffer {
  const face = readWoff(subsetFile(SUBSETS[0], weight));
  const covered = new Set(codesOf(face));
  const em = face.get().head.unitsPerEm!;
  const sources = [...SUBSETS.slice(1).map((s) => ({ file: subsetFile(s, weight), wanted: (_: number) => true })), { file: SYMBOLS, wanted: isSymbol }];
  for (const { file, wanted } of sources) {
    const missing = codesOf(readWoff(file)).filter((c) => wanted(c) && !covered.has(c));
    if (missing.length === 0) continue;
    const part = readWoff(file, missing);
    face.merge(part, { scale: em / part.get().head.unitsPerEm! });
    for (const c of missing) covered.add(c);
  }
  return face.write({ type: "ttf", toBuffer: true }) as Buffer;
}

export interface Face {
  weight: Weight;
  file: string;
  /** Advance width of each code point, in em. */
  advance: Map<number, number>;
}

let faces: Face[] | null = null;

/**
 * What the merged faces are made of: the subset files, fonteditor-core's version and the code that merges them
 * (this module's source, the same file for a build, which runs a bundle of it, and a test). A face merged from the
 * same is read back from the cache directory rather than merged again (0.4-0.7 s a build).
 */
function facesKey(): string {
  const hash = createHash("sha256").update(`fonteditor-core ${version("fonteditor-core")}\0`);
  hash.update(readFileSync(join(ROOT, "src", "charts", "fonts.ts")));
  for (const file of [...WEIGHTS.flatMap((w) => SUBSETS.map((s) => subsetFile(s, w))), SYMBOLS]) hash.update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The merged faces, made on first use, or read back when made from the same inputs: kept with the build's other
 * caches (disk-cache.ts: marked used when read, deleted by a finished build once no build has used them for a week),
 * as files, which resvg reads. CCHC_CHART_CACHE=off merges them afresh.
 */
export function chartFaces(): Face[] {
  if (faces) return faces;
  const key = facesKey();
  faces = WEIGHTS.map((weight) => {
    const file = join(cacheDir(CACHES.faces), `be-vietnam-pro-${weight}-${key}.ttf`);
    let ttf = cacheOff() ? null : readCached(file);
    if (!ttf) writeCached(file, (ttf = mergedFace(weight)));
    const font = Font.create(ttf, { type: "ttf" }).get();
    const em = font.head.unitsPerEm!;
    const advance = new Map<number, number>();
    for (const [code, glyph] of Object.entries(font.cmap)) advance.set(Number(code), (font.glyf?.[glyph as number]?.advanceWidth ?? em) / em);
    return { weight, file, advance };
  });
  return faces;
}

/** Width of a line of text in px, from the face's advance widths (kerning ignored: a little wider than drawn). */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const face = chartFaces().find((f) => f.weight === weight)!;
  let em = 0;
  for (const ch of text) em += face.advance.get(ch.codePointAt(0)!) ?? 0.6;
  return em * size;
}
