/**
 * Where drawn charts, PNGs and merged faces are kept between builds, and how: one file per content key,
 * written whole then renamed (a concurrent build never reads half a file), its modification
 * time set again whenever a build uses it, so that a finished build can delete what no build
 * has used for a while (`prune`): the caches do not keep every chart ever drawn. Not only
 * what the last build used: a build that reuses its pages' files (Astro's incremental build)
 * reads no chart, and the charts are wanted again as soon as a page's code changes.
 * Under Astro's cache directory (node_modules/.astro) unless CCHC_CACHE_DIR names another,
 * which astro.config.mjs then makes Astro's too (the benchmark gives each size an empty one,
 * so that its cold build is cold).
 * CCHC_CHART_CACHE=off: nothing is read or written (chart-cache.ts, png-cache.ts).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";

const require = createRequire(import.meta.url);
export const NODE_MODULES = dirname(dirname(require.resolve("astro/package.json")));
/** The project's folder, whose src/ the caches' keys read (a build runs a bundle of it elsewhere). */
export const ROOT = dirname(NODE_MODULES);

/** The caches this project keeps: drawn charts (chart-cache.ts), PNG downloads (png-cache.ts), merged faces (fonts.ts). */
export const CACHES = { charts: "charts", png: "chart-png", faces: "faces" } as const;

/** The folder of one cache, read from the environment when asked (a build, a worker or a test may set it). */
export function cacheDir(name: (typeof CACHES)[keyof typeof CACHES]): string {
  return join(process.env.CCHC_CACHE_DIR || join(NODE_MODULES, ".astro"), name);
}

/** Whether the caches are bypassed (CCHC_CHART_CACHE=off). */
export const cacheOff = () => process.env.CCHC_CHART_CACHE === "off";

/** A package's version, from its package.json on disk (not every package's exports list it). */
export const version = (pkg: string) => (JSON.parse(readFileSync(join(NODE_MODULES, pkg, "package.json"), "utf8")) as { version: string }).version;

/** The file's bytes, marked used now; null when the cache does not hold it. */
export function readCached(file: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // Deleted by another build's prune since it was read: what was read is still whole.
  }
  return bytes;
}

/** Keeps `bytes` as `file`: written beside it under a name of this process and thread, then renamed into place. */
export function writeCached(file: string, bytes: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}-${threadId}`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

/** Every file under `dir`, with its last use (ms) and size; none when the folder does not exist. */
function files(dir: string): { path: string; used: number; bytes: number }[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).flatMap((e) => {
    const path = join(e.parentPath, e.name);
    try {
      const stat = statSync(path);
      return [{ path, used: stat.mtimeMs, bytes: stat.size }];
    } catch {
      return [];
    }
  });
}

/** How long a cached file no build uses is kept: CCHC_CACHE_DAYS days, 7 unless set. */
export function keptFor(): number {
  const days = Number(process.env.CCHC_CACHE_DAYS ?? 7);
  return (Number.isFinite(days) && days >= 0 ? days : 7) * 86_400_000;
}

/**
 * Deletes every cached file last used before `since` (ms since the epoch), in every cache;
 * returns how many files and bytes went. A build running beside it loses only time: a file
 * it would have read is drawn again.
 */
export function prune(since: number): { files: number; bytes: number } {
  const gone = { files: 0, bytes: 0 };
  for (const name of Object.values(CACHES)) {
    for (const f of files(cacheDir(name))) {
      if (f.used >= since) continue;
      try {
        rmSync(f.path, { force: true });
        gone.files++;
        gone.bytes += f.bytes;
      } catch {
        // Not ours to delete (another build's folder, its rights): left, as a cache file is only worth time.
      }
    }
  }
  return gone;
}
