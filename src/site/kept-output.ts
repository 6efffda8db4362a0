/**
 * An Astro integration: the output folder is kept between builds (astro.config.mjs:
 * vite.build.emptyOutDir false), so that a file an incremental build reuses stays where it
 * is, neither deleted nor copied back: emptying the folder and copying every unchanged file
 * back was a quarter of a rebuild's time. What keeps the folder honest:
 * - a folder this project did not finish writing last is emptied before the build, as Astro would:
 *   the cache folder's record names the output folder its last finished build wrote, and a mark
 *   beside the output folder (not in it: it is not published) names that build, so a build with
 *   another cache folder in between, or one that did not finish, shows;
 * - when the cache folder's last build did not finish (killed, out of memory), Astro's own record
 *   of its keys and its copies of the pages are deleted too: Astro copies each page as it renders
 *   and records the keys only at the end, so such copies may hold data the record does not;
 * - a build that finishes deletes every file it did not write or reuse (a unit no longer in
 *   the data, a chart gone) and the folders that leaves empty.
 * A build that fails leaves no folder (no-stale-site.ts), no record and no mark.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The record of the last finished build's output folder, in Astro's cache folder. */
const RECORD = "cchc-output.json";
/** Astro's incremental build in its cache folder: the last build's keys, and its copies of what it wrote (astro/dist/core/build/incremental.js). */
export const ASTRO_KEYS = "incremental-build.json";
export const ASTRO_COPIES = "dist";
/** The mark of the build that last finished writing `outDir`: beside it, so that the site does not publish it. */
export const markOf = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.cchc-build.json`);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null; // None written, or half written by a build that was stopped.
  }
}
/** A file's time is the kernel's coarse clock, a few ms behind Date.now(): a second's slack (a build takes more). */
const CLOCK_SLACK = 1000;

/** Empties `dir` (keeping the folder itself), as Astro's emptyDir does. */
function empty(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Every file under `dir`, by absolute path. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Removes the folders under `dir` that hold no file, deepest first. */
function removeEmptyFolders(dir: string): void {
  if (!existsSync(dir)) return;
  const folders = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
}

/**
 * Deletes the files of `outDir` that a build started at `started` neither wrote (written since) nor listed as its
 * output (`kept`: what it reused, and the public folder's files); returns how many went.
 */
export function removeStale(outDir: string, started: number, kept: Set<string>): number {
  let gone = 0;
  for (const file of filesUnder(outDir)) {
    if (kept.has(file) || statSync(file).mtimeMs >= started - CLOCK_SLACK) continue;
    rmSync(file, { force: true });
    gone++;
  }
  removeEmptyFolders(outDir);
  return gone;
}

export function keptOutput(): AstroIntegration {
  let outDir = "";
  let publicDir = "";
  let cacheDir = "";
  let record = "";
  let started = 0;
  return {
    name: "cchc-kept-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        record = join(cacheDir, RECORD);
      },
      "astro:build:start": () => {
        started = Date.now();
        const last = readJson<{ outDir: string; build: string }>(record);
        const mark = readJson<{ build: string }>(markOf(outDir));
        if (last === null) {
          // No build finished with this cache folder: Astro's keys and copies, if any, are a stopped build's.
          rmSync(join(cacheDir, ASTRO_KEYS), { force: true });
          rmSync(join(cacheDir, ASTRO_COPIES), { recursive: true, force: true });
        }
        if (last === null || last.outDir !== outDir || mark?.build !== last.build) empty(outDir);
        // Written again only when this build finishes.
        rmSync(record, { force: true });
        rmSync(markOf(outDir), { force: true });
      },
      "astro:build:done": ({ assets, logger }) => {
        const kept = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) kept.add(fileURLToPath(url));
        for (const file of filesUnder(publicDir)) kept.add(join(outDir, relative(publicDir, file)));
        const gone = removeStale(outDir, started, kept);
        if (gone > 0) logger.info(`deleted ${gone} files of an earlier build that this one does not publish`);
        const build = randomUUID();
        writeFileSync(markOf(outDir), JSON.stringify({ build, cacheDir }) + "\n");
        writeFileSync(record, JSON.stringify({ outDir, build }) + "\n");
      },
    },
  };
}
