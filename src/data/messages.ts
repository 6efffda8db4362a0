/**
 * Every message of the data layer, in one place: a key (the diagnostic's code,
 * with a "/variant" when one code has several wordings) → the Vietnamese and
 * English text, built from named parameters. A reader edition in one language
 * picks one side; tests read the code.
 */
import { enNumber, viNumber } from "./locale.ts";
import { visible } from "./text.ts";

export interface Text {
  vi: string;
  en: string;
}

/** The heading of a failed build's list of errors. */
export const NOT_PUBLISHED: Text = { vi: "Dữ liệu có lỗi, không xuất bản", en: "The data has errors, nothing is published" };

/** What is printed when reading fails unexpectedly (a missing directory, a bug), before the details. */
export const READER_FAILED: Text = {
  vi: "Không đọc được thư mục dữ liệu (lỗi bất ngờ, chi tiết bên dưới); không xuất bản",
  en: "The data directory could not be read (an unexpected failure, details below); nothing is published",
};

/** A message ready for a diagnostic: its code and its two texts. */
export interface Message extends Text {
  code: string;
}

const CATALOGUE = {
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
    vi: `Tên tệp "${p.name}" phải đúng là năm (${p.from}–${p.to}), ví dụ par/2022.csv`,
    en: `The file name "${p.name}" must be exactly the year (${p.from}–${p.to}), e.g. par/2022.csv`,
  }),
  "no-period": (p: { name: string; from: number; to: number }) => ({
    vi: `Tên tệp "${p.name}" phải đúng là kỳ (năm ${p.from}–${p.to}): 2023-Q1 (quý 1-4), 2023-M03 (tháng 01-12), 2023-H1 (nửa năm 1-2) hoặc 2023`,
    en: `The file name "${p.name}" must be exactly the period (years ${p.from}–${p.to}): 2023-Q1 (quarter 1-4), 2023-M03 (month 01-12), 2023-H1 (half 1-2) or 2023`,
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

  // Configuration.
  "several-districts": (p: { count: number }) => ({
    vi: `Một thư mục dữ liệu chỉ chứa một huyện; units.csv có ${p.count} mã huyện`,
    en: `A data directory holds one district; units.csv has ${p.count} district codes`,
  }),
  "duplicate-source": (p: { id: string }) => ({ vi: `Mã nguồn "${p.id}" bị trùng`, en: `Source id "${p.id}" is repeated` }),
  "duplicate-default-source": (p: { path: string; other: string }) => ({
    vi: `Tệp ${p.path} đã có nguồn mặc định "${p.other}"`,
    en: `File ${p.path} already has the default source "${p.other}"`,
  }),
  "missing-role": () => ({ vi: 'Cần ít nhất một tên cột cho vai trò "unit" (tên đơn vị)', en: 'At least one header alias is needed for the role "unit"' }),
  "no-definitions/par": (p: { year: number; file: string }) => ({
    vi: `Chưa có định nghĩa lĩnh vực cho năm ${p.year} trong ${p.file}`,
    en: `No field definitions for ${p.year} in ${p.file}`,
  }),
  "no-definitions/service": (p: { period: string; file: string }) => ({
    vi: `Chưa có định nghĩa nhóm chỉ số cho kỳ ${p.period} trong ${p.file}`,
    en: `No group definitions for ${p.period} in ${p.file}`,
  }),
  "duplicate-field": (p: { code: string; year: number }) => ({
    vi: `Lĩnh vực "${p.code}" được định nghĩa hai lần cho năm ${p.year}`,
    en: `Field "${p.code}" is defined twice for ${p.year}`,
  }),
  "empty-file/config": () => ({ vi: "Tệp rỗng", en: "The file is empty" }),
  "invalid-value": (p: { key: string } & Text) => ({ vi: `Cột "${p.key}": ${p.vi}`, en: `Column "${p.key}": ${p.en}` }),

  // The shape of a results table.
  "empty-file": () => ({ vi: "Tệp rỗng, không có bảng số liệu", en: "The file is empty: no table" }),
  "no-header": () => ({
    vi: "Không tìm thấy dòng tiêu đề của bảng (cần cột tên đơn vị và ít nhất một cột điểm)",
    en: "No header row found (a unit-name column and at least one score column are needed)",
  }),
  "ambiguous-column": (p: { cell: string }) => ({
    vi: `Tên cột "${p.cell}" ứng với nhiều cột trong định nghĩa: hãy ghi tên đầy đủ`,
    en: `The header "${p.cell}" matches several defined columns: write the full name`,
  }),
  "unknown-column": (p: { cell: string }) => ({ vi: `Cột không xác định: "${p.cell}"`, en: `Unknown column: "${p.cell}"` }),
  "duplicate-column": (p: { cell: string; column: number; header: string }) => ({
    vi: `Cột "${p.cell}" trùng với cột ${p.column} ("${p.header}")`,
    en: `Column "${p.cell}" repeats column ${p.column} ("${p.header}")`,
  }),
  "missing-column": (p: { label: string }) => ({ vi: `Thiếu cột "${p.label}"`, en: `Missing column "${p.label}"` }),
  "mixed-separators": (p: { other: string; delimiter: string }) => ({
    vi: `Dòng này dùng dấu ${p.other} để ngăn cột, các dòng khác dùng ${p.delimiter}: hãy lưu lại tệp với một loại dấu ngăn cách`,
    en: `This line separates cells with ${p.other}, the others with ${p.delimiter}: save the file with one separator`,
  }),
  "unnamed-column": (p: { cell: string }) => ({ vi: `Ô có dữ liệu ở cột không có tiêu đề: "${p.cell}"`, en: `A value in a column with no header: "${p.cell}"` }),
  "no-rows": () => ({ vi: "Bảng có tiêu đề nhưng không có dòng số liệu nào", en: "The table has a header but no data rows" }),

  // Units.
  "empty-row": (p: { name: string }) => ({ vi: `${p.name}: dòng không có số liệu nào`, en: `${p.name}: the row has no figures` }),
  "unit-code-mismatch": (p: { code: string; unit: string; written: string }) => ({
    vi: `Mã ${p.code} là ${p.unit}, không phải "${p.written}"`,
    en: `Code ${p.code} is ${p.unit}, not "${p.written}"`,
  }),
  "ambiguous-unit": (p: { shown: string; candidates: string }) => ({
    vi: `Tên "${p.shown}" ứng với nhiều đơn vị (${p.candidates}): ghi rõ xã, thị trấn hoặc thêm cột mã`,
    en: `"${p.shown}" matches several units (${p.candidates}): write the kind or add a code column`,
  }),
  "garbled-text": (p: { shown: string; letters: string }) => ({
    vi: `Tên "${p.shown}" có ký tự lạ (${p.letters}): tệp có thể đã bị chuyển mã sai từ TCVN3 (ABC) hoặc VNI`,
    en: `"${p.shown}" has foreign characters (${p.letters}): the file may have been converted wrongly from TCVN3 (ABC) or VNI`,
  }),
  "unknown-unit": (p: { shown: string }) => ({
    vi: `Không có đơn vị "${p.shown}" trong danh sách đơn vị (units.csv)`,
    en: `No unit "${p.shown}" in the list of units (units.csv)`,
  }),
  "unknown-unit/spelling": (p: { shown: string; candidates: string }) => ({
    vi: `Không có đơn vị "${p.shown}" trong units.csv; ${p.candidates} viết dấu khác, không được tự chọn: hãy sửa tên`,
    en: `No unit "${p.shown}" in units.csv; ${p.candidates} is spelled with other diacritics and is not picked: correct the name`,
  }),
  "unknown-code": (p: { code: string }) => ({
    vi: `Không có mã đơn vị "${p.code}" trong units.csv (mã GSO gồm 5 chữ số)`,
    en: `No unit code "${p.code}" in units.csv (a GSO code has five digits)`,
  }),
  "lookalike-character": (p: { shown: string; chars: string }) => ({
    vi: `Tên "${p.shown}" có ký tự ẩn hoặc ký tự trông giống chữ Việt: ${p.chars}`,
    en: `"${p.shown}" holds invisible or look-alike characters: ${p.chars}`,
  }),
  "unit-not-in-force": (p: { unit: string; span: Text }) => ({
    vi: `${p.unit} không còn (hoặc chưa) là đơn vị trong ${p.span.vi}`,
    en: `${p.unit} was not a unit in ${p.span.en}`,
  }),
  "duplicate-unit": (p: { unit: string; first: number; line: number }) => ({
    vi: `${p.unit} có hai dòng trong bảng (dòng ${p.first} và dòng ${p.line})`,
    en: `${p.unit} appears twice in the table (lines ${p.first} and ${p.line})`,
  }),

  // Cells.
  "not-a-number": (p: Cell) => cellText(p, "Không phải là số", "Not a number"),
  ambiguous: (p: Cell) =>
    cellText(
      p,
      "Số mơ hồ: tệp vừa dùng dấu phẩy vừa dùng dấu chấm thập phân, không biết đây là phần nghìn hay phần thập phân",
      "Ambiguous number: the file uses both decimal commas and decimal points, so this could be thousands or decimals",
    ),
  "date-cell": (p: Cell) =>
    cellText(
      p,
      "Ô định dạng ngày tháng, không phải số (Excel có thể đã đổi \"8,5\" thành ngày)",
      "A date-formatted cell, not a number (Excel may have turned \"8,5\" into a date)",
    ),
  "not-finite": (p: Cell) => cellText(p, "Không phải là số hữu hạn", "Not a finite number"),
  "spreadsheet-error": (p: Cell) => cellText(p, "Ô chứa lỗi của bảng tính", "The cell holds a spreadsheet error"),
  "missing-value": (p: { label: string; column: string }) => ({
    vi: `${p.label}: ô trống (cột ${p.column})`,
    en: `${p.label}: empty cell (column ${p.column})`,
  }),
  "missing-value/total": () => ({ vi: "Tổng điểm: ô trống", en: "Total: empty cell" }),
  "out-of-range": (p: { raw: string } & Text) => ({ vi: `${p.vi}: "${p.raw}"`, en: `${p.en}: "${p.raw}"` }),
  "no-source": () => ({
    vi: "Dòng không có nguồn: thêm cột Nguồn hoặc khai báo tệp trong sources.csv (applies_to)",
    en: "The row has no source: add a Nguồn column or list the file in sources.csv (applies_to)",
  }),
  "unknown-source": (p: { id: string }) => ({ vi: `Nguồn "${p.id}" không có trong sources.csv`, en: `Source "${p.id}" is not in sources.csv` }),

  // Totals.
  "total-mismatch/fields": (p: Sum) => ({
    vi: `Tổng điểm ${viNumber(p.total)} khác tổng các lĩnh vực ${viNumber(p.sum)} (lệch ${viNumber(Math.abs(p.total - p.sum))}, quá ${viNumber(p.tolerance)})`,
    en: `Total ${enNumber(p.total)} differs from the sum of the fields ${enNumber(p.sum)} (by ${enNumber(Math.abs(p.total - p.sum))}, more than ${enNumber(p.tolerance)})`,
  }),
  "total-mismatch/groups": (p: Sum) => ({
    vi: `Tổng điểm ${viNumber(p.total)} khác tổng các nhóm ${viNumber(p.sum)} (lệch ${viNumber(Math.abs(p.total - p.sum))}, quá ${viNumber(p.tolerance)})`,
    en: `Total ${enNumber(p.total)} differs from the sum of the groups ${enNumber(p.sum)} (by ${enNumber(Math.abs(p.total - p.sum))}, more than ${enNumber(p.tolerance)})`,
  }),
  "total-mismatch/partial": (p: Sum) => ({
    vi: `Tổng điểm ${viNumber(p.total)} nhỏ hơn tổng các nhóm đã ghi ${viNumber(p.sum)}`,
    en: `Total ${enNumber(p.total)} is less than the sum of the groups given, ${enNumber(p.sum)}`,
  }),

  // Field ranks a document states (published-ranks.csv, ./stated-ranks.ts).
  "illustrative-statement": (p: { id: string }) => ({
    vi: `Nguồn "${p.id}" là số liệu minh họa, không phải văn bản`,
    en: `Source "${p.id}" is illustrative, not a document`,
  }),
  "unknown-field": (p: { year: number; field: string }) => ({
    vi: `Năm ${p.year} không có lĩnh vực "${p.field}"`,
    en: `No field "${p.field}" in ${p.year}`,
  }),
  "no-result": (p: { unit: string; year: number }) => ({
    vi: `Đơn vị ${p.unit} không có kết quả năm ${p.year} để đối chiếu`,
    en: `Unit ${p.unit} has no ${p.year} result to compare with`,
  }),
  "rank-above-levels": (p: { rank: number; of: number }) => ({
    vi: `Hạng ${p.rank}/${p.of}: hạng lớn hơn số hạng`,
    en: `Rank ${p.rank}/${p.of}: the rank exceeds the levels`,
  }),
  // Published figures that differ from the computed ones: warnings, the page shows both (../model/published.ts).
  "rank-differs": (p: { unit: string; published: number; total: number; rank: number; of: number }) => ({
    vi: `${p.unit}: thứ hạng công bố ${p.published} khác thứ hạng tính từ tổng điểm ${viNumber(p.total)} (thứ ${p.rank}/${p.of}); trang hiển thị cả hai`,
    en: `${p.unit}: published rank ${p.published} differs from the rank computed from the total ${p.total} (${p.rank} of ${p.of}); the page shows both`,
  }),
  "band-differs": (p: { unit: string; published: string; computed: string }) => ({
    vi: `${p.unit}: xếp loại công bố "${p.published}" khác xếp loại tính được "${p.computed}"`,
    en: `${p.unit}: published band "${p.published}" differs from the computed band "${p.computed}"`,
  }),
  "stated-rank-differs": (p: { unit: string; field: string; year: number; stated: string; computed: string }) => ({
    vi: `${p.unit}, ${p.field} năm ${p.year}: văn bản ghi hạng ${p.stated}, tính được ${p.computed}; trang hiển thị cả hai`,
    en: `${p.unit}, ${p.field} ${p.year}: the document states ${p.stated}, computed ${p.computed}; the page shows both`,
  }),
  "duplicate-statement": (p: { key: string }) => ({
    vi: `Hạng của ${p.key} được ghi hai lần`,
    en: `The rank of ${p.key} is given twice`,
  }),
} satisfies Record<string, (p: never) => Text>;

/** A cell's value that could not be read: the column's label, what is wrong, the cell as written. */
interface Cell {
  label: Text;
  raw: string;
}
interface Sum {
  total: number;
  sum: number;
  tolerance: number;
}

function cellText(p: Cell, vi: string, en: string): Text {
  return { vi: `${p.label.vi}: ${vi}: "${p.raw}"`, en: `${p.label.en}: ${en}: "${p.raw}"` };
}

export type MessageKey = keyof typeof CATALOGUE;
type Params<K extends MessageKey> = Parameters<(typeof CATALOGUE)[K]>[0];

/** Parameters with every text shown visibly (invisible and look-alike characters by code point, see ./text.ts). */
function shown(value: unknown): unknown {
  if (typeof value === "string") return visible(value);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v)]));
  return value;
}

