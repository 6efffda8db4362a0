/** The Astro integration that leaves no site behind a build that does not finish, whatever stops it. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const MODULE = pathToFileURL(join(import.meta.dirname, "..", "src", "site", "no-stale-site.ts")).href;
const TEMP = mkdtempSync(join(tmpdir(), "cchc-stale-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

/** Runs the hooks as Astro does in a child process, which then ends as `ending` says. */
async function build(command: string, ending: "crash" | "done" | "exit-1"): Promise<string> {
  const out = join(TEMP, `${command}-${ending}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "index.html"), "an older site");
  const script = `
    const { noStaleSite } = await import(${JSON.stringify(MODULE)});
    const { hooks } = noStaleSite();
    hooks["astro:config:setup"]({ command: ${JSON.stringify(command)} });
    hooks["astro:config:done"]({ config: { outDir: new URL(${JSON.stringify(pathToFileURL(out + "/").href)}) } });
    if (${JSON.stringify(ending)} === "done") hooks["astro:build:done"]({});
    if (${JSON.stringify(ending)} === "crash") throw new RangeError("Maximum call stack size exceeded");
    if (${JSON.stringify(ending)} === "exit-1") process.exit(1);
  `;
  await run(process.execPath, ["--input-type=module", "-e", script]).catch(() => null);
  return out;
}

describe("a build that does not finish leaves no site", () => {
  it("removes the output folder after a crash", async () => {
    expect(existsSync(await build("build", "crash"))).toBe(false);
  });
  it("removes it after an exit with an error", async () => {
    expect(existsSync(await build("build", "exit-1"))).toBe(false);
  });
  it("keeps the site of a build that finished", async () => {
    expect(existsSync(join(await build("build", "done"), "index.html"))).toBe(true);
  });
  it("leaves the folder alone outside a build (dev, preview)", async () => {
    expect(existsSync(join(await build("dev", "crash"), "index.html"))).toBe(true);
  });
});
