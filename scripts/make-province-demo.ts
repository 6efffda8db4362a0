/**
 * Writes the province part of the demo (issue 10), all illustrative except what the
 * reference lists state: data/units.csv (huyện Ninh Giang as it was in 2021-2024, the
 * 2023-2025 changes the catalogue of 01/03/2025 shows, huyện Thanh Miện, and the new
 * communes of Hải Phòng formed from them on 01/07/2025 with every unit they came from),
 * data/lineage.csv, the PAR tables of huyện Thanh Miện for 2022 and 2023
 * (par/2022/thanh-mien.csv: a district column, codes) and a province-wide table for
 * 2025 (par/2025.csv: names only). Deterministic; scores from a seeded generator.
 *
 * Usage: node scripts/make-province-demo.ts [data dir]
 */
import { randomLcg } from "d3";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { lineageInto, oldUnit, unitsOfDistrict, newUnit, REORGANISATION, LAST_DAY_BEFORE } from "../src/reference/catalogue.ts";

const OUT = process.argv[2] ?? "data";
const HAI_DUONG = ["30", "Tỉnh Hải Dương"] as const;
const HAI_PHONG = ["31", "Thành phố Hải Phòng"] as const;
const WAVE = "2025-01-01";
const WAVE_END = "2024-12-31";
const UNCHECKED = "ngày hiệu lực và nghị quyết của đợt sắp xếp 2023-2025 chưa được đối chiếu";

/** Huyện Ninh Giang in 2021-2024 (domain notes), and what the catalogue of 01/03/2025 shows of each code. */
const NINH_GIANG: [code: string, name: string, kind: string, after: "same" | "gone" | string][] = [
  ["11155", "Thị trấn Ninh Giang", "thị trấn", "gone"], ["11161", "Xã Ứng Hoè", "xã", "same"], ["11164", "Xã Nghĩa An", "xã", "same"],
  ["11167", "Xã Hồng Đức", "xã", "Xã Đức Phúc"], ["11173", "Xã An Đức", "xã", "same"], ["11176", "Xã Vạn Phúc", "xã", "gone"],
  ["11179", "Xã Tân Hương", "xã", "same"], ["11185", "Xã Vĩnh Hòa", "xã", "same"], ["11188", "Xã Đông Xuyên", "xã", "Xã Bình Xuyên"],
  ["11197", "Xã Tân Phong", "xã", "same"], ["11200", "Xã Ninh Hải", "xã", "gone"], ["11203", "Xã Đồng Tâm", "xã", "Thị trấn Ninh Giang"],
  ["11206", "Xã Tân Quang", "xã", "same"], ["11209", "Xã Kiến Quốc", "xã", "gone"], ["11215", "Xã Hồng Dụ", "xã", "same"],
  ["11218", "Xã Văn Hội", "xã", "same"], ["11224", "Xã Hồng Phong", "xã", "same"], ["11227", "Xã Hiệp Lực", "xã", "same"],
  ["11230", "Xã Hồng Phúc", "xã", "Xã Kiến Phúc"], ["11233", "Xã Hưng Long", "xã", "same"],
];

/** The new communes of the demo's 2025 table: every one formed, in whole or in part, from huyện Ninh Giang or Thanh Miện. */
const NEW_2025 = ["11164", "11167", "11203", "11218", "11224", "11239", "11242", "11254", "11257", "11284", "10993", "11065"];

const HEAD = "code,name,kind,province_code,province_name,district_code,district_name,valid_from,valid_to,note";
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: string[]) => cells.map(cell).join(",");
const kindOf = (name: string) => (name.startsWith("Thị trấn") ? "thị trấn" : name.startsWith("Phường") ? "phường" : name.startsWith("Đặc khu") ? "đặc khu" : "xã");

function ninhGiangRows(): string[] {
  const d = ["299", "Ninh Giang"];
  const rows: string[] = [];
  for (const [code, name, kind, after] of NINH_GIANG) {
    if (after === "same") rows.push(line([code, name, kind, ...HAI_DUONG, ...d, "", LAST_DAY_BEFORE, "Đến 30/6/2025; từ 01/7/2025 xem lineage.csv"]));
    else if (after === "gone") rows.push(line([code, name, kind, ...HAI_DUONG, ...d, "", WAVE_END, `Không còn trong danh mục 01/03/2025; ${UNCHECKED}`]));
    else {
      rows.push(line([code, name, kind, ...HAI_DUONG, ...d, "", WAVE_END, `Từ 2025 là ${after} (danh mục 01/03/2025); ${UNCHECKED}`]));
      rows.push(line([code, after, kindOf(after), ...HAI_DUONG, ...d, WAVE, LAST_DAY_BEFORE, `Tên theo danh mục 01/03/2025; ${UNCHECKED}`]));
    }
  }
  return rows;
}

