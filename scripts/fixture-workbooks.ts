/**
 * The corpus cases that are Excel workbooks (see scripts/make-fixtures.ts), made
 * with exceljs, the library the reader reads them with (src/data/workbook.ts).
 * Each outcome is written by hand, as in the rest of the corpus.
 */
import type { Case } from "./fixture-case.ts";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const FIELDS = [
  "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng chính quyền điện tử, chính quyền số",
  "Tác động của CCHC đến phát triển kinh tế - xã hội", "Đánh giá của các tổ chức đối với CCHC", "Chỉ số hài lòng của người dân, tổ chức",
];
/** The same three units as the CSV cases; scores stored as numbers. Columns: A STT, B name, C-L fields, M total, N rank. */
const ROWS: [string, number[], number, number][] = [
  ["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28], 87.75, 2],
  ["Xã Hưng Long", [12, 4.5, 15, 5.5, 10, 6, 10, 1.5, 12, 9], 85.5, 3],
  ["Thị trấn Ninh Giang", [13, 5, 17, 6, 10.5, 6.5, 11, 1.8, 12.5, 9.5], 92.8, 1],
];
const HEADER = ["STT", "Đơn vị", ...FIELDS, "Tổng điểm", "Xếp hạng"];
type Value = ExcelJS.CellValue;
/** Text typed in a TCVN3 (.VnTime) font, as Excel stores it: each TCVN3 byte as a Windows-1252 character. */
const tcvn = (text: string) => iconv.decode(iconv.encode(text, "tcvn"), "windows1252");

const err = (file: string, line: number, column: number, code: string) => `${file}:${line}:${column}: error ${code}`;
const warn = (file: string, line: number, column: number, code: string) => `${file}:${line}:${column}: warning ${code}`;

/** A plain table on a sheet: the header on row 1, a unit a row. */
function plain(sheet: ExcelJS.Worksheet, edit: (row: Value[], i: number) => Value[] = (r) => r, header = HEADER): void {
  sheet.addRow(header);
  ROWS.forEach(([name, scores, total, rank], i) => sheet.addRow(edit([i + 1, name, ...scores, total, rank], i)));
}

const FIXED = Date.UTC(2023, 0, 1);

/** A clock stopped at FIXED: exceljs (through jszip) stamps each zip entry with `new Date()`. */
class StoppedDate extends Date {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(FIXED);
    else super(...(args as [number]));
  }
  static override now = () => FIXED;
}

/** A workbook's bytes, the same each time the fixtures are made (dates in the file and in the zip fixed). */
async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(FIXED);
  build(wb);
  const RealDate = globalThis.Date;
  globalThis.Date = StoppedDate as DateConstructor;
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    globalThis.Date = RealDate;
  }
}

/** What a district prints: a title over the table, STT and name merged over a two-row header, totals as formulas, a total row, a note. */
function published(wb: ExcelJS.Workbook): void {
  const s = wb.addWorksheet("2022");
  s.addRow(["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022"]);
  s.mergeCells("A1:N1");
  s.addRow([]);
  s.addRow(["STT", "Đơn vị", "Điểm các lĩnh vực", ...Array<string>(9).fill(""), "Tổng điểm", "Xếp hạng"]);
  s.addRow(["", "", ...FIELDS, "", ""]);
  for (const range of ["A3:A4", "B3:B4", "C3:L3", "M3:M4", "N3:N4"]) s.mergeCells(range);
  ROWS.forEach(([name, scores, total, rank], i) => {
    const r = 5 + i;
    // Row 6 has one score typed as text, the Vietnamese way: it follows the CSV rules.
    const cells: Value[] = scores.map((v, k) => (r === 6 && k === 9 ? "9,0" : v));
    s.addRow([i + 1, name, ...cells, { formula: `ROUND(SUM(C${r}:L${r}),2)`, result: total }, rank]);
  });
  const column = (k: number) => String.fromCharCode(67 + k);
  const sums = FIELDS.map((_, k) => ({ formula: `SUM(${column(k)}5:${column(k)}7)`, result: 1 }));
  s.addRow(["Tổng cộng", "", ...sums, { formula: "SUM(M5:M7)", result: 266.05 }, ""]);
  s.mergeCells("A8:B8");
  s.addRow([]);
  s.addRow(["Ghi chú: điểm tổng làm tròn đến hai chữ số thập phân."]);
  s.mergeCells("A10:N10");
}

