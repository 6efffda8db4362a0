/**
 * npm run init -- (--province <code> | --district <code>) [--after-2025 | --year N] <dir>
 * npm run init -- --list [--province <code>] [--after-2025]
 *
 * Starts a data directory from the official list of units (src/reference/): units.csv
 * (and lineage.csv after 2025), the definitions of the demo, a source row to fill in, and
 * empty results tables with every unit's row, so a clerk only pastes the figures in.
 * Usage errors print one line and exit 2.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { district, districtsOf, lineageOutOf, newUnitsOfProvince, provinces, unitsOfProvince } from "../src/reference/catalogue.ts";
import { LINEAGE_COLUMNS, UNIT_COLUMNS, after2025, csv, fieldsOf, lineageRows, resultsTables, unitRows, type ParField, type Scope } from "../src/reference/init-plan.ts";
import { clerkReadme } from "./init-readme.ts";

const USAGE = "usage: npm run init -- (--province <code> | --district <code>) [--after-2025 | --year N] <dir>   (codes: npm run init -- --list)";
const DEFINITIONS = new URL("../data/definitions/", import.meta.url);
const DEFINITION_FILES = ["par-fields.csv", "service-groups.csv", "bands.csv", "columns.csv", "dossier-stats.csv"];
const DEMO_SOURCES = new URL("../data/sources.csv", import.meta.url);

class UsageError extends Error {}

function readRecords(url: URL): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(url, "utf8"), { header: true, skipEmptyLines: true }).data;
}

const padded = (code: string, width: number) => (/^\d+$/.test(code) ? code.padStart(width, "0") : code);

interface Request {
  list: boolean;
  province?: string;
  district?: string;
  year: number;
  dir?: string;
}

function parse(argv: string[]): Request {
  let parsed;
  try {
    const options = { province: { type: "string" }, district: { type: "string" }, year: { type: "string" }, "after-2025": { type: "boolean" }, list: { type: "boolean" } } as const;
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const after = values["after-2025"] === true;
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year ${values.year}: năm 4 chữ số / a 4-digit year`);
  const year = values.year !== undefined ? Number(values.year) : after ? 2025 : 2024;
  if (after && year < 2025) throw new UsageError(`--after-2025 và/and --year ${year} mâu thuẫn / contradict each other`);
  if (positionals.length > 1) throw new UsageError(`một thư mục / one directory, not ${positionals.length}; ${USAGE}`);
  const request: Request = { list: values.list === true, year, dir: positionals[0] };
  if (values.province !== undefined) request.province = padded(values.province, 2);
  if (values.district !== undefined) request.district = padded(values.district, 3);
  return request;
}

/** The scope of a request, checked against the catalogue. */
function scopeOf(r: Request): Scope {
  if (r.province !== undefined && r.district !== undefined) throw new UsageError(`--province hoặc/or --district, không cả hai / not both; ${USAGE}`);
  if (r.district !== undefined) {
    if (after2025(r.year)) {
      throw new UsageError("từ 01/07/2025 không còn cấp huyện / there are no districts from 01/07/2025: use --province <code> --after-2025");
    }
    if (!district(r.district)) {
      throw new UsageError(`không có huyện mã / unknown district code ${r.district}: list a province's districts with npm run init -- --list --province <code>`);
    }
    return { kind: "district", code: r.district, year: r.year };
  }
  if (r.province === undefined) throw new UsageError(`thiếu --province hoặc --district / missing --province or --district; ${USAGE}`);
  const known = after2025(r.year) ? newUnitsOfProvince(r.province) : unitsOfProvince(r.province);
  if (known.length === 0) {
    const when = after2025(r.year) ? "from 01/07/2025" : "on 01/03/2025";
    const list = after2025(r.year) ? "npm run init -- --list --after-2025" : "npm run init -- --list";
    const merged = after2025(r.year) ? mergedInto(r.province) : "";
    const ended = `tỉnh mã ${r.province} không còn từ 01/07/2025 / province ${r.province} ends on 30/06/2025`;
    if (merged) throw new UsageError(`${ended}: its units went into ${merged} (--province <code> --after-2025)`);
    throw new UsageError(`không có tỉnh mã / unknown province code ${r.province} ${when}: list the codes with ${list}`);
  }
  return { kind: "province", code: r.province, year: r.year };
}

