/**
 * npm run bench:site -- --units 1000,2000,4000,10000
 * For each size: a synthetic data directory (scripts/synthetic-site.ts) built into a temporary folder, timed, with the
 * peak memory of the build's process tree, the site's pages and bytes, and the rebuild after one cell of one table
 * changes; and, as the floor, a bare Astro project of as many one-line pages, built and rebuilt the same way.
 * Writes a table to stdout and JSON to bench/results/site-<date>.json, checks against bench/floors.json and exits 1 on
 * a regression. Options: --keep (keep the temporary folders), --strict (exit 1 on any target not met, known or not),
 * --profile <dir> (a CPU profile of each cold build of the site into <dir>: its times are then not comparable).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { astroBuild, ROOT, siteSize, touchFloor, writeFloorProject, type BuildRun } from "./bench-build.ts";
import { check, type Floors, type SizeResult } from "./bench-verdict.ts";
import { referenceUnits, touchOneCell, writeSyntheticData } from "./synthetic-site.ts";

const { values: args } = parseArgs({ options: { units: { type: "string", default: "1000,2000,4000,10000" }, keep: { type: "boolean" }, strict: { type: "boolean" }, profile: { type: "string" } } });
const sizes = args.units!.split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench:site: --units takes whole numbers separated by commas, not ${args.units}`);
const reference = referenceUnits();
const started = commit();
const log = (s: string) => console.error(`bench:site: ${s}`);

async function measureSize(n: number): Promise<SizeResult> {
  const tmp = mkdtempSync(join(tmpdir(), `bench-site-${n}-`));
  try {
    const data = join(tmp, "data");
    const dist = join(tmp, "dist");
    // Charts and PNGs cached in the size's own folder: its first build draws every one (cold), its rebuild reads them back.
    const env = { DATA_DIR: data, CCHC_CACHE_DIR: join(tmp, "cache") };
    writeSyntheticData(data, n, reference);
    log(`${n} units: building the site`);
    const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`, `--cpu-prof-name=site-${n}-\${pid}.cpuprofile`] : [];
    const build = await astroBuild(ROOT, dist, env, profile);
    if (build.failed) return failure(n, build);
    const size = siteSize(dist);
    touchOneCell(data);
    log(`${n} units: ${size.pages} pages in ${s(build.ms)}; rebuilding after one cell changed`);
    const rebuild = await astroBuild(ROOT, dist, env);
    const floorDir = join(tmp, "floor");
    writeFloorProject(floorDir, size.pages);
    log(`${n} units: building the floor (${size.pages} one-line pages)`);
    const floor = await astroBuild(floorDir, join(floorDir, "dist"));
    touchFloor(floorDir);
    const floorRebuild = await astroBuild(floorDir, join(floorDir, "dist"));
    const failed = [rebuild, floor, floorRebuild].find((b) => b.failed);
    if (failed) return failure(n, failed);
    return result(n, size, build, rebuild, floor, floorRebuild);
  } finally {
    if (args.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

function result(n: number, size: ReturnType<typeof siteSize>, build: BuildRun, rebuild: BuildRun, floor: BuildRun, floorRebuild: BuildRun): SizeResult {
  return {
    units: n,
    pages: size.pages,
    buildMs: Math.round(build.ms),
    rebuildMs: Math.round(rebuild.ms),
    peakRssMB: Math.max(build.peakRssMB, rebuild.peakRssMB),
    distBytes: size.bytes,
    bytesPerPage: Math.round(size.bytes / size.pages),
    unitYearPages: size.unitYearPages,
    bytesPerUnitYearPage: Math.round(size.bytes / Math.max(1, size.unitYearPages)),
    unitYearPageBytes: Math.round(size.unitYearBytes / Math.max(1, size.unitYearPages)),
    floorBuildMs: Math.round(floor.ms),
    floorRebuildMs: Math.round(floorRebuild.ms),
    floorPeakRssMB: Math.max(floor.peakRssMB, floorRebuild.peakRssMB),
    buildOverFloor: round(build.ms / floor.ms),
    rebuildOverFloor: round(rebuild.ms / floorRebuild.ms),
  };
}

/** A size whose build failed: what is known of it (the time and memory until it failed). */
function failure(n: number, build: BuildRun): SizeResult {
  log(`${n} units: the build failed after ${s(build.ms)} at ${build.peakRssMB} MB: ${build.failed}`);
  const none = { ms: 0, peakRssMB: 0 };
  const r = result(n, { pages: 0, bytes: 0, unitYearPages: 0, unitYearBytes: 0 }, build, none, none, none);
  return { ...r, rebuildMs: 0, bytesPerPage: 0, buildOverFloor: 0, rebuildOverFloor: 0, failed: build.failed };
}