/** The cases; `csv` is a sound CSV table of the same year (for the case of two files for one year). */
/** A case as scripts/make-fixtures.ts writes it. */
export type WorkbookCase = Case;

export async function workbookCases(csv: string, vni: (text: string) => string): Promise<WorkbookCase[]> {
  const P = "par/2022.xlsx";
  const S = "service/2023-Q1.xlsx";
  const X = (sheet: string) => `${P}[${sheet}]`;
  const good = await bytes((wb) => plain(wb.addWorksheet("Sheet1")));
  const dated = await bytes((wb) => {
    const s = wb.addWorksheet("Sheet1");
    plain(s, (r, i) => (i === 1 ? r.map((v, k) => (k === 5 ? new Date(Date.UTC(2022, 4, 5)) : v)) : r));
    s.getCell("F3").numFmt = "dd/mm/yyyy";
  });
  return [
    {
      name: "xlsx-as-published",
      about:
        "A workbook as a district prints it: a merged title, STT and name merged over a two-row header, totals as ROUND(SUM()) formulas " +
        "(their cached values read), a merged 'Tổng cộng' row, a merged note; 1.577 stored as a number is 1.577, '9,0' typed as text is 9.",
      files: { [P]: await bytes(published) },
      diagnostics: [],
      values: [[`${X("2022")}:5`, "total", 87.75], [`${X("2022")}:5`, "tac-dong", 1.577], [`${X("2022")}:6`, "sipas", 9], [`${X("2022")}:7`, "rank", 1]],
    },
    {
      name: "xlsx-sheet-named-for-the-year",
      about: "A workbook with a notes sheet and a sheet named 2022: the 2022 sheet is read, and a warning names it and the sheet not read.",
      files: { [P]: await bytes((wb) => { wb.addWorksheet("Ghi chú").addRow(["Số liệu do Phòng Nội vụ tổng hợp"]); plain(wb.addWorksheet("2022")); }) },
      diagnostics: [warn(X("2022"), 1, 1, "sheet-read")],
      words: { [`${X("2022")}:1:1`]: ["2022", "Ghi chú"] },
      values: [[`${X("2022")}:2`, "total", 87.75]],
    },
    {
      name: "xlsx-several-sheets",
      about: "Two sheets with data, neither named for the period: refused, the sheets listed.",
      files: { [S]: await bytes((wb) => { wb.addWorksheet("Quý 1").addRow(["STT", "Đơn vị", "Tổng điểm"]); wb.addWorksheet("Quý 2").addRow(["STT", "Đơn vị", "Tổng điểm"]); }) },
      diagnostics: [err(S, 1, 1, "several-sheets")],
      words: { [`${S}:1:1`]: ["Quý 1, Quý 2", "2023-Q1"] },
    },
    {
      name: "xlsx-date-score",
      about: "A score Excel turned into a date (5/5 typed for 5,5): refused at its cell, the date shown; never read as a number.",
      files: { [P]: dated },
      diagnostics: [err(X("Sheet1"), 3, 6, "date-cell")],
      words: { [`${X("Sheet1")}:3:6`]: ["05/05/2022", "Cải cách tổ chức bộ máy"] },
    },
    {
      name: "xlsx-merged-over-data",
      about: "Two units' scores merged into one cell (D2:D3): both rows refused at the range's first cell.",
      files: { [P]: await bytes((wb) => { const s = wb.addWorksheet("Sheet1"); plain(s); s.mergeCells("D2:D3"); }) },
      diagnostics: [err(X("Sheet1"), 2, 4, "merged-cell")],
      words: { [`${X("Sheet1")}:2:4`]: ["D2:D3"] },
    },
    {
      name: "xlsx-formula-without-value",
      about: "A formula saved without its value (written by a program, never opened in Excel): refused at its cell, named C2.",
      files: { [P]: await bytes((wb) => plain(wb.addWorksheet("Sheet1"), (r, i) => (i === 0 ? r.map((v, k) => (k === 2 ? { formula: "11.84" } : v)) : r))) },
      diagnostics: [err(X("Sheet1"), 2, 3, "formula-no-value"), err(X("Sheet1"), 2, 3, "missing-value")],
      words: { [`${X("Sheet1")}:2:3`]: ["C2"] },
    },
    {
      name: "xlsx-vni-font",
      about: "A workbook typed in a VNI font (\"Xaõ Ñoàng Taâm\"): its text converted to Unicode, the names then match, so it is read with a warning naming VNI; the numbers untouched.",
      files: { [P]: await bytes((wb) => plain(wb.addWorksheet("Sheet1"), (r) => r.map((v) => (typeof v === "string" ? vni(v) : v)), HEADER.map(vni))) },
      diagnostics: [warn(X("Sheet1"), 1, 1, "converted-encoding")],
      words: { [`${X("Sheet1")}:1:1`]: ["VNI"] },
      values: [[`${X("Sheet1")}:2`, "name", "Xã Đồng Tâm"], [`${X("Sheet1")}:2`, "tac-dong", 1.577], [`${X("Sheet1")}:4`, "name", "Thị trấn Ninh Giang"]],
    },
    {
      name: "xlsx-tcvn3-font-names-do-not-match",
      about: "A workbook typed in a TCVN3 font naming a commune units.csv does not have: refused whole, the font named; nothing read as mojibake.",
      files: { [P]: await bytes((wb) => plain(wb.addWorksheet("Sheet1"), (r, i) => r.map((v) => (typeof v === "string" ? tcvn(i === 1 ? "Xã Hưng Thịnh" : v) : v)), HEADER.map(tcvn))) },
      diagnostics: [err(X("Sheet1"), 1, 1, "legacy-font")],
      words: { [`${X("Sheet1")}:1:1`]: ["TCVN3 (ABC)"] },
    },
    { name: "xlsx-empty", about: "A workbook whose only sheet is empty.", files: { [P]: await bytes((wb) => wb.addWorksheet("Sheet1")) }, diagnostics: [err(P, 1, 1, "empty-workbook")] },
    {
      name: "xlsx-corrupt", about: "A workbook cut in half (a broken download): refused as damaged.",
      files: { [P]: good.subarray(0, good.length >> 1) }, diagnostics: [err(P, 1, 1, "corrupt-workbook")],
    },
    {
      name: "xlsx-password",
      about: "A password-protected workbook: an OLE container with an EncryptionInfo stream (made by hand here, as Excel lays it out; exceljs cannot encrypt).",
      files: { [P]: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]) },
      diagnostics: [err(P, 1, 1, "workbook-password")],
      words: { [`${P}:1:1`]: ["mật khẩu", "password"] },
    },
    {
      name: "ods-refused", about: "A file named .ods (its bytes here an .xlsx): refused by its name with 'save as .xlsx', never guessed at.",
      files: { "par/2022.ods": good }, diagnostics: [err("par/2022.ods", 1, 1, "old-workbook")], words: { "par/2022.ods:1:1": [".xlsx"] },
    },
    {
      name: "csv-and-xlsx-one-year", about: "par/2022.csv and par/2022.xlsx: two tables for one year, an error.",
      files: { [P]: good, "par/2022.csv": csv }, diagnostics: [err(P, 1, 1, "duplicate-year")],
    },
  ];
}
