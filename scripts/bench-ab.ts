/**
 * npm run bench:ab -- <checkout A> <checkout B> [--units 1000] [--runs 3]
 * Whether one version of the site builds slower than another, where `bench:site`'s ratio to its floor cannot say:
 * on a shared machine that ratio moves by more than its tolerance from one run to the next (1,000 units rebuilt at
 * 2.37-3.59x the floor on equivalent code, 2026-11-27). Both checkouts (each with its node_modules installed) build
 * the same synthetic data, each with its own copy, cache and output folder, and its own Astro (bench-build.ts): a
 * cold build each, then `--runs` rebuilds each after one cell changes, A and B interleaved (ABBAAB…) so that a
 * machine slowing down weighs on both alike. Prints each time and peak memory, and the mean rebuild of each.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { astroBuild, astroOf } from "./bench-build.ts";
import { referenceUnits, touchOneCell, writeSyntheticData } from "./synthetic-site.ts";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { units: { type: "string", default: "1000" }, runs: { type: "string", default: "3" }, keep: { type: "boolean" } },
});
const units = Number(args.units);
const runs = Number(args.runs);
const checkouts = positionals.map((p) => resolve(p));
if (checkouts.length !== 2 || !Number.isInteger(units) || units < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error("bench:ab: usage: npm run bench:ab -- <checkout A> <checkout B> [--units 1000] [--runs 3]");
}
for (const c of checkouts) if (!existsSync(astroOf(c))) throw new Error(`bench:ab: ${c} has no node_modules/astro: run npm ci there first`);

const tmp = mkdtempSync(join(tmpdir(), "bench-ab-"));
const names = ["A", "B"] as const;
const dir = (i: number) => join(tmp, names[i]!);

/** One build of checkout `i` into its own folder: its time in ms and peak memory; a failed build stops the run. */
async function build(i: number): Promise<string> {
  const run = await astroBuild(checkouts[i]!, join(dir(i), "dist"), { DATA_DIR: join(dir(i), "data"), CCHC_CACHE_DIR: join(dir(i), "cache") });
  if (run.failed) throw new Error(`bench:ab: the build of ${checkouts[i]} failed: ${run.failed}`);
  times[i]!.push(run.ms);
  return `${s(run.ms)}, ${run.peakRssMB} MB`;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times: number[][] = [[], []];
try {
  writeSyntheticData(join(tmp, "data"), units, referenceUnits());
  for (const i of [0, 1]) {
    mkdirSync(dir(i), { recursive: true });
    cpSync(join(tmp, "data"), join(dir(i), "data"), { recursive: true });
    console.log(`${names[i]} cold ${await build(i)}  (${checkouts[i]})`);
  }
  for (let r = 0; r < runs; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      touchOneCell(join(dir(i), "data"));
      console.log(`${names[i]} rebuild ${await build(i)}`);
    }
  }
  // The first time of each is its cold build.
  const mean = (xs: number[]) => xs.slice(1).reduce((a, b) => a + b, 0) / (xs.length - 1);
  console.log(`mean rebuild: A ${s(mean(times[0]!))}, B ${s(mean(times[1]!))} (${units} units, ${runs} each)`);
} finally {
  if (args.keep) console.error(`bench:ab: kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
