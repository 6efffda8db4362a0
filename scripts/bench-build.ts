/**
 * For `npm run bench:site`: an `astro build` timed, with the peak resident memory of its whole process tree
 * (polled from /proc), the bare Astro project of N one-line pages that is its floor, and what a built site weighs.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");

export interface BuildRun {
  ms: number;
  peakRssMB: number;
  /** Why the build failed (the end of its error output: "JavaScript heap out of memory"), if it did. */
  failed?: string;
}

/** Resident memory (kB) of a process and its descendants, from /proc; 0 for a process already gone. */
function treeRssKB(pid: number): number {
  let kb = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children.split(/\s+/).filter(Boolean)) kb += treeRssKB(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return kb;
}

/** The Astro a project builds with: its own node_modules' (the floor's links to this repository's). */
export const astroOf = (project: string) => join(project, "node_modules", "astro", "bin", "astro.mjs");

/** Runs `astro build --outDir outDir` in `cwd` with its own Astro, on this Node, timed, its process tree's memory polled every 50 ms; a failure is said, not thrown. */
export function astroBuild(cwd: string, outDir: string, env: Record<string, string> = {}, extraNodeArgs: string[] = []): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...extraNodeArgs, astroOf(cwd), "build", "--outDir", outDir, "--silent"], {
      cwd,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRssKB(child.pid!))), 50);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      const failed = code === 0 ? {} : { failed: /FATAL ERROR: [^\n]*/.exec(stderr)?.[0] ?? `exit ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}` };
      resolve({ ms, peakRssMB: Math.round(peak / 1024), ...failed });
    });
  });
}

/** A bare Astro project of `n` one-line pages (getStaticPaths), with the site's URL style, using this repository's Astro. */
export function writeFloorProject(dir: string, n: number): void {
  mkdirSync(join(dir, "src", "pages", "p"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bench-floor", private: true, type: "module" }) + "\n");
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nexport default defineConfig({ trailingSlash: "always", build: { format: "directory" }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, "src", "pages", "p", "[id].astro"),
    [
      "---",
      `export const getStaticPaths = () => Array.from({ length: ${n} }, (_, i) => ({ params: { id: String(i) } }));`,
      "const { id } = Astro.params;",
      "---",
      "<p>Page {id}</p>",
      "",
    ].join("\n"),
  );
}

/** Changes the floor's one page template, as a data change changes the site's tables: a rebuild after it. */
export function touchFloor(dir: string): void {
  const file = join(dir, "src", "pages", "p", "[id].astro");
  writeFileSync(file, readFileSync(file, "utf8").replace(/<p>Page/, "<p>Page no."));
}

export interface SiteSize {
  pages: number;
  bytes: number;
  /** Pages of one unit in one year (/don-vi/<code>/<year>/, and /don-vi/<code>/ for its latest year), and their bytes alone. */
  unitYearPages: number;
  unitYearBytes: number;
}

/** The HTML pages of a built site, its bytes, and those of its unit-year pages. */
export function siteSize(dist: string): SiteSize {
  const size: SiteSize = { pages: 0, bytes: 0, unitYearPages: 0, unitYearBytes: 0 };
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const bytes = statSync(path).size;
    size.bytes += bytes;
    if (!e.name.endsWith(".html")) continue;
    size.pages++;
    if (/\/don-vi\/[^/]+\/(?:\d{4}\/)?index\.html$/.test(path)) {
      size.unitYearPages++;
      size.unitYearBytes += bytes;
    }
  }
  return size;
}
