/**
 * `npm run init` as a clerk runs it: the directory it writes for Hải Dương (province 30)
 * before the July 2025 reorganisation, Hải Phòng (31) after it, and huyện Ninh Giang (299),
 * compared with the reference CSVs read here directly (not through catalogue.ts); and its refusals.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Papa from "papaparse";
import { readDataset } from "../src/data/read.ts";
import { diskFiles } from "../src/data/files.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..");
const SCRIPT = join(ROOT, "scripts", "init.ts");
const temp = mkdtempSync(join(tmpdir(), "cchc-init-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function init(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

type Row = Record<string, string>;
const read = (path: string): Row[] => Papa.parse<Row>(readFileSync(path, "utf8").replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true }).data;
const reference = (file: string) => read(join(ROOT, "src", "reference", file));
const OLD = reference("units-2025-03.csv");
const NEW = reference("units-2025-07.csv");
const LINEAGE = reference("lineage-2025-07.csv");
const pick = (rows: Row[], keys: string[]) => rows.map((r) => keys.map((k) => r[k] ?? "").join("|")).sort();

/** Every header of a results table is a column alias of columns.csv or a field name of par-fields.csv for the year. */
function expectKnownHeaders(dir: string, table: string, year: number) {
  const header = Papa.parse<string[]>(readFileSync(join(dir, table), "utf8").replace(/^\ufeff/, "")).data[0]!;
  const aliases = read(join(dir, "definitions", "columns.csv")).flatMap((r) => r.aliases!.split("|"));
  const fields = read(join(dir, "definitions", "par-fields.csv")).filter((f) => Number(f.from_year) <= year && (!f.to_year || year <= Number(f.to_year)));
  expect(header.slice(0, 3)).toEqual(["STT", "Mã đơn vị", "Đơn vị"]);
  expect(header.slice(-2)).toEqual(["Tổng điểm", "Xếp hạng"]);
  for (const h of [...header.slice(0, 3), ...header.slice(-2)]) expect(aliases).toContain(h);
  expect(header.slice(3, -2)).toEqual(fields.sort((a, b) => Number(a.order) - Number(b.order)).map((f) => f.name));
}


/**
 * The directory reads as the build reads it: every unit, lineage row, header and definition is accepted, and the only
 * errors are the rows a clerk has still to fill in (a unit's row with no figures, a table with none yet).
 */
async function expectOnlyFiguresMissing(dir: string) {
  const { diagnostics } = await readDataset(diskFiles(dir));
  const codes = new Set(diagnostics.map((d) => d.code));
  expect([...codes].filter((c) => !["empty-row", "no-rows", "more-errors"].includes(c))).toEqual([]);
  expect(codes.has("empty-row")).toBe(true);
}

describe("npm run init -- --province 30 (Hải Dương, units on 01/03/2025)", () => {
  const dir = join(temp, "p30");
  beforeAll(async () => expect((await init(["--province", "30", dir])).code).toBe(0));

  it("reads as the build reads it, missing only the figures", () => expectOnlyFiguresMissing(dir));

  it("writes the 207 units of the catalogue exactly: codes, names, districts, kinds; each ends on 30/06/2025", () => {
    const units = read(join(dir, "units.csv"));
    expect(units).toHaveLength(207);
    const keys = ["province_code", "province_name", "district_code", "district_name", "code", "name", "kind"];
    expect(pick(units, keys)).toEqual(pick(OLD.filter((r) => r.province_code === "30"), keys));
    expect(new Set(units.map((u) => u.valid_to))).toEqual(new Set(["2025-06-30"]));
    expect(units.find((u) => u.code === "11203")).toMatchObject({ name: "Thị trấn Ninh Giang", district_code: "299" });
    expect(units.find((u) => u.code === "11203")!.note).toContain("Xã Ninh Giang (11203, 1669/NQ-UBTVQH15)");
    expect(existsSync(join(dir, "lineage.csv"))).toBe(false);
  });

  it("writes one empty table per district, every unit in its district's table", () => {
    const tables = readdirSync(join(dir, "par", "2024")).sort();
    expect(tables).toHaveLength(12);
    expect(tables).toContain("299-huyen-ninh-giang.csv");
    const units = read(join(dir, "units.csv"));
    for (const t of tables) {
      const rows = read(join(dir, "par", "2024", t));
      const own = units.filter((u) => u.district_code === t.slice(0, 3));
      expect(rows.map((r) => [r["Mã đơn vị"], r["Đơn vị"]])).toEqual(own.map((u) => [u.code, u.name]));
      expect(rows.every((r) => r["Tổng điểm"] === "" && r["Cải cách thể chế"] === "")).toBe(true);
      expectKnownHeaders(dir, join("par", "2024", t), 2024);
    }
  });
});