/** The message of a key with its parameters; its code is the key without its "/variant". */
export function message<K extends MessageKey>(key: K, ...params: Params<K> extends undefined ? [] : [Params<K>]): Message {
  const text = (CATALOGUE[key] as (p: unknown) => Text)(shown(params[0]));
  return { code: key.replace(/\/.*$/, ""), ...text };
}

/** Texts of the checks zod makes (see ./schema.ts and ./results.ts), by name. */
export const RULES = {
  negative: (label: Text) => ({ vi: `${label.vi}: điểm âm`, en: `${label.en}: negative value` }),
  aboveMax: (label: Text, max: number) => ({
    vi: `${label.vi}: vượt tối đa ${viNumber(max)}`,
    en: `${label.en}: above the maximum of ${enNumber(max)}`,
  }),
  whole: (label: Text) => ({ vi: `${label.vi}: phải là số nguyên`, en: `${label.en}: must be a whole number` }),
  negativeTotal: { vi: "Tổng điểm âm", en: "Negative total" },
  totalAboveMax: (max: number) => ({ vi: `Tổng điểm vượt tối đa ${viNumber(max)}`, en: `Total above the maximum of ${enNumber(max)}` }),
  rank: { vi: "Thứ hạng phải là số nguyên dương", en: "A rank is a positive whole number" },
  // Configuration files (./schema.ts).
  yearDigits: { vi: "Năm phải là số có 4 chữ số", en: "Year must be a four-digit number" },
  yearWhole: { vi: "Năm phải là số nguyên", en: "Year must be a whole number" },
  yearPlausible: { vi: "Năm không hợp lệ", en: "Implausible year" },
  isoDate: { vi: "Ngày phải viết dạng YYYY-MM-DD", en: "Dates are written YYYY-MM-DD" },
  code: { vi: "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang", en: "A code is lower-case ASCII letters, digits and hyphens" },
  missingColumn: { vi: "Thiếu cột", en: "Missing column" },
  emptyCell: { vi: "Ô trống", en: "Empty cell" },
  orderNumber: { vi: "Thứ tự phải là số", en: "The order must be a number" },
  orderWhole: { vi: "Thứ tự phải là số nguyên", en: "The order must be a whole number" },
  unitCode: { vi: "Mã đơn vị (mã GSO) gồm 5 chữ số", en: "A unit code (GSO code) has five digits" },
  unitName: { vi: "Thiếu tên đơn vị", en: "Missing unit name" },
  districtCode: { vi: "Mã huyện gồm 3 chữ số", en: "A district code has three digits" },
  districtName: { vi: "Thiếu tên huyện", en: "Missing district name" },
  mergedInto: { vi: "Mã đơn vị sáp nhập gồm 5 chữ số", en: "merged_into is a five-digit unit code" },
  sourceKind: { vi: "Loại nguồn: published, report hoặc illustrative", en: "Source kind: published, report or illustrative" },
  documentTitle: { vi: "Thiếu tên văn bản", en: "Missing document title" },
  maxPositive: { vi: "Điểm tối đa phải lớn hơn 0", en: "A maximum must be above 0" },
  period: { vi: "Kỳ viết dạng 2023, 2023-H1, 2023-Q1 hoặc 2023-M03", en: "A period is written 2023, 2023-H1, 2023-Q1 or 2023-M03" },
  index: { vi: "Chỉ số: par hoặc service", en: "Index: par or service" },
  percentRange: { vi: "Từ 0 đến 100", en: "From 0 to 100" },
  role: { vi: "Vai trò không có trong danh sách (unit, unit_code, order, total, rank, band, note, source)", en: "Unknown role (unit, unit_code, order, total, rank, band, note, source)" },
  dossierUnit: { vi: "Đơn vị: count hoặc percent", en: "Unit: count or percent" },
  statedRank: { vi: "Thứ hạng phải là số nguyên từ 1", en: "The rank must be a whole number from 1" },
  statedLevels: { vi: "Số hạng phải là số nguyên từ 1", en: "The number of levels must be a whole number from 1" },
  notANumber: (raw: string) => ({ vi: `Không phải là số: "${raw}"`, en: `Not a number: "${raw}"` }),
  unitKind: (raw: string) => ({ vi: `Loại đơn vị phải là xã, thị trấn hoặc phường: "${raw}"`, en: `Kind must be xã, thị trấn or phường: "${raw}"` }),
} as const;
