/**
 * The rows of a results table (PAR for a year, or service index for a period):
 * each row's unit, values, total, published rank and source, checked cell by
 * cell. What is particular to each index lives in ./par-tables.ts and ./service-tables.ts.
 */
import type { CsvTable } from "./csv.ts";
import { columnLetter, Diagnostics, type Diagnostic } from "./diagnostic.ts";
import { message, type Text } from "./messages/index.ts";
import { settleConverted } from "./legacy.ts";
import { withoutMerged } from "./merges.ts";
import { numberStyle, parseNumber, type NumberStyle, type ParsedNumber } from "./number.ts";
import { overlaps, periodsNamed, type DateSpan } from "./period.ts";
import { rowSchema } from "./row-schema.ts";
import { unitLabel } from "./scope.ts";
import { unitProblem, type Reason } from "./unit-problem.ts";
import { saying } from "./schema.ts";
import { LineAccount, locateTable, type ColumnSpec, type DataRow, type LineKind, type LocatedTable, type MappedColumn } from "./table.ts";
import { fold, oddCharacters } from "./text.ts";
import type { Source, Unit } from "./types.ts";
import { inForce, lastDay, type UnitIndex } from "./units.ts";

/** A value column: a PAR field, a service-index group or a dossier statistic. */
export interface ValueSpec {
  key: string;
  label: string;
  aliases: string[];
  /** Highest allowed value (a field's maximum; 100 for a percentage; Infinity for a count). */
  max: number;
  percent: boolean;
  integer: boolean;
  required: boolean;
}

/** The roles a table's other columns may play; their aliases come from definitions/columns.csv. */
export type Role = "unit" | "unit_code" | "district" | "order" | "total" | "rank" | "band" | "note" | "source";

export interface ResultOptions {
  values: ValueSpec[];
  roleAliases: Record<Role, string[]>;
  /** Highest allowed total; the total column is required when `totalRequired`. */
  totalMax: number;
  totalRequired: boolean;
  units: UnitIndex;
  /** The dates the table covers, and how to name them in a message ("năm 2022"). */
  span: DateSpan;
  spanLabel: Text;
  sources: ReadonlyMap<string, Source>;
  /** The source of rows with no source cell (from sources.csv applies_to), if any. */
  defaultSource: string | null;
}

export interface ResultRow {
  line: number;
  /** The physical line the row ends on (a quoted cell may span lines). */
  endLine?: number;
  unit: Unit;
  writtenName: string;
  values: Record<string, number | null>;
  total: number | null;
  rank: number | null;
  band: string | null;
  sourceId: string;
  note: string;
  columns: Record<string, number>;
}

/** One located table being read: its columns, number style and checks, and the diagnostics found. */
class TableRows {
  readonly diagnostics = new Diagnostics();
  readonly column: Map<string, MappedColumn>;
  /** Per table, not per row: the columns of the recognised cells (shared by every row's location). */
  readonly columns: Record<string, number> = {};
  readonly unitColumn: number;
  readonly numericKeys: string[];
  readonly style: NumberStyle;
  readonly specOf: Map<string, ValueSpec>;
  readonly schema: ReturnType<typeof rowSchema>;
  readonly #firstLine = new Map<string, number>();
  /** The district every row the table names unambiguously lies in, if one: its other names are read within it. */
  #district: string | null = null;
  readonly table: LocatedTable;
  readonly options: ResultOptions;

  readonly account: LineAccount;

  constructor(table: LocatedTable, options: ResultOptions, found: Diagnostic[], account: LineAccount) {
    this.table = table;
    this.options = options;
    this.account = account;
    this.diagnostics.add(found);
    this.column = new Map(table.columns.map((c) => [c.spec.key, c]));
    for (const [key, c] of this.column) this.columns[key.replace(/^value:/, "")] = c.column;
    this.unitColumn = this.column.get("unit")?.column ?? this.column.get("unit_code")!.column;
    this.numericKeys = ["total", "rank", ...options.values.map((v) => `value:${v.key}`)].filter((k) => this.column.has(k));
    // Numbers a workbook stores as numbers say nothing of the style of those typed as text.
    this.style = numberStyle(table.rows.flatMap((r) => this.numericKeys.filter((k) => !this.typed(r, k)).map((k) => this.cell(r.cells, k))));
    this.specOf = new Map(options.values.map((v) => [`value:${v.key}`, v]));
    this.schema = rowSchema(options);
  }

  cell(cells: string[], key: string): string {
    const c = this.column.get(key);
    return c ? (cells[c.column - 1] ?? "") : "";
  }

  /** A workbook cell's number or date under a key (see ./workbook.ts). */
  typed(row: { typed?: DataRow["typed"] }, key: string) {
    const c = this.column.get(key);
    return c ? row.typed?.[c.column - 1] : undefined;
  }