describe("npm run init -- --province 31 --after-2025 (Hải Phòng, units from 01/07/2025)", () => {
  const dir = join(temp, "p31");
  beforeAll(async () => expect((await init(["--province", "31", "--after-2025", dir])).code).toBe(0));

  it("reads as the build reads it, missing only the figures", () => expectOnlyFiguresMissing(dir));
  const newOf31 = NEW.filter((r) => r.province_code === "31");
  const oldCodes = new Set(OLD.map((r) => r.code));
  const lineage = LINEAGE.filter((l) => l.new_province_code === "31" && oldCodes.has(l.old_code!));

  it("writes exactly the catalogue's new units of the province, from 01/07/2025, with no district", () => {
    const units = read(join(dir, "units.csv")).filter((u) => u.valid_from === "2025-07-01");
    expect(pick(units, ["province_code", "province_name", "code", "name", "kind"])).toEqual(pick(newOf31, ["province_code", "province_name", "code", "name", "kind"]));
    expect(units.every((u) => u.district_code === "" && u.district_name === "" && u.valid_to === "")).toBe(true);
  });

  it("writes the old units they were formed from, with their old districts, ending on 30/06/2025", () => {
    const units = read(join(dir, "units.csv")).filter((u) => u.valid_from !== "2025-07-01");
    const keys = ["province_code", "district_code", "district_name", "code", "name", "kind"];
    const expected = OLD.filter((r) => lineage.some((l) => l.old_code === r.code));
    expect(pick(units, keys)).toEqual(pick(expected, keys));
    expect(new Set(units.map((u) => `${u.valid_from}→${u.valid_to}`))).toEqual(new Set(["→2025-06-30"]));
  });

  it("writes the lineage rows into the province's units, dated 01/07/2025", () => {
    const rows = read(join(dir, "lineage.csv"));
    expect(Object.keys(rows[0]!)).toEqual(["date", "old_code", "new_code", "part", "resolution", "note"]);
    expect(pick(rows, ["old_code", "new_code", "part", "resolution"])).toEqual(pick(lineage, ["old_code", "new_code", "part", "resolution"]));
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set(["2025-07-01"]));
    expect(rows.filter((r) => r.new_code === "11203").map((r) => r.old_code).sort()).toEqual(["11185", "11203", "11215", "11227"]);
  });

  it("keeps both units under code 11203: Thị trấn Ninh Giang to 30/06/2025, Xã Ninh Giang from 01/07/2025", () => {
    const rows = read(join(dir, "units.csv")).filter((u) => u.code === "11203");
    expect(rows.map((u) => [u.name, u.province_code, u.district_code, u.valid_from, u.valid_to])).toEqual([
      ["Thị trấn Ninh Giang", "30", "299", "", "2025-06-30"],
      ["Xã Ninh Giang", "31", "", "2025-07-01", ""],
    ]);
  });

  it("writes one empty table for the province with its new units", () => {
    expect(readdirSync(join(dir, "par"))).toEqual(["2025.csv"]);
    const rows = read(join(dir, "par", "2025.csv"));
    expect(rows.map((r) => r["Mã đơn vị"]).sort()).toEqual(newOf31.map((u) => u.code).sort());
    expectKnownHeaders(dir, join("par", "2025.csv"), 2025);
  });
});

