/**
 * The build's heap growth (src/site/build-memory.ts): a process that keeps a live set and makes garbage that lives
 * long enough to reach the old generation (as the build's pages and downloads do while they wait on the disk)
 * commits less heap with the integration's hook run than without it, and `astro dev` is left as V8 has it.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MODULE = join(import.meta.dirname, "..", "src", "site", "build-memory.ts");

/** The peak committed heap (MB) of a fresh process after the integration's config hook ran for `command` (or never). */
function peakHeap(command: "build" | "dev" | null): number {
  const script = `
    import { buildMemory } from ${JSON.stringify(MODULE)};
    const command = ${JSON.stringify(command)};
    if (command) buildMemory().hooks["astro:config:setup"]({ command });
    const live = []; for (let i = 0; i < 1_000_000; i++) live.push({ a: i, b: String(i) });
    let peak = 0; const recent = [];
    for (let round = 0; round < 400; round++) {
      const junk = []; for (let i = 0; i < 20_000; i++) junk.push({ x: i, y: "s" + i });
      recent.push(junk); if (recent.length > 30) recent.shift();
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 2 ** 20), live.length);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return Number(out.split(" ")[0]);
}

describe("build memory", () => {
  it("a build's heap stays closer to what it holds: under 85 % of V8's own growth; astro dev keeps V8's", () => {
    const own = peakHeap(null);
    const build = peakHeap("build");
    const dev = peakHeap("dev");
    expect(own).toBeGreaterThan(200); // the live set alone is about 100 MB
    expect(build).toBeLessThan(own * 0.85);
    expect(dev).toBeGreaterThan(own * 0.85);
  });
});
