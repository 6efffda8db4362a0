/**
 * A published results table as a district prints it: title rows above, a header
 * (maybe over two rows, from merged cells), an STT column, data rows, then blank
 * and footnote rows. This module finds the header, maps each header cell to a
 * column of the contract through the definitions' aliases, and yields the data rows.
 */
import type { CsvRow, CsvTable } from "./csv.ts";
import { error, type Diagnostic } from "./diagnostic.ts";
import { fold } from "./text.ts";

export type ColumnKind = "role" | "value";

/** A column the contract knows: a role (unit, total, rank...) or a value (a field, group or dossier statistic). */
export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  label: string;
  aliases: string[];
  /** Whether a table without this column is an error. */
  required: boolean;
}

export interface MappedColumn {
  spec: ColumnSpec;
  /** 1-based column. */
  column: number;
  header: string;
}

export interface DataRow {
  line: number;
  cells: string[];
  /** The unit cell reads like a district total or average ("Tổng cộng", "Trung bình"): skipped unless it names a unit. */
  summary?: boolean;
}

export interface LocatedTable {
  file: string;
  headerLine: number;
  columns: MappedColumn[];
  rows: DataRow[];
  /** Rows below the header with no number in any value, total or rank column: footnotes, unless they name a unit. */
  skipped: DataRow[];
}

/**
 * The matching key of a header cell: folded, without a parenthesised note
 * ("(15 điểm)"), a leading number ("1.", "II -", "a)") or a trailing maximum ("5 điểm").
 */
export function headerKey(text: string): string {
  return fold(text.replace(/\([^)]*\)/g, " "))
    .replace(/^(?:(?:\d+|[ivx]{1,4}|[a-z])\s+)(?=\S)/, "")
    .replace(/\s+\d+(?:\s\d+)?\s*(?:diem|d)$/, "")
    .trim();
}

const HEADER_SEARCH_ROWS = 30;

/** Header keys to columns. A key two columns claim is ambiguous: it matches neither. */
class AliasIndex {
  readonly #byKey = new Map<string, ColumnSpec | null>();
  constructor(specs: readonly ColumnSpec[]) {
    for (const spec of specs) {
      for (const alias of [spec.label, ...spec.aliases]) {
        const key = headerKey(alias);
        if (!key) continue;
        const existing = this.#byKey.get(key);
        this.#byKey.set(key, existing === undefined || existing === spec ? spec : null);
      }
    }
  }
  match(text: string): ColumnSpec | undefined {
    return this.#byKey.get(headerKey(text)) ?? undefined;
  }
  /** Whether two defined columns claim this header. */
  isAmbiguous(text: string): boolean {
    return this.#byKey.get(headerKey(text)) === null;
  }
}

interface HeaderCandidate {
  index: number;
  /** Number of rows the header spans (1, or 2 for merged cells). */
  span: number;
  cells: string[];
  matched: number;
}

function candidate(rows: readonly CsvRow[], index: number, span: number, aliases: AliasIndex): HeaderCandidate {
  const top = rows[index]!.cells;
  const bottom = span === 2 ? rows[index + 1]!.cells : [];
  const width = Math.max(top.length, bottom.length);
  const cells: string[] = [];
  for (let i = 0; i < width; i++) {
    const t = top[i] ?? "";
    const b = bottom[i] ?? "";
    // A merged cell leaves its text in the top row; the sub-headers stand below it.
    cells.push(b !== "" && (aliases.match(b) || !aliases.match(t)) ? b : t);
  }
  const matched = new Set(cells.map((c) => aliases.match(c)).filter(Boolean)).size;
  return { index, span, cells, matched };
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((c) => c === "");
}

/** Rows that close a table: totals and averages of the district, signatures. */
const SUMMARY_ROW = /^(tong cong|tong so|cong|trung binh|binh quan|toan huyen)\b/;

/**
 * Finds the header and maps the columns. `unitKeys` are the keys of the
 * columns that identify a row (at least one must be present).
 */