describe("npm run init -- --district 299 (huyện Ninh Giang)", () => {
  const dir = join(temp, "d299");
  beforeAll(async () => expect((await init(["--district", "299", dir])).code).toBe(0));

  it("reads as the build reads it, missing only the figures", () => expectOnlyFiguresMissing(dir));

  it("writes the district's 16 units and one table for them", () => {
    const units = read(join(dir, "units.csv"));
    expect(units).toHaveLength(16);
    expect(units.every((u) => u.district_code === "299" && u.province_code === "30")).toBe(true);
    expect(read(join(dir, "par", "2024.csv")).map((r) => r["Mã đơn vị"])).toEqual(units.map((u) => u.code));
  });

  it("copies the definitions unchanged, writes a source row to fill in and a README", () => {
    for (const f of ["par-fields.csv", "service-groups.csv", "bands.csv", "columns.csv", "dossier-stats.csv"]) {
      expect(readFileSync(join(dir, "definitions", f), "utf8")).toBe(readFileSync(join(ROOT, "data", "definitions", f), "utf8"));
    }
    const sources = read(join(dir, "sources.csv"));
    expect(sources[0]).toMatchObject({ kind: "published", number: "", date: "", applies_to: "par/ service/", issuer: "UBND huyện Ninh Giang" });
    const cited = new Set(read(join(dir, "definitions", "par-fields.csv")).map((r) => r.source));
    for (const id of cited) expect(sources.map((s) => s.id)).toContain(id);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("npm run validate");
  });
});

describe("npm run init refuses", () => {
  const cases: [string, string[], RegExp][] = [
    ["no arguments", [], /missing --province or --district/],
    ["no directory", ["--province", "30"], /missing the target directory/],
    ["an unknown province", ["--province", "99", "x"], /unknown province code 99.*--list/],
    ["an unknown district", ["--district", "999", "x"], /unknown district code 999.*--list --province/],
    ["a district after 2025", ["--district", "299", "--after-2025", "x"], /no districts from 01\/07\/2025/],
    ["a district in 2026", ["--district", "299", "--year", "2026", "x"], /no districts from 01\/07\/2025/],
    ["a province that ended in 2025", ["--province", "30", "--after-2025", "x"], /ends on 30\/06\/2025: its units went into 31 Thành phố Hải Phòng/],
    ["both a province and a district", ["--province", "30", "--district", "299", "x"], /not both/],
    ["an unknown option", ["--provinec", "30", "x"], /Unknown option/],
    ["a year without fields", ["--province", "30", "--year", "2019", "x"], /no PAR fields for 2019/],
  ];
  it.each(cases)("%s: one line, exit 2, nothing written", async (_, args, message) => {
    const { code, stderr } = await init(args.map((a) => (a === "x" ? join(temp, "never") : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(temp, "never"))).toBe(false);
  });

  it("a non-empty target directory, and leaves it as it was", async () => {
    const dir = join(temp, "full");
    mkdirSync(dir);
    writeFileSync(join(dir, "units.csv"), "mine\n");
    const { code, stderr } = await init(["--province", "30", dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/must be new or empty/);
    expect(readdirSync(dir)).toEqual(["units.csv"]);
    expect(readFileSync(join(dir, "units.csv"), "utf8")).toBe("mine\n");
  });
});

describe("npm run init -- --list", () => {
  it("lists the provinces before and after 2025, and a province's districts", async () => {
    expect((await init(["--list"])).stdout.trim().split("\n")).toHaveLength(63);
    expect((await init(["--list", "--after-2025"])).stdout.trim().split("\n")).toHaveLength(34);
    expect((await init(["--list", "--province", "30"])).stdout).toContain("299  Huyện Ninh Giang");
  });
});
