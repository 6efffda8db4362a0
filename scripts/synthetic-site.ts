/**
 * A synthetic data directory for `npm run bench:site`: real commune names (the 2025 reference list of units),
 * 3 PAR years and 6 service quarters, in the data contract of data/README.md. Deterministic; illustrative only.
 * The configuration (sources, definitions) is the demo's. The units keep their real districts, each district
 * ranking its own units in its own tables (par/<year>/<district>.csv, service/<period>/<district>.csv), as a
 * province's directory holds them before 2025.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomLcg } from "d3";

const ROOT = join(import.meta.dirname, "..");
export const PAR_YEARS = [2021, 2022, 2023];
export const QUARTERS = ["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"];
const PAR_MAXIMA = [15, 5, 18.5, 6, 11, 7, 11.5, 2, 14, 10];
const PAR_HEADER = [
  "STT", "Mã", "Đơn vị", "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng chính quyền điện tử, chính quyền số",
  "Tác động của CCHC đến phát triển kinh tế - xã hội", "Đánh giá của các tổ chức đối với CCHC", "Chỉ số hài lòng của người dân, tổ chức", "Tổng điểm",
];
const SERVICE_MAXIMA = [18, 20, 22, 22, 18];
const SERVICE_HEADER = [
  "STT", "Mã", "Đơn vị", "Tổng điểm", "CKMB", "TDGQ", "MDSH", "Cung cấp dịch vụ trực tuyến", "MDHL", "Tiếp nhận", "Đúng hạn", "Trễ hạn",
];

export interface RefUnit {
  code: string;
  name: string;
  kind: string;
  district: string;
  districtName: string;
  province: string;
  provinceName: string;
}

export interface District {
  code: string;
  name: string;
  units: RefUnit[];
}

/** The reference list of units: the project's copy (src/reference/) when present, else the shared one. */
export function referenceUnits(): RefUnit[] {
  const own = join(ROOT, "src", "reference", "units-2025-03.csv");
  const path = existsSync(own) ? own : "/work/shared/reference/units-2025-03.csv";
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  const header = lines[0]!.split(",");
  const at = (name: string) => header.indexOf(name);
  const columns = ["code", "name", "kind", "district_code", "district_name", "province_code", "province_name"].map(at);
  // The reference file has no quoted cells with commas in the columns read here (checked: names have none).
  return lines.slice(1).map((l) => {
    const [code, name, kind, district, districtName, province, provinceName] = columns.map((c) => l.split(",")[c]!);
    // Two wards of quận Phú Nhuận (27046 Phường 5, 27076 Phường 15) have the kind xã in the list: the tables write
    // their names, so units.csv takes the kind the name says, or the reader rightly refuses them (unit-kind-mismatch).
    const named = /^(Phường|Xã|Thị trấn) /.exec(name!)?.[1]?.toLowerCase();
    return { code: code!, name: name!, kind: named ?? kind!, district: district!, districtName: districtName!, province: province!, provinceName: provinceName! };
  });
}

/** A number as a Vietnamese table writes it: decimal comma. */
const vn = (v: number) => String(v).replace(".", ",");
const round2 = (v: number) => Math.round(v * 100) / 100;

function scores(random: () => number, maxima: number[]): { values: number[]; total: number } {
  const values = maxima.map((m) => round2(m * (0.5 + random() * 0.5)));
  return { values, total: round2(values.reduce((s, v) => s + v, 0)) };
}

function parTable(district: District, year: number): string {
  const random = randomLcg(year * 7 + Number(district.code));
  const rows = [PAR_HEADER.join(";")];
  district.units.forEach((u, i) => {
    const { values, total } = scores(random, PAR_MAXIMA);
    rows.push([String(i + 1), u.code, u.name, ...values.map(vn), vn(total)].join(";"));
  });
  return rows.join("\r\n") + "\r\n";
}

function serviceTable(district: District, period: string): string {
  const random = randomLcg(period.length * 1000 + Number(period.slice(0, 4)) + Number(period.at(-1)) * 13 + Number(district.code));
  const rows = [SERVICE_HEADER.join(";")];
  district.units.forEach((u, i) => {
    const { values, total } = scores(random, SERVICE_MAXIMA);
    const received = 50 + Math.floor(random() * 400);
    const late = Math.floor(random() * 5);
    rows.push([String(i + 1), u.code, u.name, vn(total), ...values.map(vn), String(received), String(received - late), String(late)].join(";"));
  });
  return rows.join("\r\n") + "\r\n";
}

/** The district's results tables, one a year and a quarter in its folder: par/2021/<district>.csv, service/2022-Q3/<district>.csv. */
export function writeDistrict(dir: string, district: District): void {
  for (const year of PAR_YEARS) writeFileSync(join(dir, "par", String(year), `${district.code}.csv`), parTable(district, year));
  for (const period of QUARTERS) writeFileSync(join(dir, "service", period, `${district.code}.csv`), serviceTable(district, period));
}

/** units.csv of every unit written, with its province and district. */
function writeUnits(dir: string, units: RefUnit[]): void {
  const csvCell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ["code,name,kind,province_code,province_name,district_code,district_name,valid_from,valid_to,note"];
  for (const u of units) lines.push([u.code, u.name, u.kind, u.province, u.provinceName, u.district, u.districtName, "", "", ""].map(csvCell).join(","));
  writeFileSync(join(dir, "units.csv"), lines.join("\n") + "\n");
}

/** Writes a data directory of `n` units (the first n of the reference list, province by province) in their real districts. */
export function writeSyntheticData(dir: string, n: number, reference: RefUnit[] = referenceUnits()): District[] {
  if (n > reference.length) throw new Error(`bench:site: ${n} units asked, the reference list has ${reference.length}`);
  const units = reference.slice(0, n);
  for (const folder of [...PAR_YEARS.map((y) => `par/${y}`), ...QUARTERS.map((q) => `service/${q}`)]) mkdirSync(join(dir, folder), { recursive: true });
  cpSync(join(ROOT, "data", "definitions"), join(dir, "definitions"), { recursive: true });
  cpSync(join(ROOT, "data", "sources.csv"), join(dir, "sources.csv"));
  writeUnits(dir, units);
  const byCode = new Map<string, District>();
  for (const u of units) {
    const d = byCode.get(u.district) ?? { code: u.district, name: u.districtName, units: [] };
    d.units.push(u);
    byCode.set(u.district, d);
  }
  const districts = [...byCode.values()];
  for (const d of districts) writeDistrict(dir, d);
  return districts;
}

/** Changes one cell of one results table (a field score and the total with it, so the row still adds up). */
export function touchOneCell(dir: string): string {
  const first = readFileSync(join(dir, "units.csv"), "utf8").split("\n")[1]!.split(",")[5]!;
  const file = join(dir, "par", String(PAR_YEARS.at(-1)), `${first}.csv`);
  const lines = readFileSync(file, "utf8").split("\r\n");
  const cells = lines[1]!.split(";");
  const down = (s: string) => vn(round2(Number(s.replace(",", ".")) - 0.01));
  cells[3] = down(cells[3]!);
  cells[cells.length - 1] = down(cells.at(-1)!);
  lines[1] = cells.join(";");
  writeFileSync(file, lines.join("\r\n"));
  return file;
}
