/**
 * A published results table as a district prints it: title rows above, a header
 * (maybe over two rows, from merged cells), an STT column, data rows, then blank
 * and footnote rows. This module finds the header, maps each header cell to a
 * column of the contract through the definitions' aliases, and yields the data rows.
 */
import type { CsvRow, CsvTable } from "./csv.ts";
import { Diagnostics, type Diagnostic } from "./diagnostic.ts";
import { message, type Message } from "./messages/index.ts";
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

/** What each physical line of a results table is: every line is one of these, so none is lost unseen. */
export type LineKind = "title" | "header" | "blank" | "footnote" | "summary" | "data" | "error";

/** The kind of each physical line (index 0 is line 1), filled as the table is read. */
export class LineAccount {
  readonly kinds: (LineKind | undefined)[];
  constructor(lines: number, refused: readonly number[]) {
    this.kinds = new Array<LineKind | undefined>(lines).fill(undefined);
    for (const l of refused) this.kinds[l - 1] = "error";
  }
  /** Marks the lines of a row; an error stays an error. */
  mark(row: { line: number; endLine?: number }, kind: LineKind): void {
    for (let l = row.line; l <= (row.endLine ?? row.line) && l <= this.kinds.length; l++) {
      if (this.kinds[l - 1] !== "error") this.kinds[l - 1] = kind;
    }
  }
  /** Marks a row's lines as an error whatever they were: a row refused after it was read. */
  static refuse(kinds: LineKind[], row: { line: number; endLine?: number }): void {
    for (let l = row.line; l <= (row.endLine ?? row.line) && l <= kinds.length; l++) kinds[l - 1] = "error";
  }

  /** Marks every line not yet marked (a file refused whole). */
  rest(kind: LineKind): void {
    for (let i = 0; i < this.kinds.length; i++) this.kinds[i] ??= kind;
  }
}

