/** The build refuses to publish data with an error: it stops, names the place, and leaves no site behind. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, OUTPUT } from "./build.ts";
import { DATA } from "./helpers.ts";

describe("a build from data with an error", () => {
  it("fails with the error's file, line and column, and publishes nothing", async () => {
    const data = join(OUTPUT, "broken-data");
    const out = join(OUTPUT, "broken-site");
    rmSync(data, { recursive: true, force: true });
    cpSync(DATA, data, { recursive: true });
    const path = join(data, "par", "2023.csv");
    const lines = readFileSync(path, "utf8").split("\r\n");
    lines[3] = lines[3]!.replace(/;(\d+),(\d+);/, ";99;"); // line 4: a score far above its field's maximum
    writeFileSync(path, lines.join("\r\n"));
    // A site built earlier into the same folder must not survive as if it were this data's.
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "index.html"), "old");

    const failure = await buildSite(out, { DATA_DIR: data }).then(
      () => null,
      (e: { stderr: string; stdout: string }) => e,
    );
    expect(failure).not.toBeNull();
    expect(`${failure!.stdout}\n${failure!.stderr}`).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:\\d+: lỗi/error \\[out-of-range\\]`));
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
