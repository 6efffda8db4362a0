/**
 * Bounds (issue 8): any number of errors is reported (the first of each file and
 * a count of the rest) without a crash, by the reader and by `npm run validate`;
 * a 50 MB line is refused within seconds and a few hundred MB. The inputs are
 * generated here, never committed.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_LINE } from "../src/data/csv.ts";
import { MAX_PER_FILE, readDataset } from "../src/data/read.ts";
import { configFiles, memoryFiles, parTable } from "./helpers.ts";

const run = promisify(execFile);
const VALIDATE = join(import.meta.dirname, "..", "scripts", "validate.ts");
const TEMP = mkdtempSync(join(tmpdir(), "cchc-limits-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

const BAD_ROWS = 200_000;
/** A table of BAD_ROWS communes that do not exist: one error each. */
function manyBadRows(): string {
  const good = parTable([["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]]]);
  const [header, row] = good.split("\r\n");
  const rows: string[] = [header!];
  for (let i = 0; i < BAD_ROWS; i++) rows.push(row!.replace("Xã Đồng Tâm", `Xã Không Có ${i}`));
  return rows.join("\r\n") + "\r\n";
}

describe("many errors", () => {
  it(`${BAD_ROWS.toLocaleString("en")} bad rows: the first ${MAX_PER_FILE} listed and the rest counted, no crash`, async () => {
    const r = await readDataset(memoryFiles({ ...configFiles(), "par/2022.csv": manyBadRows() }));
    const errors = r.diagnostics.filter((d) => d.file === "par/2022.csv");
    expect(errors).toHaveLength(MAX_PER_FILE + 1);
    expect(errors.filter((d) => d.code === "unknown-unit")).toHaveLength(MAX_PER_FILE);
    const more = errors.find((d) => d.code === "more-errors")!;
    expect(more.en).toContain((BAD_ROWS - MAX_PER_FILE).toLocaleString("en"));
    expect(r.dataset).toBeNull();
    // Every line accounted for: the header, and one error per bad row.
    expect(r.lines.get("par/2022.csv")!.filter((k) => k === "error")).toHaveLength(BAD_ROWS);
  }, 60_000);

  it("npm run validate prints them, says how many, and exits 1: no stack trace", async () => {
    const dir = join(TEMP, "many");
    for (const [path, bytes] of Object.entries(configFiles())) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    mkdirSync(join(dir, "par"), { recursive: true });
    writeFileSync(join(dir, "par", "2022.csv"), manyBadRows());
    const failure = await run(process.execPath, [VALIDATE, dir]).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    const lines = failure!.stdout.trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(MAX_PER_FILE + 2);
    expect(failure!.stdout).toContain("[more-errors]");
    expect(failure!.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("size", () => {
  it("a 50 MB line is refused within seconds and a few hundred MB, and the other rows are still read", async () => {
    const good = parTable([
      ["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]],
      ["Xã Hưng Long", [12, 4.5, 15, 5.5, 10, 6, 10, 1.5, 12, 9]],
    ]);
    const lines = good.split("\r\n");
    lines.splice(2, 0, "3;Xã Văn Hội;" + "1;".repeat(25 * 1024 * 1024));
    const bytes = new TextEncoder().encode(lines.join("\r\n"));
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const start = performance.now();
    const r = await readDataset(memoryFiles({ ...configFiles(), "par/2022.csv": bytes }));
    const ms = performance.now() - start;
    const grownMB = (process.memoryUsage().rss - rss) / 1024 / 1024;
    console.log(`50 MB line: ${JSON.stringify({ ms: Math.round(ms), rssGrowthMB: Math.round(grownMB) })}`);
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(["3:line-too-long"]);
    expect(r.diagnostics[0]!.en).toContain(MAX_LINE.toLocaleString("en"));
    expect(r.partial.par.map((p) => p.location.line)).toEqual([2, 4]);
    expect(ms).toBeLessThan(5_000);
    expect(grownMB).toBeLessThan(400);
  }, 60_000);
});
