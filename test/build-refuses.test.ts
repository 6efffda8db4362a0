/**
 * The build refuses to publish data with an error: it stops, names the place, and
 * leaves no site behind; it agrees with `npm run validate` on a sample of the corpus;
 * and a failure that is no data error (a file given as the data directory) is said in words too.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { READER_FAILED } from "../src/data/messages/index.ts";
import { buildSite, OUTPUT } from "./build.ts";
import { configFiles, DATA } from "./helpers.ts";

const run = promisify(execFile);

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

/** A sample of the corpus, one case or more for each class of issue 8, built as a clerk would build it. */
const SAMPLE = [
  "21-published-rank-differs", "65-quote-never-closes", "67-file-names-not-periods", "68-title-names-another-year", "71-files-not-read",
  "72-xlsx-renamed-csv", "75-one-stray-byte", "76-mixed-line-breaks", "78-many-errors", "79-folded-name-not-in-force",
  "80-exact-diacritics-decide", "82-code-as-float", "84-invisible-characters", "85-average-label-in-column-a", "86-line-too-long",
];
const FIXTURES = join(import.meta.dirname, "fixtures");
const VALIDATE = join(import.meta.dirname, "..", "scripts", "validate.ts");

/** The case over the demo's configuration, in a data directory of its own (links kept as links). */
function lay(name: string): string {
  const dir = join(OUTPUT, "corpus-data", name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(configFiles())) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  cpSync(join(FIXTURES, name), dir, { recursive: true, verbatimSymlinks: true });
  rmSync(join(dir, "expected.json"));
  return dir;
}

function htmlOf(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
    .join("\n");
}

describe("npm run validate and the build agree", () => {
  it.each(SAMPLE)("%s", async (name) => {
    const data = lay(name);
    const out = join(OUTPUT, "corpus-site", name);
    const validated = await run(process.execPath, [VALIDATE, data]).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    const built = await buildSite(out, { DATA_DIR: data }).then(
      (r) => ({ ok: true, output: `${r.stdout}\n${r.stderr}` }),
      (e: { stdout: string; stderr: string }) => ({ ok: false, output: `${e.stdout}\n${e.stderr}` }),
    );
    expect(validated.code === 0, validated.stdout).toBe(built.ok);
    if (!built.ok) {
      // Every error the validator names, the build names too, and no site is left.
      const errors = validated.stdout.split("\n").filter((l) => l.includes(": lỗi/error ["));
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors) expect(built.output).toContain(line);
      expect(existsSync(out)).toBe(false);
    } else {
      // Published pages name files relative to the data directory, never where the build machine keeps it.
      const html = htmlOf(out);
      expect(html).not.toContain(data);
      expect(html).not.toContain(OUTPUT);
      if (name === "21-published-rank-differs") expect(html).toContain("par/2022.csv:2:14");
    }
  }, 120_000);
});

describe("a build whose reading fails unexpectedly", () => {
  it("says so in both languages, not a bare stack trace, and leaves no site", async () => {
    const out = join(OUTPUT, "crashed-site");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "index.html"), "old");
    // A file where the data directory should be: reading it fails, which is no check of the data's.
    const notADirectory = join(OUTPUT, "not-a-data-directory");
    writeFileSync(notADirectory, "");
    const failure = await buildSite(out, { DATA_DIR: notADirectory }).then(
      () => null,
      (e: { stderr: string; stdout: string }) => e,
    );
    expect(failure).not.toBeNull();
    expect(`${failure!.stdout}\n${failure!.stderr}`).toContain(READER_FAILED.vi);
    expect(`${failure!.stdout}\n${failure!.stderr}`).toContain(READER_FAILED.en);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
