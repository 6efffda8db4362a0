/** The catalogue's messages about what a table holds: configuration, the table's shape, units, cells, totals, stated and published ranks. */
import { enNumber, viNumber } from "../locale.ts";
import type { Text } from "./text.ts";

export const TABLE_MESSAGES = {
  // Configuration.
  "lineage-unknown-code": (p: { code: string }) => ({
    vi: `Mã đơn vị ${p.code} không có trong units.csv`,
    en: `Unit code ${p.code} is not in units.csv`,
  }),
  "lineage-not-in-force": (p: { code: string; date: string; side: string }) => ({
    vi: `Đơn vị ${p.code} không có hiệu lực ${p.side === "old" ? "ngay trước" : "từ"} ngày ${p.date} theo units.csv`,
    en: `Unit ${p.code} is not in force ${p.side === "old" ? "the day before" : "on"} ${p.date} according to units.csv`,
  }),
  "lineage-repeated": (p: { old: string; new: string; date: string }) => ({
    vi: `Việc ${p.old} vào ${p.new} ngày ${p.date} đã được ghi (lineage.csv hoặc merged_into): chỉ tính một lần`,
    en: `${p.old} going into ${p.new} on ${p.date} is already written (lineage.csv or merged_into): counted once`,
  }),
  "new-unit-without-row": (p: { code: string; date: string }) => ({
    vi: `Mã ${p.code} nhận đơn vị khác từ ngày ${p.date} (lineage.csv) nên từ ngày đó là đơn vị mới, nhưng units.csv không có dòng của mã này từ ngày đó`,
    en: `Code ${p.code} takes in another unit on ${p.date} (lineage.csv), so it is a new unit from then, but units.csv has no row of it from that day`,
  }),
  "merged-without-end": (p: { code: string; into: string }) => ({
    vi: `Đơn vị ${p.code} ghi merged_into ${p.into} nhưng không có valid_to: cần ngày kết thúc để biết ngày sáp nhập`,
    en: `Unit ${p.code} has merged_into ${p.into} but no valid_to: the end date tells when it merged`,
  }),
  // Scopes: what a table ranks.
  "table-several-provinces": (p: { provinces: string }) => ({
    vi: `Bảng có đơn vị của nhiều tỉnh (${p.provinces}): một bảng xếp hạng trong một huyện hoặc một tỉnh`,
    en: `The table holds units of several provinces (${p.provinces}): a table ranks within one district or one province`,
  }),
  "duplicate-scope": (p: { period: string; scope: string; other: string }) => ({
    vi: `Đã có bảng ${p.period} của ${p.scope}: ${p.other}`,
    en: `${p.other} is already the ${p.period} table of ${p.scope}`,
  }),
  "unit-in-two-tables": (p: { period: string; unit: string; other: string }) => ({
    vi: `${p.unit} đã có trong bảng ${p.period} khác: ${p.other}`,
    en: `${p.unit} is already in another ${p.period} table: ${p.other}`,
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
  "unit-kind-mismatch": (p: { code: string; unit: string; kind: string; written: string }) => ({
    vi: `Mã ${p.code} là ${p.unit}, loại "${p.kind}" trong danh sách đơn vị (units.csv), không phải ${p.written} như bảng ghi: sửa cột kind trong units.csv hoặc tên trong bảng`,
    en: `Code ${p.code} is ${p.unit}, of kind "${p.kind}" in the unit list (units.csv), not a ${p.written} as the table writes: correct the kind in units.csv or the name in the table`,
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