  place(line: number, column: number) {
    return { file: this.table.file, line, column };
  }

  /** What a row's unit cells say: the name, the code when the table has a code column, and its district (its column's, or the table's). */
  written(row: DataRow) {
    return {
      name: this.cell(row.cells, "unit"),
      code: this.column.has("unit_code") ? this.cell(row.cells, "unit_code") : null,
      district: this.column.has("district") ? this.cell(row.cells, "district") : this.#district,
    };
  }

  /**
   * A district's own table names its communes without their district: where the directory holds several
   * districts and every row the table names unambiguously lies in one, a name found in several districts is
   * read within that one. A table spanning districts (a province's) gets no such help: a repeated name is refused.
   */
  inferDistrict(rows: readonly DataRow[]): void {
    if (this.options.units.districts < 2 || this.column.has("district")) return;
    const found = new Set<string | null>();
    for (const row of rows) {
      const match = this.options.units.match(this.written(row), this.options.span);
      if (match.ok) found.add(match.unit.districtCode);
    }
    const [only] = found;
    if (found.size === 1 && only) this.#district = only;
  }

  /** A footnote row that names a unit is a unit's row with its numbers missing: say so, never drop it silently. */
  reportEmptyRows(): void {
    for (const row of this.table.skipped) {
      const name = this.cell(row.cells, "unit");
      const code = this.cell(row.cells, "unit_code");
      if ((name !== "" || code !== "") && this.options.units.match(this.written(row), this.options.span).ok) {
        this.diagnostics.error(this.place(row.line, this.unitColumn), message("empty-row", { name: name || code }));
        this.account.mark(row, "error");
      }
    }
  }

  /** The unit a row names, in force and not seen before in the table; else null, reported (a total row is skipped). */
  unitOf(row: DataRow): Unit | null {
    const written = this.written(row);
    // A name with an invisible or look-alike character is not matched by folding it away: it is shown.
    if (oddCharacters(written.name).length > 0) {
      this.reportUnit(row, "unknown", []);
      return null;
    }
    const match = this.options.units.match(written, this.options.span);
    // A district total or average ("Tổng cộng") is not a unit; a unit whose name reads like one is still read.
    if (!match.ok && row.summary) return null;
    const where = this.place(row.line, this.unitColumn);
    if (!match.ok) {
      this.reportUnit(row, match.reason, match.candidates);
      return null;
    }
    const unit = match.unit;
    if (!inForce(unit, lastDay(this.options.span))) {
      this.diagnostics.error(where, message("unit-not-in-force", { unit: unitLabel(unit), span: this.options.spanLabel }));
      return null;
    }
    const first = this.#firstLine.get(unit.code);
    if (first !== undefined) {
      this.diagnostics.error(where, message("duplicate-unit", { unit: unitLabel(unit), first, line: row.line }));
      return null;
    }
    this.#firstLine.set(unit.code, row.line);
    return unit;
  }

  /** Why a row's unit is not found, in the words that send the reader the right way. */
  reportUnit(row: DataRow, reason: Reason, found: Unit[]): void {
    const written = this.written(row);
    const problem = unitProblem(reason, written, written.name || this.cell(row.cells, "unit_code"), found);
    const column = problem.atCode ? (this.column.get("unit_code")?.column ?? this.unitColumn) : this.unitColumn;
    this.diagnostics.error(this.place(row.line, column), problem.message);
  }

  /**
   * A title row that names other years or periods than the file's, and not the file's own, is an error: the
   * table may be another year's. A title that names the file's year may name another too ("Chỉ số CCHC năm
   * 2022, đánh giá năm 2023").
   */
  checkTitles(): void {
    for (const row of this.table.titles) {
      const title = row.cells.filter((c) => c !== "").join(" ");
      const named = periodsNamed(fold(title));
      if (named.length > 0 && !named.some((span) => overlaps(span, this.options.span))) {
        this.diagnostics.error(this.place(row.line, 1), message("title-period-mismatch", { title, expected: this.options.spanLabel }));
        this.account.mark(row, "error");
      }
    }
  }

