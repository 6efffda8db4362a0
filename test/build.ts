/** Builds the site with the project's own Astro CLI, into a given directory, from a given data directory. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, "..");
/** Where the tests write what a person may want to look at: the built site, screenshots, PDFs. */
export const OUTPUT = join(ROOT, "test-output");
export const SITE = join(OUTPUT, "site");

export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  const astro = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
  return run(process.execPath, [astro, "build", "--outDir", outDir, "--silent"], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every file of a built site by its path, with its SHA-256: two builds are the same site when these are equal. */
export function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(root, path).split(sep).join("/")] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}
