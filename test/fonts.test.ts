/**
 * The merged faces (src/charts/fonts.ts) are made once and read back by the next build, from
 * the build's cache folder: each process here asks for them afresh, as a build does, in a
 * cache folder of its own (CCHC_CACHE_DIR), so no other test's process writes them meanwhile.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const FONTS = new URL("../src/charts/fonts.ts", import.meta.url).href;
const cache = mkdtempSync(join(tmpdir(), "cchc-faces-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The faces' files and their inodes (a file written again is a new one: writeCached renames), as a new process finds or makes them. */
function facesOfNewProcess(env: Record<string, string> = {}): { file: string; ino: number }[] {
  const script = `const { chartFaces } = await import(${JSON.stringify(FONTS)}); console.log(JSON.stringify(chartFaces().map((f) => f.file)));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, CCHC_CACHE_DIR: cache, ...env } });
  return (JSON.parse(out.trim().split("\n").at(-1)!) as string[]).map((file) => ({ file, ino: statSync(file).ino }));
}

describe("the merged faces", () => {
  it("are kept with the build's caches and read back by the next process, not merged and written again", () => {
    const first = facesOfNewProcess();
    expect(first).toHaveLength(2);
    // Named by what they are made of (the subsets, fonteditor-core and fonts.ts), in the cache folder.
    for (const f of first) expect(f.file).toMatch(new RegExp(`^${cache}/faces/be-vietnam-pro-(400|700)-[0-9a-f]{16}\\.ttf$`));
    const second = facesOfNewProcess();
    expect(second).toEqual(first);
    // A TrueType file (its version tag 0x00010000), whole.
    for (const f of second) expect(readFileSync(f.file).readUInt32BE(0)).toBe(0x00010000);
    // With the caches off, merged afresh: the same bytes in new files.
    const bytes = second.map((f) => readFileSync(f.file));
    const afresh = facesOfNewProcess({ CCHC_CHART_CACHE: "off" });
    expect(afresh.map((f) => f.file)).toEqual(first.map((f) => f.file));
    afresh.forEach((f, i) => expect(f.ino).not.toBe(first[i]!.ino));
    afresh.forEach((f, i) => expect(readFileSync(f.file).equals(bytes[i]!)).toBe(true));
  }, 60_000);
});

describe("a PNG whose face file is missing", () => {
  it("is refused, not drawn without its text", async () => {
    const { rasterise } = await import("../src/charts/png.ts");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="15">Xã</text></svg>`;
    expect(() => rasterise(svg, [join(cache, "gone", "be-vietnam-pro-400.ttf")])).toThrow(/is missing; its charts would be drawn without text/);
  });
});