  /** The row's numbers by key, or null when one is not a number, missing where required, or out of range (each reported). */
  numbersOf(row: DataRow): Record<string, number | null> | null {
    const numbers: Record<string, number | null> = {};
    let ok = true;
    for (const key of this.numericKeys) {
      const raw = this.cell(row.cells, key);
      const spec = this.specOf.get(key);
      const typed = this.typed(row, key);
      const parsed: ParsedNumber =
        typed?.kind === "number" ? { ok: true, value: typed.value } : typed?.kind === "date" ? { ok: false, reason: "date-cell" } : parseNumber(raw, this.style, spec?.percent ?? false);
      if (parsed.ok) {
        numbers[key] = parsed.value;
        continue;
      }
      ok = false;
      const label = { vi: spec?.label ?? (key === "total" ? "Tổng điểm" : "Xếp hạng"), en: spec?.label ?? key };
      this.diagnostics.error(this.place(row.line, this.column.get(key)!.column), message(parsed.reason, { label, raw }));
    }
    for (const v of this.options.values) {
      const c = this.column.get(`value:${v.key}`)?.column;
      if (v.required && c !== undefined && numbers[`value:${v.key}`] === null) {
        ok = false;
        this.diagnostics.error(this.place(row.line, c), message("missing-value", { label: v.label, column: columnLetter(c) }));
      }
    }
    const blank = Object.fromEntries(this.options.values.map((v) => [`value:${v.key}`, null]));
    const checked = this.schema.safeParse({ ...blank, total: null, rank: null, ...numbers });
    if (!checked.success) {
      ok = false;
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0]);
        const column = this.column.get(key)?.column ?? this.unitColumn;
        this.diagnostics.error(this.place(row.line, column), message("out-of-range", { ...saying(issue.message), raw: this.cell(row.cells, key) }));
      }
    }
    return ok ? numbers : null;
  }

  /** The row's source: its own cell, else the file's default; null when there is none or it is unknown (reported). */
  sourceOf(row: DataRow): string | null {
    const sourceId = this.cell(row.cells, "source") || this.options.defaultSource;
    const where = this.place(row.line, this.column.get("source")?.column ?? this.unitColumn);
    if (!sourceId) this.diagnostics.error(where, message("no-source"));
    else if (!this.options.sources.has(sourceId)) this.diagnostics.error(where, message("unknown-source", { id: sourceId }));
    else return sourceId;
    return null;
  }

  /** A data row read, or null; its lines marked: data, summary, or error when a diagnostic was reported for it. */
  read(row: DataRow): (ResultRow & { endLine: number }) | null {
    const before = this.diagnostics.list.length;
    const read = this.readRow(row);
    const kind: LineKind = this.diagnostics.list.length > before ? "error" : read ? "data" : "summary";
    this.account.mark(row, kind);
    return read && { ...read, endLine: row.endLine };
  }

  readRow(row: DataRow): ResultRow | null {
    const unit = this.unitOf(row);
    if (!unit) return null;
    const numbers = this.numbersOf(row);
    const sourceId = this.sourceOf(row);
    if (!sourceId || !numbers) return null;
    const values: Record<string, number | null> = {};
    for (const v of this.options.values) values[v.key] = numbers[`value:${v.key}`] ?? null;
    return {
      line: row.line,
      unit,
      writtenName: this.cell(row.cells, "unit") || unit.name,
      values,
      total: numbers.total ?? null,
      rank: numbers.rank ?? null,
      band: this.cell(row.cells, "band") || null,
      sourceId,
      note: this.cell(row.cells, "note"),
      columns: this.columns,
    };
  }
}

/** The column specs of a results table: the roles, then the values. */
function columnSpecs(options: ResultOptions): ColumnSpec[] {
  const roles = Object.entries(options.roleAliases).map(
    ([key, aliases]): ColumnSpec => ({ key, kind: "role", label: aliases[0] ?? key, aliases, required: key === "total" && options.totalRequired }),
  );
  const values = options.values.map((v): ColumnSpec => ({ key: `value:${v.key}`, kind: "value", label: v.label, aliases: v.aliases, required: v.required }));
  return [...roles, ...values];
}

/** A results table's rows, each checked; a table converted from an old encoding or font kept only if its names match (./legacy.ts). */
export function readResults(csv: CsvTable, options: ResultOptions): { rows: ResultRow[]; diagnostics: Diagnostic[]; lines: LineKind[] } {
  const reread = (table: CsvTable) => readTable(table, options);
  return settleConverted(csv, reread(csv), reread);
}

function readTable(csv: CsvTable, options: ResultOptions): { rows: ResultRow[]; diagnostics: Diagnostic[]; lines: LineKind[] } {
  const account = new LineAccount(csv.lines, csv.refusedLines);
  const { table, diagnostics } = locateTable(csv, columnSpecs(options), ["unit", "unit_code"], account);
  if (!table) {
    // A table whose header is not found, or lacks a column, is refused whole: every line of it.
    account.rest("error");
    return { rows: [], diagnostics, lines: account.kinds as LineKind[] };
  }
  const reader = new TableRows(table, options, diagnostics, account);
  reader.checkTitles();
  reader.inferDistrict(table.rows);
  reader.reportEmptyRows();
  const rows: ResultRow[] = [];
  for (const row of withoutMerged(csv, table, account.kinds as LineKind[], reader.diagnostics.list)) {
    const read = reader.read(row);
    if (read) rows.push(read);
  }
  // A line no row covers (a stray quote's repair leaves none) is an error, never lost unseen.
  account.rest("error");
  return { rows, diagnostics: reader.diagnostics.list, lines: account.kinds as LineKind[] };
}