/** Every unit of 01/03/2025 a demo commune of 2025 came from, outside huyện Ninh Giang (whose rows are above). */
function predecessorRows(): string[] {
  const codes = new Set([...new Set(NEW_2025.flatMap((c) => lineageInto(c).map((l) => l.oldCode)))].filter((c) => !NINH_GIANG.some(([n]) => n === c)));
  for (const u of unitsOfDistrict("300")) codes.add(u.code);
  return [...codes].sort().map((c) => {
    const u = oldUnit(c)!;
    return line([u.code, u.name, u.kind, u.provinceCode, u.provinceName, u.districtCode, u.districtName.replace(/^Huyện /, ""), "", LAST_DAY_BEFORE, "Danh mục 01/03/2025"]);
  });
}

function newRows(): string[] {
  return NEW_2025.map((c) => {
    const u = newUnit(c)!;
    return line([u.code, u.name, u.kind, ...HAI_PHONG, "", "", REORGANISATION, "", `Từ 01/7/2025, ${lineageInto(c)[0]!.resolution}`]);
  });
}

function lineageRows(): string[] {
  const wave = ["11155", "11203"].map((old) => line([WAVE, old, "11203", "full", "", `Đợt sắp xếp 2023-2025: danh mục 01/03/2025 ghi mã 11203 là Thị trấn Ninh Giang; ${UNCHECKED}`]));
  const july = NEW_2025.flatMap((c) => lineageInto(c).map((l) => line([REORGANISATION, l.oldCode, c, l.part, l.resolution, l.part === "partial" ? "Một phần: cần đối chiếu nghị quyết" : ""])));
  return ["date,old_code,new_code,part,resolution,note", ...wave, ...july];
}

const FIELDS: [name: string, max: number][] = [
  ["Công tác chỉ đạo, điều hành CCHC", 15], ["Cải cách thể chế", 5], ["Cải cách thủ tục hành chính", 18.5], ["Cải cách tổ chức bộ máy", 6],
  ["Cải cách chế độ công vụ", 11], ["Cải cách tài chính công", 7], ["Xây dựng chính quyền điện tử, chính quyền số", 11.5],
  ["Tác động của CCHC đến phát triển kinh tế - xã hội", 2], ["Đánh giá của các tổ chức đối với CCHC", 14], ["Chỉ số hài lòng của người dân, tổ chức", 10],
];

/** Illustrative scores: each field between 55 % and 100 % of its maximum, to two decimals; the total is their sum. */
function scores(random: () => number): string[] {
  const values = FIELDS.map(([, max]) => Math.round(max * (0.55 + 0.45 * random()) * 100) / 100);
  const total = Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  return [...values, total].map((v) => String(v).replace(".", ","));
}

function thanhMienTable(year: number): string {
  const random = randomLcg(300 + year);
  const units = unitsOfDistrict("300");
  const head = ["STT", "Mã ĐVHC", "Tên đơn vị", "Huyện", ...FIELDS.map(([n]) => n), "Tổng điểm"];
  const rows = units.map((u, i) => [String(i + 1), u.code, u.name, "Thanh Miện", ...scores(random)]);
  return [`BẢNG TỔNG HỢP CHỈ SỐ CCHC CẤP XÃ NĂM ${year} (MINH HỌA)`, "", head.join(";"), ...rows.map((r) => r.join(";"))].join("\r\n") + "\r\n";
}

function provinceTable(): string {
  const random = randomLcg(2025);
  const head = ["STT", "Đơn vị", ...FIELDS.map(([n]) => n), "Tổng điểm"];
  const rows = NEW_2025.map((c, i) => [String(i + 1), newUnit(c)!.name, ...scores(random)]);
  return ["\ufeffKẾT QUẢ CHỈ SỐ CCHC CÁC XÃ, PHƯỜNG NĂM 2025 (MINH HỌA, MỘT PHẦN THÀNH PHỐ HẢI PHÒNG)", head.join(";"), ...rows.map((r) => r.join(";"))].join("\n") + "\n";
}

writeFileSync(join(OUT, "units.csv"), [HEAD, ...ninhGiangRows(), ...predecessorRows(), ...newRows()].join("\n") + "\n");
writeFileSync(join(OUT, "lineage.csv"), lineageRows().join("\n") + "\n");
for (const year of [2022, 2023]) {
  mkdirSync(join(OUT, `par/${year}`), { recursive: true });
  writeFileSync(join(OUT, `par/${year}/thanh-mien.csv`), thanhMienTable(year));
}
writeFileSync(join(OUT, "par/2025.csv"), provinceTable());
