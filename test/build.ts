/** Builds the site with the project's own Astro CLI, into a given directory, from a given data directory. */
import { execFile } from "node:child_process";
import { join } from "node:path";
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
