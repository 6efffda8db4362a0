/** The catalogue's messages about files: what a file is, its encoding, its name, workbooks, and npm run convert. */
import { enNumber, viNumber } from "../locale.ts";
import type { Text } from "./text.ts";

export const FILE_MESSAGES = {
  // Files and encodings.
  "missing-file": (p: { path: string }) => ({ vi: `Thiếu tệp ${p.path}`, en: `Missing file ${p.path}` }),
  "not-utf8": (p: { encoding: string | null }) => ({
    vi: `Tệp không phải UTF-8 (có vẻ là mã ${p.encoding ?? "không rõ/unknown"}): hãy lưu lại dạng "CSV UTF-8" hoặc chuyển mã sang Unicode trước khi nạp`,
    en: `The file is not UTF-8 (it looks like ${p.encoding ?? "an unknown encoding"}): save it as "CSV UTF-8" or convert it to Unicode first`,
  }),
  "converted-encoding": (p: { encoding: string }) => ({
    vi: `Tệp ở mã ${p.encoding}, đã chuyển sang Unicode (tên đơn vị khớp danh mục); nên lưu lại dạng "CSV UTF-8" (npm run convert)`,
    en: `The file is in ${p.encoding}, converted to Unicode (the unit names match the list); better save it as "CSV UTF-8" (npm run convert)`,
  }),
  "legacy-font": (p: { encoding: string }) => ({
    vi: `Chữ trong sổ Excel gõ bằng phông ${p.encoding}, và sau khi chuyển sang Unicode tên đơn vị vẫn không khớp danh mục: ` +
      "hãy chuyển mã sang Unicode (Unikey) rồi lưu lại",
    en: `The workbook's text is typed in a ${p.encoding} font, and the unit names do not match the list once converted: ` +
      "convert it to Unicode (Unikey) and save it again",
  }),
  // npm run convert (scripts/convert.ts).
  "convert-usage": () => ({ vi: "Cách dùng: npm run convert -- <tệp.csv> [tệp-ra.csv]", en: "Usage: npm run convert -- <file.csv> [out.csv]" }),
  "convert-nothing": (p: { encoding: string }) => ({ vi: `Tệp đã là ${p.encoding}, không cần chuyển`, en: `The file is already ${p.encoding}: nothing to convert` }),
  "convert-done": (p: { encoding: string; file: string }) => ({
    vi: `Đã chuyển ${p.file} từ ${p.encoding} sang UTF-8; hãy kiểm tra rồi thay cho tệp cũ`,
    en: `${p.file} converted from ${p.encoding} to UTF-8; check it, then put it in place of the old file`,
  }),
  "unused-file": () => ({ vi: "Tệp không được dùng (không nằm trong par/ hoặc service/)", en: "The file is not used (not under par/ or service/)" }),
  "unread-file": (p: { name: string }) => ({
    vi: `Tệp ${p.name} không được đọc: bảng kết quả phải là tệp .csv hoặc .xlsx đặt thẳng trong par/ hoặc service/`,
    en: `The file ${p.name} is not read: results tables are .csv or .xlsx files directly in par/ or service/`,
  }),
  "unread-folder": (p: { name: string }) => ({
    vi: `Thư mục ${p.name} không được đọc: bảng kết quả phải đặt thẳng trong par/ hoặc service/`,
    en: `The folder ${p.name} is not read: results tables go directly in par/ or service/`,
  }),
  "symlink-outside": (p: { name: string }) => ({
    vi: `${p.name} là liên kết tới ngoài thư mục dữ liệu: không đọc`,
    en: `${p.name} is a link to outside the data directory: not read`,
  }),
  "no-directory": () => ({ vi: "Không có thư mục dữ liệu này", en: "There is no such data directory" }),
  "not-a-file": (p: { name: string }) => ({ vi: `${p.name} không phải tệp thường: không đọc`, en: `${p.name} is not a regular file: not read` }),
  "no-year": (p: { name: string; from: number; to: number }) => ({
    vi: `Tên tệp "${p.name}" (hoặc thư mục chứa nó) phải đúng là năm (${p.from}–${p.to}), ví dụ par/2022.csv hoặc par/2022/ninh-giang.csv`,
    en: `The file name "${p.name}" (or its folder's) must be exactly the year (${p.from}–${p.to}), e.g. par/2022.csv or par/2022/ninh-giang.csv`,
  }),
  "no-period": (p: { name: string; from: number; to: number }) => ({
    vi: `Tên tệp "${p.name}" (hoặc thư mục chứa nó) phải đúng là kỳ (năm ${p.from}–${p.to}): 2023-Q1 (quý 1-4), 2023-M03 (tháng 01-12), 2023-H1 (nửa năm 1-2) hoặc 2023`,
    en: `The file name "${p.name}" (or its folder's) must be exactly the period (years ${p.from}–${p.to}): 2023-Q1 (quarter 1-4), 2023-M03 (month 01-12), 2023-H1 (half 1-2) or 2023`,
  }),
  "title-period-mismatch": (p: { title: string; expected: Text }) => ({
    vi: `Dòng tiêu đề "${p.title}" nói về kỳ khác với tên tệp (${p.expected.vi})`,
    en: `The title row "${p.title}" names another period than the file name (${p.expected.en})`,
  }),
  "file-too-large": (p: { size: number; max: number }) => ({
    vi: `Tệp quá lớn (${viNumber(p.size)} byte, tối đa ${viNumber(p.max)}): không đọc`,
    en: `The file is too large (${enNumber(p.size)} bytes, at most ${enNumber(p.max)}): not read`,
  }),
  "line-too-long": (p: { max: number }) => ({
    vi: `Dòng quá dài (hơn ${viNumber(p.max)} ký tự): không đọc dòng này`,
    en: `The line is too long (over ${enNumber(p.max)} characters): not read`,
  }),
  "stray-quote": () => ({
    vi: 'Dấu ngoặc kép (") không đóng mở đúng cách: dòng được đọc với dấu ngoặc kép là chữ',
    en: 'A quote (") that does not open and close a cell: the line is read with its quotes as text',
  }),
  "too-many-quotes": (p: { max: number }) => ({
    vi: `Quá ${p.max} dòng có dấu ngoặc kép sai: phần còn lại của tệp không được đọc`,
    en: `Over ${p.max} lines with broken quotes: the rest of the file is not read`,
  }),
  "spreadsheet-file": (p: { kind: string }) => ({
    vi: `Tệp không phải CSV mà là ${p.kind} đổi tên: hãy mở bằng Excel và lưu dạng "CSV UTF-8"`,
    en: `The file is not CSV but a renamed ${p.kind}: open it in Excel and save as "CSV UTF-8"`,
  }),
  // Workbooks (./workbook.ts, ./merges.ts).
  "workbook-password": () => ({
    vi: "Sổ Excel có mật khẩu, không đọc được: hãy bỏ mật khẩu (File > Info > Protect Workbook) rồi lưu lại",
    en: "The workbook is password-protected and cannot be read: remove the password (File > Info > Protect Workbook) and save it again",
  }),
  "old-workbook": (p: { kind: string }) => ({
    vi: `Tệp là ${p.kind}, không đọc được chắc chắn: hãy mở bằng Excel và lưu dạng .xlsx (Excel Workbook)`,
    en: `The file is ${p.kind}, which is not read reliably: open it in Excel and save as .xlsx (Excel Workbook)`,
  }),
  "corrupt-workbook": (p: { detail: string }) => ({
    vi: `Tệp .xlsx hỏng, không mở được (${p.detail}): hãy mở bằng Excel và lưu lại`,
    en: `The .xlsx file is damaged and cannot be opened (${p.detail}): open it in Excel and save it again`,
  }),
  "empty-workbook": () => ({ vi: "Sổ Excel không có trang tính nào có dữ liệu", en: "No sheet of the workbook holds any data" }),
  "several-sheets": (p: { sheets: string; stem: string }) => ({
    vi: `Sổ Excel có nhiều trang tính có dữ liệu (${p.sheets}): mỗi bảng một trang, hoặc đặt tên trang cần đọc là "${p.stem}"`,
    en: `Several sheets of the workbook hold data (${p.sheets}): keep one table a sheet, or name the sheet to read "${p.stem}"`,
  }),
  "sheet-read": (p: { sheet: string; others: string }) => ({
    vi: `Đọc trang tính "${p.sheet}"; không đọc: ${p.others}`,
    en: `Sheet "${p.sheet}" read; not read: ${p.others}`,
  }),
  "formula-no-value": (p: { cell: string }) => ({
    vi: `Ô ${p.cell} là công thức chưa có giá trị lưu sẵn: hãy mở bằng Excel, tính lại và lưu`,
    en: `Cell ${p.cell} is a formula without a saved value: open the file in Excel, recalculate and save`,
  }),
  "merged-cell": (p: { range: string }) => ({
    vi: `Ô gộp ${p.range} che dữ liệu: không biết giá trị thuộc dòng, cột nào; hãy bỏ gộp ô`,
    en: `The merged range ${p.range} lies over data: whose value it holds is unclear; unmerge it`,
  }),
  "compressed-file": (p: { kind: string }) => ({
    vi: `Tệp bị nén (${p.kind}): hãy giải nén trước khi nạp`,
    en: `The file is compressed (${p.kind}): decompress it first`,
  }),
  "utf16-no-bom": (p: { encoding: string }) => ({
    vi: `Tệp là ${p.encoding} nhưng không có BOM: hãy lưu lại dạng "CSV UTF-8"`,
    en: `The file is ${p.encoding} without a BOM: save it as "CSV UTF-8"`,
  }),
  "invalid-byte": (p: { byte: string; count: number; position: number }) => ({
    vi:
      `Byte ${p.byte} (ký tự thứ ${p.position} của dòng) không phải UTF-8` +
      `${p.count > 1 ? `; cả tệp có ${p.count} byte như vậy` : ""}: hãy sửa ô này hoặc lưu lại dạng "CSV UTF-8"`,
    en: `Byte ${p.byte} (character ${p.position} of the line) is not UTF-8${p.count > 1 ? `; the file has ${p.count} such bytes` : ""}: fix this cell or save as "CSV UTF-8"`,
  }),
  "more-errors": (p: { count: number }) => ({
    vi: `Còn ${viNumber(p.count)} lỗi hoặc cảnh báo nữa trong tệp này không được liệt kê`,
    en: `${enNumber(p.count)} more errors or warnings in this file are not listed`,
  }),
  "duplicate-year": (p: { year: number; other: string }) => ({ vi: `Năm ${p.year} đã có tệp ${p.other}`, en: `Year ${p.year} already has the file ${p.other}` }),
  "duplicate-period": (p: { period: string; other: string }) => ({ vi: `Kỳ ${p.period} đã có tệp ${p.other}`, en: `Period ${p.period} already has the file ${p.other}` }),

} satisfies Record<string, (p: never) => Text>;
