/**
 * An Excel workbook (.xlsx) read as the rows a CSV file gives (./csv.ts), so
 * that every rule of a results table applies unchanged: line N is the sheet's
 * row N and column C its column C. Parsing is exceljs's (see README.md, "Reading
 * workbooks"). This module adds: which sheet is read, the cached value of each
 * formula, numbers stored as numbers kept exactly (./results.ts takes them as
 * they are), dates kept apart (a date is never a score), merged ranges listed,
 * and a clear refusal of what cannot be read (old formats, a password, a broken file).
 */
import ExcelJS from "exceljs";
import type { CsvRow, CsvTable, Merge, Typed } from "./csv.ts";
import { columnLetter, error, warning, type Diagnostic } from "./diagnostic.ts";
import { message, type Message } from "./messages/index.ts";
import { fromLegacyFont, legacyFont } from "./legacy.ts";
import { clean } from "./text.ts";

/** Workbook files: .xlsx is read; .xls and .ods are refused with "save as .xlsx" (exceljs reads neither). */
export const WORKBOOK_FILE = /\.(xlsx|xls|ods)$/i;

/** A sheet as messages name it: `par/2023.xlsx[Bảng điểm]`; a cell then adds `!C12` (see ./diagnostic.ts). */
export const sheetFile = (file: string, sheet: string) => `${file}[${sheet}]`;

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream (its name in UTF-16LE). */
function encrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from("EncryptionInfo", "utf16le"));
}

/** Why the bytes cannot be opened as .xlsx, or null. */
function refusal(path: string, bytes: Uint8Array): Message | null {
  if (startsWith(bytes, CFB)) return encrypted(bytes) ? message("workbook-password") : message("old-workbook", { kind: "XLS (Excel 97-2003)" });
  if (/\.ods$/i.test(path)) return message("old-workbook", { kind: "ODS (OpenDocument)" });
  if (/\.xls$/i.test(path)) return message("old-workbook", { kind: "XLS (Excel 97-2003)" });
  if (!startsWith(bytes, ZIP)) return message("corrupt-workbook", { detail: "not a zip archive" });
  return null;
}

/** What a cell gives: its text, as a message shows it, and a number or date kept as such. */
interface CellRead {
  text: string;
  typed?: Typed;
  /** A formula whose value Excel did not save. */
  uncached?: boolean;
}

const vnNumber = (n: number) => String(n).replace(".", ",");
/** A date as a Vietnamese reader writes it (exceljs gives dates in UTC): "08/05/2023". */
const dateText = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");

/** A value as a cell holds it (a formula's cached result included). */
function valueOf(value: unknown, numFmt: string | undefined): CellRead {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "number") {
    // A cell formatted as a percentage stores 0.979 for "97,9%": the table means 97.9.
    const n = numFmt?.includes("%") ? Number((value * 100).toPrecision(15)) : value;
    return { text: vnNumber(n), typed: { kind: "number", value: n } };
  }
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { text: dateText(value), typed: { kind: "date", text: dateText(value) } };
  const v = value as { richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string; result?: unknown };
  if (v.richText) return { text: v.richText.map((r) => r.text).join("") };
  if (v.error !== undefined) return { text: v.error };
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    return v.result === undefined ? { text: "", uncached: true } : valueOf(v.result, numFmt);
  }
  if (v.text !== undefined) return valueOf(v.text, numFmt);
  return { text: String(value) };
}

/** Merged ranges as rows and columns ("B5:B6" → top 5, left 2, bottom 6, right 2). */
function mergesOf(sheet: ExcelJS.Worksheet): Merge[] {
  const out: Merge[] = [];
  for (const range of sheet.model.merges ?? []) {
    const [a, b] = range.split(":").map((ref) => sheet.getCell(ref));
    if (a && b) out.push({ top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col), range });
  }
  return out;
}

/** A sheet as rows of cells: every row from 1 to the last, so that line N is row N. */
function sheetTable(file: string, sheet: ExcelJS.Worksheet): CsvTable {
  const diagnostics: Diagnostic[] = [];
  const rows: CsvRow[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    const typed: (Typed | undefined)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // Only the first cell of a merged range holds its value, as in a CSV Excel saves.
      const read = cell.type === ExcelJS.ValueType.Merge ? { text: "" } : valueOf(cell.value, cell.numFmt);
      if (read.uncached) diagnostics.push(error({ file, line: r, column: c, ...message("formula-no-value", { cell: `${columnLetter(c)}${r}` }) }));
      cells.push(clean(read.text));
      typed.push(read.typed);
    }
    rows.push({ line: r, endLine: r, cells, typed });
  }
  return { file, delimiter: "\t", rows, lines: sheet.rowCount, refusedLines: [], diagnostics, merges: mergesOf(sheet) };
}

/** Text typed in a TCVN3 or VNI font converted, to be kept only if the names then match (./legacy.ts); numbers and dates untouched. */
function convertFont(table: CsvTable): void {
  const encoding = legacyFont(table.rows.flatMap((r) => r.cells.filter((_, i) => !r.typed?.[i])));
  if (!encoding) return;
  const asTyped = table.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (const row of table.rows) row.cells = row.cells.map((c, i) => (row.typed?.[i] ? c : clean(fromLegacyFont(c, encoding))));
  table.converted = { encoding, line: 1, column: 1, refusal: message("legacy-font", { encoding }), asTyped };
}

const hasData = (sheet: ExcelJS.Worksheet) => sheet.actualRowCount > 0 && sheet.actualColumnCount > 0;

/** The sheet to read: the only one with data, or the one named as the file's year or period; else null. */
function chooseSheet(sheets: ExcelJS.Worksheet[], stem: string): ExcelJS.Worksheet | null {
  const filled = sheets.filter(hasData);
  if (filled.length === 1) return filled[0]!;
  return filled.find((s) => s.name.trim().toLowerCase() === stem.toLowerCase()) ?? null;
}

export interface WorkbookRead {
  table: CsvTable | null;
  diagnostics: Diagnostic[];
}

/** A workbook's table: its one sheet (named in a warning when the workbook has others), or null with the reason. */
export async function readWorkbook(file: string, bytes: Uint8Array): Promise<WorkbookRead> {
  const at = { file, line: 1, column: 1 };
  const refused = refusal(file, bytes);
  if (refused) return { table: null, diagnostics: [error({ ...at, ...refused })] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    const detail = String((e as Error)?.message ?? e).split("\n")[0]!.slice(0, 200);
    return { table: null, diagnostics: [error({ ...at, ...message("corrupt-workbook", { detail }) })] };
  }
  const sheets = workbook.worksheets.filter((s) => s.state === "visible");
  const stem = file.replace(/^.*\//, "").replace(WORKBOOK_FILE, "");
  if (!sheets.some(hasData)) return { table: null, diagnostics: [error({ ...at, ...message("empty-workbook") })] };
  const chosen = chooseSheet(sheets, stem);
  const names = sheets.map((s) => s.name);
  if (!chosen) return { table: null, diagnostics: [error({ ...at, ...message("several-sheets", { sheets: sheets.filter(hasData).map((s) => s.name).join(", "), stem }) })] };
  const table = sheetTable(sheetFile(file, chosen.name), chosen);
  convertFont(table);
  if (names.length > 1) {
    const others = names.filter((n) => n !== chosen.name);
    table.diagnostics.unshift(warning({ file: table.file, line: 1, column: 1, ...message("sheet-read", { sheet: chosen.name, others: others.join(", ") }) }));
  }
  return { table, diagnostics: [] };
}
