/**
 * The merged faces (src/charts/fonts.ts) are made once and read back by the next build: each
 * process here asks for them afresh, as a build does.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";

const FONTS = new URL("../src/charts/fonts.ts", import.meta.url).href;

/** The faces' files and their modification times, as a new process finds or makes them. */
function facesOfNewProcess(): { file: string; mtimeMs: number }[] {
  const script = `const { chartFaces } = await import(${JSON.stringify(FONTS)}); console.log(JSON.stringify(chartFaces().map((f) => f.file)));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return (JSON.parse(out.trim().split("\n").at(-1)!) as string[]).map((file) => ({ file, mtimeMs: statSync(file).mtimeMs }));
}

describe("the merged faces", () => {
  it("are read back by the next process, not merged and written again", () => {
    const first = facesOfNewProcess();
    expect(first.map((f) => f.file)).toHaveLength(2);
    // Named by what they are made of: the subsets, fonteditor-core and the merging code.
    for (const f of first) expect(f.file).toMatch(/be-vietnam-pro-(400|700)-[0-9a-f]{16}\.ttf$/);
    const second = facesOfNewProcess();
    expect(second).toEqual(first);
    // A TrueType file (its version tag 0x00010000), whole.
    for (const f of second) expect(readFileSync(f.file).readUInt32BE(0)).toBe(0x00010000);
  }, 60_000);
});
