/**
 * The demo site built from .xlsx copies of its tables (test/xlsx-copy.ts: every
 * par/*.csv and service/*.csv made a workbook, numbers stored as numbers) is
 * byte-identical to the site built from the CSV files (test-output/site, built
 * by the global setup). No file name is rewritten before comparing: the pages
 * do not print a table's file name (they would, beside a warning, and the demo
 * has none), which the test checks too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskFiles } from "../src/data/files.ts";
import { readDataset } from "../src/data/read.ts";
import { readWorkbook } from "../src/data/workbook.ts";
import { buildSite, digest, OUTPUT, ROOT, SITE } from "./build.ts";
import { xlsxDataDir } from "./xlsx-copy.ts";


const TEMP = mkdtempSync(join(tmpdir(), "cchc-xlsx-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

describe("the demo site from workbooks", () => {
  it("reads .xlsx copies of the demo tables to the same dataset, every number stored as a number", async () => {
    const data = join(TEMP, "data");
    const written = await xlsxDataDir(join(ROOT, "data"), data);
    expect(written.length).toBe(12);
    expect(readdirSync(join(data, "par")).some((f) => f.endsWith(".csv"))).toBe(false);
    const fromCsv = await readDataset(diskFiles(join(ROOT, "data")));
    const fromXlsx = await readDataset(diskFiles(data));
    expect(fromXlsx.diagnostics).toEqual([]);
    // The same rows, but for where each was read: "par/2022.csv" line 3 is "par/2022.xlsx[Sheet1]" row 3.
    const strip = (d: typeof fromCsv.partial) => [...d.par, ...d.service].map((r) => ({ ...r, location: { ...r.location, file: "" } }));
    expect(strip(fromXlsx.partial)).toEqual(strip(fromCsv.partial));
    expect(fromXlsx.partial.par[0]!.location.file).toMatch(/^par\/\d{4}\.xlsx\[Sheet1\]$/);
    // The scores really are numbers in the workbooks, not text: the exact path is the one tested.
    const { table } = await readWorkbook("par/2022.xlsx", readFileSync(join(data, "par", "2022.xlsx")));
    const typed = table!.rows.flatMap((r) => r.typed ?? []).filter((t) => t?.kind === "number");
    expect(typed.length).toBeGreaterThan(200);
  });

  it("builds a site byte-identical to the one built from the CSV tables", async () => {
    const data = join(TEMP, "data");
    if (!existsSync(data)) await xlsxDataDir(join(ROOT, "data"), data);
    const out = join(OUTPUT, "site-xlsx");
    rmSync(out, { recursive: true, force: true });
    await buildSite(out, { DATA_DIR: data });
    const csv = digest(SITE);
    const xlsx = digest(out);
    expect(Object.keys(xlsx).sort()).toEqual(Object.keys(csv).sort());
    expect(Object.keys(csv).filter((f) => csv[f] !== xlsx[f])).toEqual([]);
    // Neither site names a table file, so nothing had to be rewritten to compare them.
    const html = Object.keys(csv).filter((f) => f.endsWith(".html"));
    for (const f of html) expect(readFileSync(join(out, f), "utf8"), f).not.toMatch(/\.xlsx|par\/\d{4}\.csv/);
    rmSync(out, { recursive: true, force: true });
  }, 180_000);
});
