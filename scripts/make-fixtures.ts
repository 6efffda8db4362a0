/**
 * Writes the corpus of bad and awkward input under test/fixtures/: one folder a
 * case, holding the tables of the case (over the project's own configuration in
 * data/, unless the case replaces a configuration file) and expected.json, the
 * outcome written by hand: every diagnostic as "file:line:column: severity code",
 * words each message must contain, and values the reader must produce.
 *
 * The files are committed; this script says how they were made and makes them
 * again (node scripts/make-fixtures.ts). test/corpus.test.ts runs them all.
 */
import iconv from "iconv-lite";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { Case } from "./fixture-case.ts";
import { workbookCases } from "./fixture-workbooks.ts";

const ROOT = join(import.meta.dirname, "..", "test", "fixtures");

const FIELDS = [
  "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng chính quyền điện tử, chính quyền số",
  "Tác động của CCHC đến phát triển kinh tế - xã hội", "Đánh giá của các tổ chức đối với CCHC", "Chỉ số hài lòng của người dân, tổ chức",
];
const vn = (n: number) => String(n).replace(".", ",");

/** Three units, ranked Ninh Giang 1, Đồng Tâm 2, Hưng Long 3. Columns: A STT, B name, C-L fields, M total, N rank. */
const ROWS: [string, number[], string, string][] = [
  ["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28], "87,75", "2"],
  ["Xã Hưng Long", [12, 4.5, 15, 5.5, 10, 6, 10, 1.5, 12, 9], "85,5", "3"],
  ["Thị trấn Ninh Giang", [13, 5, 17, 6, 10.5, 6.5, 11, 1.8, 12.5, 9.5], "92,8", "1"],
];
const HEADER = ["STT", "Đơn vị", ...FIELDS, "Tổng điểm", "Xếp hạng"];

/** The table as cells, line 1 the header. */
function cells(rows = ROWS, header = HEADER): string[][] {
  return [header, ...rows.map(([name, s, total, rank], i) => [String(i + 1), name, ...s.map(vn), total, rank])];
}
/** Rows joined as CSV; a cell holding the separator, a quote or a line break is quoted. */
const join_ = (t: string[][], sep = ";") =>
  t.map((r) => r.map((c) => (c.includes(sep) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join("\r\n") + "\r\n";
const quoteAll = (t: string[][]) => t.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n";
const BASE = join_(cells());
const edit = (line: number, column: number, value: string) => {
  const t = cells();
  t[line - 1]![column - 1] = value;
  return join_(t);
};

/** Windows-1258: Vietnamese letters as a base letter (â ê ô ă ơ ư precomposed) and a separate tone mark. */
function cp1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = text.normalize("NFD").replace(/([^\u0300-\u036f])([\u0300-\u036f]+)/g, (_, base: string, marks: string) => {
    const shape = marks.replace(tones, "");
    const tone = marks.match(tones)?.join("") ?? "";
    return (base + shape).normalize("NFC") + tone;
  });
  return iconv.encode(split, "windows1258");
}

/** VNI (Windows): each accented letter as a base letter and mark bytes, shown here as Windows-1252 characters. */
const VNI: Record<string, string> = {
  "Đ": "Ñ", "đ": "ñ", "ơ": "ô", "ư": "ö", "Ơ": "Ô", "Ư": "Ö", "ị": "ò", "í": "í", "ì": "ì",
  "ã": "aõ", "á": "aù", "à": "aø", "ả": "aû", "ạ": "aï", "â": "aâ", "ấ": "aá", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ậ": "aä",
  "ă": "aê", "ắ": "aé", "ằ": "aè", "ẳ": "aú", "ẵ": "aü", "ặ": "aë",
  "é": "eù", "è": "eø", "ẻ": "eû", "ẽ": "eõ", "ẹ": "eï", "ê": "eâ", "ế": "eá", "ề": "eà", "ể": "eå", "ễ": "eã", "ệ": "eä",
  "ó": "où", "ò": "oø", "ỏ": "oû", "õ": "oõ", "ọ": "oï", "ô": "oâ", "ố": "oá", "ồ": "oà", "ổ": "oå", "ỗ": "oã", "ộ": "oä",
  "ớ": "ôù", "ờ": "ôø", "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï", "ú": "uù", "ù": "uø", "ủ": "uû", "ũ": "uõ", "ụ": "uï",
  "ứ": "öù", "ừ": "öø", "ử": "öû", "ữ": "öõ", "ự": "öï", "ý": "yù", "ỳ": "yø", "ỷ": "yû", "ỹ": "yõ", "ỵ": "î", "ỉ": "æ", "ĩ": "ó",
};
const vni = (text: string) => iconv.encode([...text.normalize("NFC")].map((c) => VNI[c] ?? VNI[c.toLowerCase()] ?? c).join(""), "windows1252");


const P = "par/2022.csv";
const S = "service/2023-Q1.csv";
const err = (file: string, line: number, column: number, code: string) => `${file}:${line}:${column}: error ${code}`;
const warn = (file: string, line: number, column: number, code: string) => `${file}:${line}:${column}: warning ${code}`;

const serviceHeader = ["STT", "Đơn vị", "Tổng điểm", "CKMB", "TDGQ", "MDSH", "Cung cấp dịch vụ trực tuyến", "MDHL", "Xếp hạng"];
const service = (rows: string[][], header = serviceHeader) => join_([header, ...rows]);

/** The PAR table with a note column (O = 15), notes written raw (not quoted) on the given lines. */
function withNote(line: number, note: string, line2?: number, note2?: string): string {
  return cells()
    .map((r, i) => [...r, i === 0 ? "Ghi chú" : i + 1 === line ? note : i + 1 === line2 ? note2! : ""].join(";"))
    .join("\r\n") + "\r\n";
}
const SERVICE_ONE = service([["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1"]]);
/** The first bytes of a zip archive (an XLSX file). */
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.from("[Content_Types].xml")]);

const units2 = (extra: string) =>
  "code,name,kind,district_code,district_name,valid_from,valid_to,merged_into,note\n" +
  // As the catalogue of 01/03/2025 has it: Đồng Tâm and the old Thị trấn Ninh Giang merged, the new Thị trấn Ninh Giang keeping 11203.
  "11155,Thị trấn Ninh Giang,thị trấn,299,Ninh Giang,,2024-12-31,11203,\n11203,Xã Đồng Tâm,xã,299,Ninh Giang,,2024-12-31,11203,\n" +
  "11203,Thị trấn Ninh Giang,thị trấn,299,Ninh Giang,2025-01-01,,,\n11233,Xã Hưng Long,xã,299,Ninh Giang,,,,\n" +
  extra;

/** Issue 10: a province of two districts, each with a Xã Hồng Phong, and the units of 2025 (no district, province 31). */
const UNITS_PROVINCE =
  "code,name,kind,province_code,province_name,district_code,district_name,valid_from,valid_to,note\n" +
  "11203,Xã Đồng Tâm,xã,30,Tỉnh Hải Dương,299,Ninh Giang,,2025-06-30,\n11224,Xã Hồng Phong,xã,30,Tỉnh Hải Dương,299,Ninh Giang,,2025-06-30,\n" +
  "11185,Xã Vĩnh Hòa,xã,30,Tỉnh Hải Dương,299,Ninh Giang,,2025-06-30,\n11239,Thị trấn Thanh Miện,thị trấn,30,Tỉnh Hải Dương,300,Thanh Miện,,2025-06-30,\n" +
  "11293,Xã Hồng Phong,xã,30,Tỉnh Hải Dương,300,Thanh Miện,,2025-06-30,\n" +
  "11203,Xã Ninh Giang,xã,31,Thành phố Hải Phòng,,,2025-07-01,,\n11239,Xã Thanh Miện,xã,31,Thành phố Hải Phòng,,,2025-07-01,,\n";
const LINEAGE_PROVINCE =
  "date,old_code,new_code,part,resolution,note\n2025-07-01,11185,11203,full,1669/NQ-UBTVQH15,\n2025-07-01,11203,11203,full,1669/NQ-UBTVQH15,\n" +
  "2025-07-01,11239,11239,full,1669/NQ-UBTVQH15,\n2025-07-01,11293,11239,full,1669/NQ-UBTVQH15,\n";
/** A PAR table: STT, name, the extra columns (e.g. "Huyện"), ten fields, total; each row [name, extra cells, scores of ROWS[i]]. */
const provinceTable = (extra: string[], rows: [string, string[], number][]) =>
  join_([["STT", "Đơn vị", ...extra, ...FIELDS, "Tổng điểm"], ...rows.map(([name, cells_, i], n) => [String(n + 1), name, ...cells_, ...ROWS[i]![1].map(vn), ROWS[i]![2]])]);
const P24 = "par/2024.csv";
const PROVINCE_ROWS: [string, string[], number][] = [["Xã Đồng Tâm", ["Ninh Giang"], 0], ["Xã Hồng Phong", ["Huyện Ninh Giang"], 1], ["Xã Hồng Phong", ["Thanh Miện"], 2], ["Thị trấn Thanh Miện", ["H. Thanh Miện"], 1]];
/** Two Phú Nhuận wards as the catalogue of 01/03/2025 lists them: 27046 "Phường 5" with the kind xã. */
const UNITS_KIND =
  "code,name,kind,province_code,province_name,district_code,district_name,valid_from,valid_to,note\n" +
  "27043,Phường 4,phường,79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,,,\n27046,Phường 5,xã,79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,,,\n";
const codeTable = (rows: [string, string, number][]) =>
  join_([["STT", "Mã", "Đơn vị", ...FIELDS, "Tổng điểm"], ...rows.map(([code, name, i], n) => [String(n + 1), code, name, ...ROWS[i]![1].map(vn), ROWS[i]![2]])]);
const noDistrict = (rows: [string, string[], number][]) => rows.map(([n, , i]): [string, string[], number] => [n, [], i]);

const CASES: Case[] = [
  // Accepted as they are.
  { name: "semicolon-decimal-comma", about: "The plain published shape: `;`, decimal comma, STT, total, rank.", files: { [P]: BASE }, diagnostics: [], values: [[`${P}:2`, "tac-dong", 1.577], [`${P}:2`, "total", 87.75]] },
  { name: "utf8-bom", about: "UTF-8 with a BOM, as Excel saves “CSV UTF-8”.", files: { [P]: "\ufeff" + BASE }, diagnostics: [], values: [[`${P}:2`, "total", 87.75]] },
  { name: "comma-quoted", about: "`,` separators, decimal commas inside quotes.", files: { [P]: quoteAll(cells()) }, diagnostics: [], values: [[`${P}:3`, "the-che", 4.5]] },
  { name: "utf16-tab", about: "Excel's “Unicode text”: UTF-16LE with BOM, tab-separated.", files: { [P]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(join_(cells(), "\t"), "utf16le")]) }, diagnostics: [], values: [[`${P}:4`, "total", 92.8]] },
  { name: "decimal-point", about: "Decimal points, as other software exports; 1.577 is then a decimal.", files: { [P]: BASE.replace(/(\d),(\d)/g, "$1.$2") }, diagnostics: [], values: [[`${P}:2`, "tac-dong", 1.577]] },
  { name: "ascii-upper-headers", about: "Headers without diacritics, in capitals, numbered, with maxima in brackets.", files: { [P]: join_(cells(ROWS, ["STT", "DON VI", ...FIELDS.map((f, i) => `${i + 1}. ${f.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toUpperCase()} (diem)`), "TONG DIEM", "XEP HANG"])) }, diagnostics: [] },
  { name: "names-without-prefix", about: "Names without Xã/Thị trấn, in other cases and other tone placement.", files: { [P]: BASE.replace("Xã Đồng Tâm", "ĐỒNG TÂM").replace("Xã Hưng Long", "hưng long").replace("Thị trấn Ninh Giang", "TT. Ninh Giang") }, diagnostics: [], values: [[`${P}:2`, "name", "ĐỒNG TÂM"]] },
  { name: "nfd-names", about: "Decomposed (NFD) text: accepted and normalised to NFC.", files: { [P]: BASE.normalize("NFD") }, diagnostics: [], values: [[`${P}:2`, "name", "Xã Đồng Tâm"]] },
  { name: "title-rows-footnotes", about: "Title rows above, blank rows, a district total row and footnotes below.", files: { [P]: "UBND HUYỆN NINH GIANG\r\nKẾT QUẢ CHỈ SỐ CCHC NĂM 2022\r\n\r\n" + BASE + ";;;\r\n;Tổng cộng;;;;;;;;;;;265,05;\r\nGhi chú: số liệu thử\r\nNgười lập biểu\r\n" }, diagnostics: [], values: [[`${P}:5`, "total", 87.75]] },
  { name: "merged-header", about: "A header over two rows, from merged cells.", files: { [P]: join_([["STT", "Đơn vị", "Điểm các lĩnh vực", ...FIELDS.slice(1).map(() => ""), "Tổng điểm", "Xếp hạng"], ["", "", ...FIELDS, "", ""], ...cells().slice(1)]) }, diagnostics: [] },
  { name: "quotes-linebreaks-in-names", about: "A name in quotes with a line break and a doubled quote; the next row's line stays right.", files: { [P]: BASE.replace("Xã Hưng Long", '"Xã ""Hưng""\r\nLong"') }, diagnostics: [], values: [[`${P}:3`, "name", 'Xã "Hưng" Long'], [`${P}:5`, "total", 92.8]] },
  { name: "thousands-dot", about: "A dossier count with a thousands dot (1.234) in a file with decimal commas.", files: { [S]: join_([[...serviceHeader, "Tiếp nhận"], ["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1", "1.234"]]) }, diagnostics: [], values: [[`${S}:2`, "tiep-nhan", 1234], [`${S}:2`, "total", 65.67]] },
  { name: "unit-missing-one-year", about: "A unit in 2021 and not in 2022: accepted, it simply has no 2022 row.", files: { "par/2021.csv": BASE, [P]: join_(cells(ROWS.slice(0, 2)).map((r, i) => (i === 0 ? r : [...r.slice(0, 13), String(i)]))) }, diagnostics: [], values: [["par/2021.csv:4", "total", 92.8], [`${P}:3`, "total", 85.5]] },
  { name: "kind-changed", about: "A xã that became a thị trấn under the same name and code: each year's table names it as it then was.", files: { "units.csv": units2("").replace("11233,Xã Hưng Long,xã,299,Ninh Giang,,,,", "11233,Xã Hưng Long,xã,299,Ninh Giang,,2021-12-31,,\n11233,Thị trấn Hưng Long,thị trấn,299,Ninh Giang,2022-01-01,,,"), "par/2021.csv": BASE, [P]: BASE.replace("Xã Hưng Long", "Thị trấn Hưng Long") }, diagnostics: [], values: [[`${P}:3`, "name", "Thị trấn Hưng Long"], ["par/2021.csv:3", "name", "Xã Hưng Long"]] },
  { name: "unit-named-like-a-total", about: "A commune whose name reads like a total row (“Cộng Hòa”, written without “Xã”) is read, not skipped as the district total.", files: { "units.csv": units2("11240,Xã Cộng Hòa,xã,299,Ninh Giang,,,,\n"), [P]: BASE + "4;Cộng Hòa;10;4;15;5;10;5;10;1,5;11;9;80,5;4\r\n" }, diagnostics: [], values: [[`${P}:5`, "total", 80.5]] },
  { name: "renamed-unit", about: "A code with an old name until 2021: each year's table uses the name of its time.", files: { "units.csv": units2("11233,Xã Hưng Long Cũ,xã,299,Ninh Giang,,2021-12-31,,\n").replace("11233,Xã Hưng Long,xã,299,Ninh Giang,,,,", "11233,Xã Hưng Long,xã,299,Ninh Giang,2022-01-01,,,"), "par/2021.csv": BASE.replace("Xã Hưng Long", "Xã Hưng Long Cũ"), [P]: BASE }, diagnostics: [] },
  { name: "after-merger-2025", about: "2025, after Đồng Tâm joined Thị trấn Ninh Giang: the table without Đồng Tâm is accepted.", files: { "units.csv": units2(""), "par/2025.csv": join_(cells(ROWS.slice(1)).map((r, i) => (i > 0 ? [...r.slice(0, 13), String(3 - i)] : r))) }, diagnostics: [] },
  { name: "service-groups-blank", about: "A service-index row whose groups were not published: blank, not zero.", files: { [S]: service([["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1"], ["2", "Xã Hưng Long", "60", "10", "12", "13", "15", "10", "2"]]) }, diagnostics: [], values: [[`${S}:2`, "total", 65.67], [`${S}:3`, "cong-khai", 10]] },
  { name: "note-column-hostile-text", about: "A note with markup and a formula prefix: kept as text.", files: { [P]: join_(cells().map((r, i) => [...r, i === 0 ? "Ghi chú" : i === 1 ? '"><img src=x onerror=alert(1)> =HYPERLINK("x")' : ""])) }, diagnostics: [], values: [[`${P}:2`, "note", '"><img src=x onerror=alert(1)> =HYPERLINK("x")']] },
  { name: "no-total-column", about: "No total column: the total is the sum of the fields, rounded to two decimals.", files: { [P]: join_(cells().map((r) => [...r.slice(0, 12), r[13]!])) }, diagnostics: [], values: [[`${P}:2`, "total", 87.75]] },

  // Accepted, with a warning.
  { name: "published-rank-differs", about: "A published rank that is not the computed one: kept, shown, warned.", files: { [P]: edit(2, 14, "1") }, diagnostics: [warn(P, 2, 14, "rank-differs")], words: { [`${P}:2:14`]: ["thứ hạng công bố 1", "thứ 2/3", "published rank 1"] } },
  { name: "published-band-differs", about: "A published band that is not the computed one.", files: { [P]: join_(cells().map((r, i) => [...r, i === 0 ? "Xếp loại" : i === 2 ? "Hoàn thành xuất sắc nhiệm vụ" : ""])) }, diagnostics: [warn(P, 3, 15, "band-differs")] },
  { name: "unused-file", about: "A table outside par/ and service/ is not read, and the validator says so.", files: { [P]: BASE, "bang-tam.csv": BASE }, diagnostics: [warn("bang-tam.csv", 1, 1, "unused-file")] },

  // Refused: every error of the data contract, each at its place.
  { name: "unknown-unit", about: "A commune that is not in units.csv.", files: { [P]: edit(3, 2, "Xã Không Có") }, diagnostics: [err(P, 3, 2, "unknown-unit")], words: { [`${P}:3:2`]: ["Xã Không Có", "units.csv"] } },
  { name: "missing-field-column", about: "A field's column is missing.", files: { [P]: join_(cells().map((r) => r.filter((_, i) => i !== 7))) }, diagnostics: [err(P, 1, 1, "missing-column")], words: { [`${P}:1:1`]: ["Cải cách tài chính công"] } },
  { name: "misspelled-header", about: "A misspelled field header: unknown, and its field missing.", files: { [P]: BASE.replace("Cải cách thể chế", "Cải cách thể chết") }, diagnostics: [err(P, 1, 4, "unknown-column"), err(P, 1, 1, "missing-column")] },
  { name: "extra-unknown-column", about: "An extra column the definitions do not know.", files: { [P]: join_(cells().map((r, i) => [...r, i === 0 ? "Điểm thưởng" : "1"])) }, diagnostics: [err(P, 1, 15, "unknown-column")], words: { [`${P}:1:15`]: ["Điểm thưởng", "Unknown column"] } },
  { name: "not-a-number", about: "Text where a score should be.", files: { [P]: edit(2, 4, "bốn") }, diagnostics: [err(P, 2, 4, "not-a-number")], words: { [`${P}:2:4`]: ["Cải cách thể chế", '"bốn"'] } },
  { name: "negative-score", about: "A negative score.", files: { [P]: edit(3, 3, "-1") }, diagnostics: [err(P, 3, 3, "out-of-range")], words: { [`${P}:3:3`]: ["điểm âm", "negative"] } },
  { name: "above-maximum", about: "A score above its field's maximum.", files: { [P]: edit(4, 5, "19") }, diagnostics: [err(P, 4, 5, "out-of-range")], words: { [`${P}:4:5`]: ["vượt tối đa 18,5", "above the maximum of 18.5"] } },
  { name: "unit-twice", about: "One commune twice in a table.", files: { [P]: BASE + "4;Đồng Tâm;1;1;1;1;1;1;1;1;1;1;10;4\r\n" }, diagnostics: [err(P, 5, 2, "duplicate-unit")], words: { [`${P}:5:2`]: ["dòng 2 và dòng 5"] } },
  { name: "total-mismatch", about: "A total that differs from its fields by more than 0,01.", files: { [P]: edit(2, 13, "87,77") }, diagnostics: [err(P, 2, 13, "total-mismatch")], words: { [`${P}:2:13`]: ["87,77", "87,747", "0,023"] } },
  { name: "total-within-rounding", about: "A total that differs by the rounding of two decimals only (87,747 published 87,75): accepted.", files: { [P]: BASE }, diagnostics: [] },
  { name: "empty-file", about: "An empty file.", files: { [P]: "" }, diagnostics: [err(P, 1, 1, "empty-file")] },
  { name: "header-no-rows", about: "A header and no rows.", files: { [P]: join_([HEADER]) }, diagnostics: [err(P, 1, 1, "no-rows")] },
  { name: "title-rows-only", about: "Title rows and no table.", files: { [P]: "UBND HUYỆN NINH GIANG\r\nKẾT QUẢ CHỈ SỐ CCHC NĂM 2022\r\n" }, diagnostics: [err(P, 1, 1, "no-header")] },
  { name: "year-without-definitions", about: "A year that no field definition covers.", files: { "par/2019.csv": BASE }, diagnostics: [err("par/2019.csv", 1, 1, "no-definitions")] },
  { name: "period-without-definitions", about: "A service period that no group definition covers.", files: { "service/2021-Q1.csv": service([["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1"]]) }, diagnostics: [err("service/2021-Q1.csv", 1, 1, "no-definitions")] },
  { name: "mixed-separators", about: "A file that mixes `;` and `,`: the `,` line is refused, not taken for a footnote.", files: { [P]: join_(cells().slice(0, 3)) + quoteAll(cells().slice(3)) }, diagnostics: [err(P, 4, 1, "mixed-separators")] },
  { name: "nan", about: "NaN where a score should be.", files: { [P]: edit(2, 6, "NaN") }, diagnostics: [err(P, 2, 6, "not-finite")] },
  { name: "infinity", about: "Infinity where a score should be.", files: { [P]: edit(2, 7, "Infinity") }, diagnostics: [err(P, 2, 7, "not-finite")] },
  { name: "spreadsheet-error", about: "A spreadsheet error value.", files: { [P]: edit(3, 8, "#DIV/0!") }, diagnostics: [err(P, 3, 8, "spreadsheet-error")] },
  { name: "ambiguous-number", about: "1.577 in a file that writes decimals both ways: thousands or decimals? Refused.", files: { [P]: edit(3, 10, "1.5").replace(";1,577;", ";1.577;") }, diagnostics: [err(P, 2, 10, "ambiguous")], words: { [`${P}:2:10`]: ["Số mơ hồ", "Ambiguous"] } },
  { name: "tcvn3", about: "A file in TCVN3 (ABC) whose names match units.csv once converted: read, with a warning naming the encoding.", files: { [P]: iconv.encode(BASE, "tcvn") }, diagnostics: [warn(P, 1, 1, "converted-encoding")], words: { [`${P}:1:1`]: ["TCVN3 (ABC)"] }, values: [[`${P}:2`, "name", "Xã Đồng Tâm"], [`${P}:2`, "tac-dong", 1.577], [`${P}:4`, "name", "Thị trấn Ninh Giang"]] },
  { name: "vni", about: "A file in VNI whose names match once converted: read, the encoding named.", files: { [P]: vni(BASE) }, diagnostics: [warn(P, 1, 1, "converted-encoding")], words: { [`${P}:1:1`]: ["VNI"] }, values: [[`${P}:3`, "name", "Xã Hưng Long"]] },
  { name: "windows-1258", about: "A file in Windows-1258 whose names match once converted: read, the encoding named.", files: { [P]: cp1258(BASE) }, diagnostics: [warn(P, 1, 1, "converted-encoding")], words: { [`${P}:1:1`]: ["Windows-1258"] }, values: [[`${P}:4`, "name", "Thị trấn Ninh Giang"]] },
  { name: "mojibake-utf8", about: "A TCVN3 file once opened as Windows-1252 and saved as UTF-8: names of foreign letters, refused as garbled.", files: { [P]: iconv.decode(iconv.encode(BASE, "tcvn"), "windows1252").replace(/^.*\r\n/, "STT;Đơn vị;" + FIELDS.join(";") + ";Tổng điểm;Xếp hạng\r\n") }, diagnostics: [err(P, 2, 2, "garbled-text"), err(P, 3, 2, "garbled-text"), err(P, 4, 2, "garbled-text")], words: { [`${P}:2:2`]: ["§", "TCVN3"] } },
  { name: "merged-unit-after-merger", about: "Đồng Tâm in a 2025 table, after it joined Thị trấn Ninh Giang.", files: { "units.csv": units2(""), "par/2025.csv": BASE }, diagnostics: [err("par/2025.csv", 2, 2, "unit-not-in-force")], words: { ["par/2025.csv:2:2"]: ["năm 2025"] } },
  { name: "empty-score", about: "An empty score cell.", files: { [P]: edit(4, 12, "") }, diagnostics: [err(P, 4, 12, "missing-value")] },
  { name: "duplicate-column", about: "The same field twice.", files: { [P]: BASE.replace("Cải cách thể chế", "Thể chế").replace(";Cải cách thủ tục hành chính;", ";Thể chế;") }, diagnostics: [err(P, 1, 5, "duplicate-column"), err(P, 1, 1, "missing-column")] },
  { name: "unknown-source", about: "A row whose source is not in sources.csv.", files: { [P]: join_(cells().map((r, i) => [...r, i === 0 ? "Nguồn" : i === 1 ? "qd-khong-co" : ""])) }, diagnostics: [err(P, 2, 15, "unknown-source")] },
  { name: "no-year-in-name", about: "A PAR file whose name does not start with its year.", files: { "par/ket-qua.csv": BASE }, diagnostics: [err("par/ket-qua.csv", 1, 1, "no-year")] },
  { name: "two-files-one-year", about: "Two files for one year (the extension in two cases): the one that sorts second is refused, naming the first.", files: { [P]: BASE, "par/2022.CSV": BASE }, diagnostics: [err(P, 1, 1, "duplicate-year")], words: { [`${P}:1:1`]: ["par/2022.CSV"] } },
  { name: "unit-row-without-figures", about: "A unit's row with every number missing: refused, not dropped as a footnote.", files: { [P]: BASE + "4;Xã Văn Hội;;;;;;;;;;;;\r\n" }, diagnostics: [err(P, 5, 2, "empty-row")] },
  { name: "service-total-missing", about: "A service-index row with no total.", files: { [S]: service([["1", "Xã Đồng Tâm", "", "10", "12", "13", "15", "10", "1"]]) }, diagnostics: [err(S, 2, 3, "missing-value")] },
  { name: "service-groups-above-total", about: "Some groups given, adding up to more than the total.", files: { [S]: service([["1", "Xã Đồng Tâm", "40", "10", "12", "13", "15", "", "1"]]) }, diagnostics: [err(S, 2, 3, "total-mismatch")], words: { [`${S}:2:3`]: ["nhỏ hơn tổng các nhóm đã ghi 50", "less than the sum of the groups given, 50"] } },
  { name: "service-total-mismatch", about: "A service total that is not the sum of its groups.", files: { [S]: service([["1", "Xã Đồng Tâm", "65", "10", "12", "13", "15", "10", "1"]]) }, diagnostics: [err(S, 2, 3, "total-mismatch")] },
  { name: "percent-above-100", about: "A dossier percentage above 100.", files: { [S]: join_([[...serviceHeader, "Thanh toán trực tuyến"], ["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1", "148,9%"]]) }, diagnostics: [err(S, 2, 10, "out-of-range")] },
  { name: "count-not-whole", about: "A dossier count that is not a whole number.", files: { [S]: join_([[...serviceHeader, "Tiếp nhận"], ["1", "Xã Đồng Tâm", "65,67", "", "", "", "", "", "1", "192,5"]]) }, diagnostics: [err(S, 2, 10, "out-of-range")] },
  { name: "rank-not-whole", about: "A published rank that is not a whole number.", files: { [P]: edit(2, 14, "2,5") }, diagnostics: [err(P, 2, 14, "out-of-range")] },
  { name: "code-name-mismatch", about: "A code column that says one unit and a name that says another.", files: { [P]: join_(cells().map((r, i) => [r[0]!, i === 0 ? "Mã ĐVHC" : i === 2 ? "11203" : ["11203", "11233", "11155"][i - 1]!, ...r.slice(1)])) }, diagnostics: [err(P, 3, 3, "unit-code-mismatch")] },
  { name: "hostile-name", about: "A name with a script tag: not a unit, and quoted as text in the message.", files: { [P]: edit(3, 2, "<script>alert(1)</script>") }, diagnostics: [err(P, 3, 2, "unknown-unit")], words: { [`${P}:3:2`]: ["<script>alert(1)</script>"] } },
  { name: "bad-unit-code", about: "units.csv with a code that is not five digits.", files: { "units.csv": units2("1123,Xã Sai Mã,xã,299,Ninh Giang,,,,\n"), [P]: BASE }, diagnostics: [err("units.csv", 6, 1, "invalid-value")], words: { ["units.csv:6:1"]: ["5 chữ số", "five digits"] } },

  // Issue 8: every line of every file is read right, or refused by name.
  // 1. Quotes.
  { name: "quote-starts-note", about: "A note that begins with a quoted word (\"Tốt\" nhưng …), not a quoted field: read as the clerk wrote it, with a warning; no row lost.", files: { [P]: withNote(2, '"Tốt" nhưng cần cố gắng') }, diagnostics: [warn(P, 2, 15, "stray-quote")], values: [[`${P}:2`, "note", '"Tốt" nhưng cần cố gắng'], [`${P}:4`, "total", 92.8]] },
  { name: "quote-never-closes", about: "A quote that never closes: its line is read with the quote as text, and the rows below are still read.", files: { [P]: withNote(2, '"Tốt nhưng cần cố gắng') }, diagnostics: [warn(P, 2, 15, "stray-quote")], values: [[`${P}:3`, "total", 85.5], [`${P}:4`, "total", 92.8]] },
  { name: "quote-swallows-lines", about: "A quote opened on one line and closed two lines below: papaparse sees no error, but the cell would swallow a row; the line is read as text.", files: { [P]: withNote(2, '"Tốt', 4, 'cần cố gắng"') }, diagnostics: [warn(P, 2, 15, "stray-quote")], values: [[`${P}:3`, "total", 85.5], [`${P}:4`, "note", 'cần cố gắng"']] },
  // 2. File names.
  { name: "file-names-not-periods", about: "Names that are not exactly a documented period or a plausible year: 2023-Q5, 2023_Q1, 2023-03, 2203, 2022-ban-sua.", files: { "service/2023-Q5.csv": SERVICE_ONE, "service/2023_Q1.csv": SERVICE_ONE, "service/2023-03.csv": SERVICE_ONE, "par/2203.csv": BASE, "par/2022-ban-sua.csv": BASE }, diagnostics: [err("service/2023-Q5.csv", 1, 1, "no-period"), err("service/2023_Q1.csv", 1, 1, "no-period"), err("service/2023-03.csv", 1, 1, "no-period"), err("par/2203.csv", 1, 1, "no-year"), err("par/2022-ban-sua.csv", 1, 1, "no-year")], words: { "service/2023-Q5.csv:1:1": ["2023-Q1", "2023-M03", "2023-H1"], "par/2203.csv:1:1": ["1990", "2100"] } },
  { name: "title-names-another-year", about: "The 2021 table saved as par/2023.csv: its title says NĂM 2021.", files: { "par/2023.csv": "UBND HUYỆN NINH GIANG\r\nKẾT QUẢ CHỈ SỐ CCHC NĂM 2021\r\n" + BASE }, diagnostics: [err("par/2023.csv", 2, 1, "title-period-mismatch")], words: { "par/2023.csv:2:1": ["NĂM 2021", "năm 2023"] } },
  { name: "title-names-another-quarter", about: "A service table for Q1 whose title says quý II.", files: { [S]: "KẾT QUẢ CHỈ SỐ PHỤC VỤ QUÝ II/2023\r\n" + SERVICE_ONE }, diagnostics: [err(S, 1, 1, "title-period-mismatch")] },
  { name: "title-with-decision-date", about: "A title naming its year and the date of the decision (next year): the date is not a period; accepted.", files: { "par/2023.csv": "KẾT QUẢ CHỈ SỐ CCHC NĂM 2023\r\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 3 năm 2024, ngày 15/3/2024)\r\n" + BASE }, diagnostics: [] },
  // 3. Files that are not read.
  { name: "files-not-read", about: "A spreadsheet in par/, a name with a trailing space, a sub-folder of service/ that is not a period, one two levels down, a link leaving the directory, a stray text file: each named.", files: { "par/2023.pdf": ZIP, "par/2023.csv ": BASE, "service/cu/2022-Q4.csv": SERVICE_ONE, "service/2022-Q4/cu/x.csv": SERVICE_ONE, "ghi-chu.txt": "xem sau\n" }, links: { "par/2021.csv": "../../outside.csv" }, diagnostics: [err("par/2023.pdf", 1, 1, "unread-file"), err("par/2023.csv ", 1, 1, "unread-file"), err("service/cu/2022-Q4.csv", 1, 1, "no-period"), err("service/2022-Q4/cu/x.csv", 1, 1, "unread-file"), err("service/2022-Q4/cu/", 1, 1, "unread-folder"), err("service/2022-Q4/", 1, 1, "unread-folder"), err("par/2021.csv", 1, 1, "symlink-outside"), warn("ghi-chu.txt", 1, 1, "unused-file")], words: { "par/2023.csv :1:1": ['"par/2023.csv "'] } },
  // 4. What a file is.
  { name: "xlsx-renamed-csv", about: "An XLSX (zip) renamed .csv: named as a spreadsheet, not as a legacy encoding.", files: { [P]: ZIP }, diagnostics: [err(P, 1, 1, "spreadsheet-file")], words: { [`${P}:1:1`]: ["XLSX"] }, absent: { [`${P}:1:1`]: ["TCVN3", "VNI", "1258"] } },
  { name: "gzip-csv", about: "A gzip-compressed table: named as compressed.", files: { [P]: gzipSync(BASE) }, diagnostics: [err(P, 1, 1, "compressed-file")], absent: { [`${P}:1:1`]: ["TCVN3", "VNI"] } },
  { name: "utf16-without-bom", about: "UTF-16LE without its BOM: named as such.", files: { [P]: Buffer.from(BASE, "utf16le") }, diagnostics: [err(P, 1, 1, "utf16-no-bom")], words: { [`${P}:1:1`]: ["UTF-16LE"] } },
  { name: "one-stray-byte", about: "UTF-8 with one Windows-1252 byte (€ as 0x80) in a note: that byte at its line and column, not TCVN3.", files: { [P]: Buffer.concat([Buffer.from(withNote(3, "giá 5").split("giá 5")[0]! + "giá 5"), Buffer.from([0x80]), Buffer.from(withNote(3, "giá 5").split("giá 5")[1]!)]) }, diagnostics: [err(P, 3, 15, "invalid-byte")], words: { [`${P}:3:15`]: ["0x80"] }, absent: { [`${P}:3:15`]: ["TCVN3", "VNI", "1258"] } },
  // 5. Lines and separators.
  { name: "mixed-line-breaks", about: "CR, LF and CRLF line breaks in one file: each is a physical line; the error on line 4 is reported on line 4.", files: { [P]: cells().map((r, i) => (i === 3 ? [...r.slice(0, 4), "19", ...r.slice(5)] : r).join(";")).map((l, i) => l + ["\r", "\n", "\r\n", "\r"][i]).join("") }, diagnostics: [err(P, 4, 5, "out-of-range")] },
  { name: "tab-row-in-semicolon-file", about: "A tab-separated row in a ; file: the tab is named, not a comma.", files: { [P]: join_(cells().slice(0, 2)) + cells()[2]!.join("\t") + "\r\n" + join_(cells().slice(3)) }, diagnostics: [err(P, 3, 1, "mixed-separators")], words: { [`${P}:3:1`]: ["tab"] }, absent: { [`${P}:3:1`]: ['","'] } },
  // 6. Many errors.
  { name: "many-errors", about: "120 unknown communes: the first 50 errors listed, then one that counts the other 70.", files: { [P]: join_([HEADER, ...Array.from({ length: 120 }, (_, i) => [String(i + 1), `Xã Không Có ${i + 1}`, ...ROWS[0]![1].map(vn), ROWS[0]![2], ""])]) }, diagnostics: [...Array.from({ length: 50 }, (_, i) => err(P, i + 2, 2, "unknown-unit")), err(P, 52, 2, "more-errors")], words: { [`${P}:52:2`]: ["70"] } },
  // 7. Units.
  { name: "folded-name-not-in-force", about: "Xã Đông Tâm ended in 2020; a 2022 row naming it is not credited to Xã Đồng Tâm, whose name folds the same.", files: { "units.csv": units2("11199,Xã Đông Tâm,xã,299,Ninh Giang,,2020-12-31,,\n"), [P]: BASE.replace("Xã Đồng Tâm", "Xã Đông Tâm") }, diagnostics: [err(P, 2, 2, "unit-not-in-force")], words: { [`${P}:2:2`]: ["Xã Đông Tâm"] } },
  { name: "exact-diacritics-decide", about: "A real Xã Đông Tâm beside Xã Đồng Tâm: the exact spelling decides, nothing is ambiguous.", files: { "units.csv": units2("11199,Xã Đông Tâm,xã,299,Ninh Giang,,,,\n"), [P]: BASE + "4;Xã Đông Tâm;10;4;15;5;10;5;10;1,5;11;9;80,5;4\r\n" }, diagnostics: [], values: [[`${P}:2`, "name", "Xã Đồng Tâm"], [`${P}:5`, "total", 80.5]] },
  { name: "spelling-contradicts", about: "Xã Đông Tâm when only Xã Đồng Tâm exists: folding finds it, the spelling contradicts it, so it is not picked.", files: { [P]: BASE.replace("Xã Đồng Tâm", "Xã Đông Tâm") }, diagnostics: [err(P, 2, 2, "unknown-unit")], words: { [`${P}:2:2`]: ["Xã Đồng Tâm"] } },
  { name: "code-as-float", about: "A code written 11203.0 (Excel's float) is 11203; a code that is no unit's is named as the code, not blamed on the name.", files: { [P]: join_(cells().map((r, i) => [r[0]!, i === 0 ? "Mã ĐVHC" : ["11203.0", "11233", "1115"][i - 1]!, ...r.slice(1)])) }, diagnostics: [err(P, 4, 2, "unknown-code")], words: { [`${P}:4:2`]: ["1115"] }, values: [[`${P}:2`, "total", 87.75]] },
  { name: "shared-name-with-code", about: "Two units share a name (numbered wards repeat); with a code column each row's name is its own unit's, not a mismatch.", files: { "units.csv": units2("11240,Phường 15,phường,299,Ninh Giang,,,,\n11241,Phường 15,phường,299,Ninh Giang,,,,\n"), [P]: join_([["STT", "Mã ĐVHC", ...HEADER.slice(1)], ["1", "11240", "Phường 15", ...ROWS[0]![1].map(vn), ROWS[0]![2], ""], ["2", "11241", "Phường 15", ...ROWS[1]![1].map(vn), ROWS[1]![2], ""]]) }, diagnostics: [], values: [[`${P}:2`, "total", 87.75], [`${P}:3`, "total", 85.5]] },
  // 8. Invisible and look-alike characters.
  { name: "invisible-characters", about: "A word joiner in a score, a Cyrillic о and a zero-width joiner in names, an Icelandic Ð for Đ: shown by code point, with no legacy-encoding hint.", files: { [P]: join_([...cells().map((r, i) => (i === 1 ? [r[0]!, r[1]!, "11,84\u2060", ...r.slice(3)] : i === 2 ? [r[0]!, "Xã Hưng L\u043eng", ...r.slice(2)] : i === 3 ? [r[0]!, "Thị trấn Ninh\u200d Giang", ...r.slice(2)] : r)), ["4", "Xã Ðồng Tâm", ...cells()[1]!.slice(2)]]) }, diagnostics: [err(P, 2, 3, "not-a-number"), err(P, 3, 2, "lookalike-character"), err(P, 4, 2, "lookalike-character"), err(P, 5, 2, "lookalike-character")], words: { [`${P}:5:2`]: ["U+00D0 LATIN CAPITAL LETTER ETH"], [`${P}:2:3`]: ["U+2060 WORD JOINER"], [`${P}:3:2`]: ["U+043E CYRILLIC SMALL LETTER O"], [`${P}:4:2`]: ["U+200D ZERO WIDTH JOINER"] }, absent: { [`${P}:5:2`]: ["TCVN3"], [`${P}:2:3`]: ["TCVN3"], [`${P}:3:2`]: ["TCVN3"], [`${P}:4:2`]: ["TCVN3"] } },
  // 9. Average rows.
  { name: "average-label-in-column-a", about: "An average row whose label sits in column A (a merged A:B cell): a total row, not a unit.", files: { [P]: BASE + "Trung bình;;12,28;4,75;16,21;5,83;10,5;5,83;10,4;1,63;12;9,26;88,68;\r\n" }, diagnostics: [], values: [[`${P}:4`, "total", 92.8]] },
  // 11. Size.
  { name: "line-too-long", about: "A note of 70,000 characters: the line is refused without being parsed.", files: { [P]: withNote(3, "x".repeat(70_000)) }, diagnostics: [err(P, 3, 1, "line-too-long")] },
  // 12. Old encodings whose names do not match once converted: refused as before, nothing read as mojibake.
  { name: "tcvn3-names-do-not-match", about: "A file in TCVN3 (ABC) naming a commune units.csv does not have: refused as not UTF-8, the encoding named; no row read.", files: { [P]: iconv.encode(BASE.replace("Xã Hưng Long", "Xã Hưng Thịnh"), "tcvn") }, diagnostics: [err(P, 1, 1, "not-utf8")], words: { [`${P}:1:1`]: ["TCVN3 (ABC)"] } },
  // 13. Workbooks (./fixture-workbooks.ts).
  ...(await workbookCases(BASE, (text) => iconv.decode(vni(text), "windows1252"))),
  // 14. Issue 10: a province across the 2025 reorganisation.
  { name: "province-district-column", about: "A province's 2024 table over two districts, each with a Xã Hồng Phong, with a Huyện column (name, “Huyện …”, “H. …”): each row read within its district.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, [P24]: provinceTable(["Huyện"], PROVINCE_ROWS) }, diagnostics: [], values: [[`${P24}:3`, "name", "Xã Hồng Phong"], [`${P24}:3`, "total", 85.5], [`${P24}:4`, "total", 92.8], [`${P24}:5`, "total", 85.5], [`${P24}:2`, "tac-dong", 1.577]] },
  { name: "province-repeated-name", about: "The same province table without its district column: Xã Hồng Phong is in both districts, so each such row is refused, naming both.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, [P24]: provinceTable([], noDistrict(PROVINCE_ROWS)) }, diagnostics: [err(P24, 3, 2, "ambiguous-unit"), err(P24, 4, 2, "ambiguous-unit")], words: { [`${P24}:3:2`]: ["Xã Hồng Phong", "huyện Ninh Giang", "huyện Thanh Miện"], [`${P24}:4:2`]: ["huyện Ninh Giang", "huyện Thanh Miện"] } },
  { name: "unit-after-merger-province", about: "A 2025 table of the new units (no district, Thành phố Hải Phòng), with lineage.csv: read, names only.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, "par/2025.csv": provinceTable([], [["Xã Ninh Giang", [], 0], ["Xã Thanh Miện", [], 2]]) }, diagnostics: [], values: [["par/2025.csv:2", "name", "Xã Ninh Giang"], ["par/2025.csv:2", "total", 87.75], ["par/2025.csv:3", "total", 92.8]] },
  { name: "old-unit-after-merger-province", about: "A 2025 table naming Xã Vĩnh Hòa, which ended on 30/6/2025 and went into Xã Ninh Giang: not a unit of 2025's ranking.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, "par/2025.csv": provinceTable([], [["Xã Ninh Giang", [], 0], ["Xã Vĩnh Hòa", [], 1], ["Xã Thanh Miện", [], 2]]) }, diagnostics: [err("par/2025.csv", 3, 2, "unit-not-in-force")], words: { "par/2025.csv:3:2": ["Xã Vĩnh Hòa", "năm 2025"] } },
  { name: "two-tables-one-year", about: "Two 2024 tables in par/2024/, one a district, names only: each read within its district (a Xã Hồng Phong in each), two scopes.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, "par/2024/ninh-giang.csv": provinceTable([], [["Xã Đồng Tâm", [], 0], ["Xã Hồng Phong", [], 1], ["Xã Vĩnh Hòa", [], 2]]), "par/2024/thanh-mien.csv": provinceTable([], [["Thị trấn Thanh Miện", [], 0], ["Xã Hồng Phong", [], 2]]) }, diagnostics: [], values: [["par/2024/ninh-giang.csv:3", "total", 85.5], ["par/2024/thanh-mien.csv:3", "total", 92.8], ["par/2024/thanh-mien.csv:2", "name", "Thị trấn Thanh Miện"]] },
  { name: "unit-in-two-tables", about: "Xã Đồng Tâm in both 2024 tables: the second table is refused, naming the first.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, "par/2024/ninh-giang.csv": provinceTable([], [["Xã Đồng Tâm", [], 0], ["Xã Vĩnh Hòa", [], 2]]), "par/2024/thanh-mien.csv": provinceTable([], [["Thị trấn Thanh Miện", [], 0], ["Xã Đồng Tâm", [], 1]]) }, diagnostics: [err("par/2024/thanh-mien.csv", 1, 1, "unit-in-two-tables")], words: { "par/2024/thanh-mien.csv:1:1": ["Xã Đồng Tâm", "par/2024/ninh-giang.csv"] } },
  { name: "lineage-unknown-code", about: "A lineage.csv row into a code units.csv does not have.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE + "2025-07-01,11224,11299,full,1669/NQ-UBTVQH15,\n", [P24]: provinceTable(["Huyện"], PROVINCE_ROWS) }, diagnostics: [err("lineage.csv", 6, 1, "lineage-unknown-code")], words: { "lineage.csv:6:1": ["11299", "units.csv"] } },
  { name: "old-name-of-a-kept-code-2025", about: "A 2025 table naming Xã Đồng Tâm (11203 until 30/6/2025), whose code Xã Ninh Giang kept: refused, not credited to Xã Ninh Giang.", files: { "units.csv": UNITS_PROVINCE, "lineage.csv": LINEAGE_PROVINCE, "par/2025.csv": provinceTable([], [["Xã Đồng Tâm", [], 0], ["Xã Thanh Miện", [], 2]]) }, diagnostics: [err("par/2025.csv", 2, 2, "unit-not-in-force")], words: { "par/2025.csv:2:2": ["Xã Đồng Tâm", "năm 2025"] } },
  { name: "kind-contradicts-unit-list", about: "units.csv gives 27046 “Phường 5” the kind xã (as the official catalogue of 01/03/2025 does): the table's “Phường 5” beside 27046 is refused, the message saying the kinds differ rather than “is Phường 5, not Phường 5”.", files: { "units.csv": UNITS_KIND, [P24]: codeTable([["27043", "Phường 4", 0], ["27046", "Phường 5", 1]]) }, diagnostics: [err(P24, 3, 3, "unit-kind-mismatch")], words: { [`${P24}:3:3`]: ["27046", "Phường 5", "\"xã\"", "phường", "units.csv"] }, values: [[`${P24}:2`, "name", "Phường 4"]] },
];

rmSync(ROOT, { recursive: true, force: true });
CASES.forEach((c, i) => {
  const dir = join(ROOT, `${String(i + 1).padStart(2, "0")}-${c.name}`);
  for (const [path, body] of Object.entries(c.files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  for (const [path, target] of Object.entries(c.links ?? {})) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
  const outcome = c.diagnostics.some((d) => d.includes(" error ")) ? "error" : c.diagnostics.length ? "warning" : "accept";
  writeFileSync(join(dir, "expected.json"), JSON.stringify({ about: c.about, outcome, diagnostics: c.diagnostics, words: c.words ?? {}, absent: c.absent ?? {}, values: c.values ?? [] }, null, 2) + "\n");
});
console.log(`make-fixtures: ${CASES.length} cases in ${ROOT}`);