export interface DataRow {
  line: number;
  endLine: number;
  cells: string[];
  /** A workbook's numbers and dates, by column index (see ./csv.ts). */
  typed?: CsvRow["typed"];
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
  /** Rows above the header (a title may name the year or period). */
  titles: CsvRow[];
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
const SUMMARY_ROW = /^(tong cong|tong so|tong$|cong|trung binh|diem trung binh|binh quan|toan huyen|ca huyen)\b/;

/** Whether a row reads like a district total or average: in its unit cells, or in its first filled cell (a merged A:B label). */
function isSummary(row: CsvRow, unitColumns: readonly number[]): boolean {
  const unitText = unitColumns.map((i) => row.cells[i] ?? "").join(" ");
  const first = row.cells.find((c) => c !== "") ?? "";
  return SUMMARY_ROW.test(fold(unitText)) || (unitText.trim() === "" && SUMMARY_ROW.test(fold(first)));
}

const SEPARATORS = [";", ",", "\t"];

/** A separator as a message names it: a tab is not a visible character. */
export const separatorName = (d: string) => (d === "\t" ? "tab" : `"${d}"`);

/** The other separator a one-cell row is split by into about as many cells as the header has, if any. */
function otherSeparator(cell: string, delimiter: string, width: number): string | null {
  let best: string | null = null;
  let most = 0;
  for (const d of SEPARATORS) {
    const n = cell.split(d).length;
    if (d !== delimiter && n > most) [best, most] = [d, n];
  }
  return best !== null && width >= 4 && most * 2 >= width ? best : null;
}

type Refuse = (line: number, column: number, m: Message) => void;

/** The header: the row (or pair of rows, from merged cells) that names the most columns, a unit column among them. */
function findHeader(rows: readonly CsvRow[], aliases: AliasIndex, unitKeys: readonly string[]): HeaderCandidate | null {
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
  return best;
}

/** The header's cells mapped to columns of the contract; unknown, ambiguous and repeated headers refused. */
function mapColumns(header: HeaderCandidate, headerLine: number, aliases: AliasIndex, refuse: Refuse): MappedColumn[] {
  const columns: MappedColumn[] = [];
  const seen = new Map<string, MappedColumn>();
  header.cells.forEach((cell, i) => {
    if (cell === "") return;
    const spec = aliases.match(cell);
    const column = i + 1;
    if (!spec) {
      refuse(headerLine, column, message(aliases.isAmbiguous(cell) ? "ambiguous-column" : "unknown-column", { cell }));
      return;
    }
    const previous = seen.get(spec.key);
    if (previous) {
      refuse(headerLine, column, message("duplicate-column", { cell, column: previous.column, header: previous.header }));
      return;
    }
    const mapped = { spec, column, header: cell };
    seen.set(spec.key, mapped);
    columns.push(mapped);
  });
  return columns;
}

/** The rows below the header: data rows (a number where numbers go), and skipped ones (footnotes); blank rows dropped. */
function sortRows(table: CsvTable, header: HeaderCandidate, columns: MappedColumn[], unitKeys: readonly string[], refuse: Refuse, account: LineAccount) {
  const valueColumns = columns.filter((c) => c.spec.kind === "value" || c.spec.key === "total" || c.spec.key === "rank").map((c) => c.column - 1);
  const unitColumns = columns.filter((c) => unitKeys.includes(c.spec.key)).map((c) => c.column - 1);
  const mappedIndexes = new Set(columns.map((c) => c.column - 1));
  const data: DataRow[] = [];
  const skipped: DataRow[] = [];
  const width = header.cells.filter((c) => c !== "").length;
  for (const row of table.rows.slice(header.index + header.span)) {
    if (isBlank(row)) {
      account.mark(row, "blank");
      continue;
    }
    // A whole row in one cell, split by another separator into about as many cells as the header: the file mixes separators.
    const filled = row.cells.filter((c) => c !== "");
    const other = filled.length === 1 ? otherSeparator(filled[0]!, table.delimiter, width) : null;
    if (other !== null) {
      refuse(row.line, row.cells.indexOf(filled[0]!) + 1, message("mixed-separators", { other: separatorName(other), delimiter: separatorName(table.delimiter) }));
      account.mark(row, "error");
      continue;
    }
    // A row with no value is a footnote ("Ghi chú: ...", a signature).
    if (!valueColumns.some((i) => (row.cells[i] ?? "") !== "")) {
      skipped.push({ line: row.line, endLine: row.endLine, cells: row.cells });
      account.mark(row, "footnote");
      continue;
    }
    row.cells.forEach((cell, i) => {
      if (cell !== "" && !mappedIndexes.has(i) && (header.cells[i] ?? "") === "") refuse(row.line, i + 1, message("unnamed-column", { cell }));
    });
    data.push({ line: row.line, endLine: row.endLine, cells: row.cells, typed: row.typed, summary: isSummary(row, unitColumns) });
    account.mark(row, "data");
  }
  return { data, skipped };
}

/**
 * Finds the header and maps the columns. `unitKeys` are the keys of the
 * columns that identify a row (at least one must be present).
 */
export function locateTable(
  table: CsvTable,
  specs: readonly ColumnSpec[],
  unitKeys: readonly string[],
  account: LineAccount,
): { table: LocatedTable | null; diagnostics: Diagnostic[] } {
  const found = new Diagnostics();
  const diagnostics = found.list;
  const refuse: Refuse = (line, column, m) => found.error({ file: table.file, line, column }, m);

  const rows = table.rows;
  if (rows.every(isBlank)) {
    refuse(1, 1, message("empty-file"));
    return { table: null, diagnostics };
  }
  const aliases = new AliasIndex(specs);
  const header = findHeader(rows, aliases, unitKeys);
  if (!header) {
    refuse(rows.find((r) => !isBlank(r))!.line, 1, message("no-header"));
    return { table: null, diagnostics };
  }
  const headerLine = rows[header.index]!.line;
  rows.slice(0, header.index).forEach((r) => account.mark(r, isBlank(r) ? "blank" : "title"));
  rows.slice(header.index, header.index + header.span).forEach((r) => account.mark(r, "header"));
  const columns = mapColumns(header, headerLine, aliases, refuse);
  const missing = specs.filter((spec) => spec.required && !columns.some((c) => c.spec.key === spec.key));
  for (const spec of missing) refuse(headerLine, 1, message("missing-column", { label: spec.label }));
  // Without a required column no row can be checked whole: report the header only (the table is refused from it on).
  if (missing.length > 0) {
    rows.slice(header.index, header.index + header.span).forEach((r) => account.mark(r, "error"));
    return { table: null, diagnostics };
  }

  const { data, skipped } = sortRows(table, header, columns, unitKeys, refuse, account);
  if (data.length === 0) refuse(headerLine, 1, message("no-rows"));
  return { table: { file: table.file, headerLine, columns, rows: data, skipped, titles: rows.slice(0, header.index) }, diagnostics };
}
