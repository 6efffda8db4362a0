/** Two builds from the same input are byte-identical (Plot ids, dates, hashes, map ordering). */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, OUTPUT, SITE } from "./build.ts";

function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(root, path).split(sep).join("/")] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}

describe("reproducible output", () => {
  it("a second build of the same data is byte-identical to the first", async () => {
    const again = join(OUTPUT, "site-again");
    rmSync(again, { recursive: true, force: true });
    await buildSite(again);
    const first = digest(SITE);
    const second = digest(again);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    const differ = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differ).toEqual([]);
    expect(Object.keys(first).length).toBeGreaterThan(250);
    rmSync(again, { recursive: true, force: true });
  }, 180_000);
});
