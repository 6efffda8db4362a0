/** The catalogue's texts of the checks zod makes on each record and row. */
import { enNumber, viNumber } from "../locale.ts";
import type { Text } from "./text.ts";

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
  provinceCode: { vi: "Mã tỉnh gồm 2 chữ số", en: "A province code has two digits" },
  provinceName: { vi: "Thiếu tên tỉnh", en: "Missing province name" },
  districtOrProvince: {
    vi: "Đơn vị không thuộc huyện nào (từ 01/07/2025) phải ghi mã tỉnh (province_code)",
    en: "A unit with no district (from 01/07/2025) needs its province (province_code)",
  },
  lineagePart: { vi: "part là full (cả đơn vị) hoặc partial (một phần)", en: "part is full (the whole unit) or partial (part of it)" },
  sourceKind: { vi: "Loại nguồn: published, report hoặc illustrative", en: "Source kind: published, report or illustrative" },
  documentTitle: { vi: "Thiếu tên văn bản", en: "Missing document title" },
  maxPositive: { vi: "Điểm tối đa phải lớn hơn 0", en: "A maximum must be above 0" },
  period: { vi: "Kỳ viết dạng 2023, 2023-H1, 2023-Q1 hoặc 2023-M03", en: "A period is written 2023, 2023-H1, 2023-Q1 or 2023-M03" },
  index: { vi: "Chỉ số: par hoặc service", en: "Index: par or service" },
  percentRange: { vi: "Từ 0 đến 100", en: "From 0 to 100" },
  role: {
    vi: "Vai trò không có trong danh sách (unit, unit_code, district, order, total, rank, band, note, source)",
    en: "Unknown role (unit, unit_code, district, order, total, rank, band, note, source)",
  },
  dossierUnit: { vi: "Đơn vị: count hoặc percent", en: "Unit: count or percent" },
  statedRank: { vi: "Thứ hạng phải là số nguyên từ 1", en: "The rank must be a whole number from 1" },
  statedLevels: { vi: "Số hạng phải là số nguyên từ 1", en: "The number of levels must be a whole number from 1" },
  notANumber: (raw: string) => ({ vi: `Không phải là số: "${raw}"`, en: `Not a number: "${raw}"` }),
  unitKind: (raw: string) => ({ vi: `Loại đơn vị phải là xã, thị trấn, phường hoặc đặc khu: "${raw}"`, en: `Kind must be xã, thị trấn, phường or đặc khu: "${raw}"` }),
} as const;