/** The provinces from 01/07/2025 that an old province's units went into: "31 Thành phố Hải Phòng". */
function mergedInto(provinceCode: string): string {
  const codes = new Set(unitsOfProvince(provinceCode).flatMap((u) => lineageOutOf(u.code).map((l) => l.newProvinceCode)));
  return provinces(true).filter((p) => codes.has(p.code)).map((p) => `${p.code} ${p.name}`).join(", ");
}

/** --list: the provinces (before or after 2025), or the districts of one province. */
function list(r: Request): string {
  if (r.province !== undefined) {
    const districts = districtsOf(r.province);
    if (districts.length === 0) throw new UsageError(`không có tỉnh mã / unknown province code ${r.province}: npm run init -- --list`);
    return districts.map((d) => `${d.code}  ${d.name}`).join("\n");
  }
  return provinces(after2025(r.year)).map((p) => `${p.code}  ${p.name}`).join("\n");
}

function checkTarget(dir: string | undefined): string {
  if (dir === undefined || dir === "") throw new UsageError(`thiếu thư mục đích / missing the target directory; ${USAGE}`);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new UsageError(`${dir}: thư mục đích phải mới hoặc trống / the target directory must be new or empty`);
  }
  return dir;
}

/** sources.csv: the sources the definitions cite (from the demo) and one row for the clerk's decision. */
function sources(scope: Scope, definitionIds: Set<string>): string[][] {
  const demo = readRecords(DEMO_SOURCES);
  const columns = ["id", "kind", "number", "date", "issuer", "title", "url", "applies_to", "note"];
  const cited = demo.filter((s) => definitionIds.has(s.id ?? "")).map((s) => columns.map((c) => s[c] ?? ""));
  const issuer = scope.kind === "district" ? `UBND ${district(scope.code)!.name.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : "";
  const title = `Chỉ số cải cách hành chính năm ${scope.year} của UBND cấp xã`;
  const note = "Điền số và ngày của quyết định công bố (cột number, date) trước khi dựng trang.";
  return [columns, ["quyet-dinh-cong-bo", "published", "", "", issuer, title, "", "par/ service/", note], ...cited];
}

function write(dir: string, path: string, text: string) {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

function init(scope: Scope, dir: string): number {
  const units = unitRows(scope);
  const fields = fieldsOf(readRecords(new URL("par-fields.csv", DEFINITIONS)) as unknown as ParField[], scope.year);
  if (fields.length === 0) throw new UsageError(`data/definitions/par-fields.csv: không có lĩnh vực năm / no PAR fields for ${scope.year}`);
  mkdirSync(dir, { recursive: true });
  write(dir, "units.csv", csv([[...UNIT_COLUMNS], ...units.map((u) => UNIT_COLUMNS.map((c) => u[c]))]));
  const lineage = lineageRows(scope);
  if (lineage.length > 0) write(dir, "lineage.csv", csv([[...LINEAGE_COLUMNS], ...lineage]));
  const ids = new Set<string>();
  for (const file of DEFINITION_FILES) {
    const text = readFileSync(new URL(file, DEFINITIONS), "utf8");
    for (const r of Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data) if (r.source) ids.add(r.source);
    write(dir, join("definitions", file), text);
  }
  write(dir, "sources.csv", csv(sources(scope, ids)));
  const tables = resultsTables(scope, units, fields.map((f) => f.name));
  // The results tables open in Excel: a BOM so it reads UTF-8, and CRLF.
  for (const [path, rows] of tables) write(dir, path, "\ufeff" + csv(rows, "\r\n"));
  write(dir, "README.md", clerkReadme(scope, units, [...tables.keys()]));
  console.log(`${dir}: ${units.length} đơn vị/units, ${lineage.length} dòng lineage/lineage rows, ${tables.size} bảng/tables (${[...tables.keys()].join(", ")})`);
  return 0;
}

function main(argv: string[]): number {
  try {
    const request = parse(argv);
    if (request.list) {
      console.log(list(request));
      return 0;
    }
    return init(scopeOf(request), checkTarget(request.dir));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`init: ${e.message}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