/** The commit measured, "+changes" when the working tree differs from it; null outside a git checkout. */
function commit(): string | null {
  try {
    const git = (args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
    return git(["rev-parse", "--short", "HEAD"]) + (git(["status", "--porcelain", "--untracked-files=no"]) ? "+changes" : "");
  } catch {
    return null;
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(results: SizeResult[]): string {
  const head = ["units", "pages", "build", "floor", "×floor", "rebuild", "floor", "×floor", "peak RSS", "KB/page", "KB/unit-year", "unit-year HTML"];
  const rows = results.map((r) => r.failed ? [r.units, "FAILED", s(r.buildMs), ...head.slice(3, 8).map(() => "-"), `${r.peakRssMB} MB`, "-", "-", "-"].map(String) : [
    r.units, r.failed ? "FAILED" : r.pages, s(r.buildMs), s(r.floorBuildMs), r.buildOverFloor, s(r.rebuildMs), s(r.floorRebuildMs), r.rebuildOverFloor,
    `${r.peakRssMB} MB`, (r.bytesPerPage / 1024).toFixed(1), (r.bytesPerUnitYearPage / 1024).toFixed(1), `${(r.unitYearPageBytes / 1024).toFixed(1)} KB`,
  ].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padStart(widths[i]!)).join("  ")).join("\n");
}

/**
 * Whether the next size's site and caches fit in half the free space of the temporary folder, projected from the last
 * size's site as growing with the units (each unit's pages draw its own district or province, whose size does not grow
 * with the country), twice over for the caches of drawn charts and PNGs beside it. Stops the run before it fills a
 * shared disk.
 */
function fits(last: SizeResult, next: number): boolean {
  const { bavail, bsize } = statfsSync(tmpdir());
  const projected = 2 * last.distBytes * (next / last.units);
  if (projected <= (bavail * bsize) / 2) return true;
  log(`${next} units: not built: its site and caches would take about ${Math.round(projected / 2 ** 30)} GB (from ${last.units} units), over half the free space`);
  return false;
}

const results: SizeResult[] = [];
for (const n of sizes) {
  if (results.length > 0 && !fits(results.at(-1)!, n)) break;
  results.push(await measureSize(n));
  if (results.at(-1)!.failed) break;
}
console.log(table(results));
const floors = JSON.parse(readFileSync(join(ROOT, "bench", "floors.json"), "utf8")) as Floors;
const verdict = check(results, floors);
for (const line of verdict.lines) console.log(line);
const date = new Date().toISOString().slice(0, 10);
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
const out = join(ROOT, "bench", "results", `site-${date}.json`);
// The builds compile the checkout as it is: a commit made during the run is said, not taken for the one measured.
const ended = commit();
const measured = ended === started ? started : `${started} (HEAD moved to ${ended} during the run)`;
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), commit: measured, node: process.version, cpus: (await import("node:os")).cpus().length, results, verdict }, null, 2) + "\n");
console.log(`bench:site: results in ${out}`);
process.exitCode = verdict.regressions > 0 || (args.strict && verdict.unmet > 0) ? 1 : 0;