export function locateTable(
  table: CsvTable,
  specs: readonly ColumnSpec[],
  unitKeys: readonly string[],
): { table: LocatedTable | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column: number, code: string, vi: string, en: string) =>
    diagnostics.push(error({ file: table.file, line, column, code, vi, en }));

  const rows = table.rows;
  if (rows.every(isBlank)) {
    at(1, 1, "empty-file", "Tệp rỗng, không có bảng số liệu", "The file is empty: no table");
    return { table: null, diagnostics };
  }

  const aliases = new AliasIndex(specs);
  const viable = (c: HeaderCandidate) => c.matched >= 2 && c.cells.some((cell) => unitKeys.includes(aliases.match(cell)?.key ?? ""));
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const single = Array.from({ length: limit }, (_, i) => candidate(rows, i, 1, aliases));
  let best: HeaderCandidate | null = null;
  for (let i = 0; i < limit; i++) {
    // Two rows make the header only when together they name more columns than either alone (merged cells).
    const pair = i + 1 < rows.length ? candidate(rows, i, 2, aliases) : null;
    const alone = Math.max(single[i]!.matched, single[i + 1]?.matched ?? 0);
    for (const c of [single[i]!, ...(pair && pair.matched > alone ? [pair] : [])]) {
      if (viable(c) && (!best || c.matched > best.matched)) best = c;
    }
  }
  if (!best) {
    at(
      rows.find((r) => !isBlank(r))!.line,
      1,
      "no-header",
      "Không tìm thấy dòng tiêu đề của bảng (cần cột tên đơn vị và ít nhất một cột điểm)",
      "No header row found (a unit-name column and at least one score column are needed)",
    );
    return { table: null, diagnostics };
  }

  const headerLine = rows[best.index]!.line;
  const columns: MappedColumn[] = [];
  const seen = new Map<string, MappedColumn>();
  best.cells.forEach((cell, i) => {
    if (cell === "") return;
    const spec = aliases.match(cell);
    const column = i + 1;
    if (!spec) {
      if (aliases.isAmbiguous(cell)) {
        at(headerLine, column, "ambiguous-column", `Tên cột "${cell}" ứng với nhiều cột trong định nghĩa: hãy ghi tên đầy đủ`, `The header "${cell}" matches several defined columns: write the full name`);
      } else {
        at(headerLine, column, "unknown-column", `Cột không xác định: "${cell}"`, `Unknown column: "${cell}"`);
      }
      return;
    }
    const previous = seen.get(spec.key);
    if (previous) {
      at(
        headerLine,
        column,
        "duplicate-column",
        `Cột "${cell}" trùng với cột ${previous.column} ("${previous.header}")`,
        `Column "${cell}" repeats column ${previous.column} ("${previous.header}")`,
      );
      return;
    }
    const mapped = { spec, column, header: cell };
    seen.set(spec.key, mapped);
    columns.push(mapped);
  });
  const missing = specs.filter((spec) => spec.required && !seen.has(spec.key));
  for (const spec of missing) at(headerLine, 1, "missing-column", `Thiếu cột "${spec.label}"`, `Missing column "${spec.label}"`);
  // Without a required column no row can be checked whole: report the header only.
  if (missing.length > 0) return { table: null, diagnostics };

  // A row is data when it has a number where numbers go: a value, a total or a rank.
  const valueColumns = columns.filter((c) => c.spec.kind === "value" || c.spec.key === "total" || c.spec.key === "rank").map((c) => c.column - 1);
  const unitColumns = columns.filter((c) => unitKeys.includes(c.spec.key)).map((c) => c.column - 1);
  const mappedIndexes = new Set(columns.map((c) => c.column - 1));
  const data: DataRow[] = [];
  const skipped: DataRow[] = [];
  const other = table.delimiter === ";" ? "," : ";";
  const width = best.cells.filter((c) => c !== "").length;
  for (const row of rows.slice(best.index + best.span)) {
    if (isBlank(row)) continue;
    // A whole row in one cell, split by the other separator into about as many cells as the header: the file mixes separators.
    const filled = row.cells.filter((c) => c !== "");
    if (filled.length === 1 && width >= 4 && filled[0]!.split(other).length * 2 >= width) {
      at(
        row.line,
        row.cells.indexOf(filled[0]!) + 1,
        "mixed-separators",
        `Dòng này dùng dấu "${other}" để ngăn cột, các dòng khác dùng "${table.delimiter}": hãy lưu lại tệp với một loại dấu ngăn cách`,
        `This line separates cells with "${other}", the others with "${table.delimiter}": save the file with one separator`,
      );
      continue;
    }
    const hasValue = valueColumns.some((i) => (row.cells[i] ?? "") !== "");
    const unitText = unitColumns.map((i) => row.cells[i] ?? "").join(" ");
    // A row with no value is a footnote ("Ghi chú: ...", a signature).
    if (!hasValue) {
      skipped.push({ line: row.line, cells: row.cells });
      continue;
    }
    row.cells.forEach((cell, i) => {
      if (cell !== "" && !mappedIndexes.has(i) && (best.cells[i] ?? "") === "") {
        at(row.line, i + 1, "unnamed-column", `Ô có dữ liệu ở cột không có tiêu đề: "${cell}"`, `A value in a column with no header: "${cell}"`);
      }
    });
    data.push({ line: row.line, cells: row.cells, summary: SUMMARY_ROW.test(fold(unitText)) });
  }
  if (data.length === 0) {
    at(headerLine, 1, "no-rows", "Bảng có tiêu đề nhưng không có dòng số liệu nào", "The table has a header but no data rows");
  }
  return { table: { file: table.file, headerLine, columns, rows: data, skipped }, diagnostics };
}
