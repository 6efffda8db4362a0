/**
 * The rows of a results table (PAR for a year, or service index for a period):
 * each row's unit, values, total, published rank and source, checked cell by
 * cell. What is particular to each index lives in ./par.ts and ./service.ts.
 */
import { z } from "astro/zod";
import type { CsvTable } from "./csv.ts";
import { columnLetter, error, type Diagnostic } from "./diagnostic.ts";
import { enNumber, viNumber } from "./locale.ts";
import { numberStyle, parseNumber, type NumberStyle } from "./number.ts";
import { says, saying } from "./schema.ts";
import { locateTable, type ColumnSpec, type MappedColumn } from "./table.ts";
import { foreignLetters } from "./text.ts";
import type { Source, Unit } from "./types.ts";
import { inForce, type DateSpan, type UnitIndex } from "./units.ts";

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
export type Role = "unit" | "unit_code" | "order" | "total" | "rank" | "band" | "note" | "source";

export interface ResultOptions {
  values: ValueSpec[];
  roleAliases: Record<Role, string[]>;
  /** Highest allowed total; the total column is required when `totalRequired`. */
  totalMax: number;
  totalRequired: boolean;
  units: UnitIndex;
  /** The dates the table covers, and how to name them in a message ("năm 2022"). */
  span: DateSpan;
  spanLabel: { vi: string; en: string };
  sources: ReadonlyMap<string, Source>;
  /** The source of rows with no source cell (from sources.csv applies_to), if any. */
  defaultSource: string | null;
}

export interface ResultRow {
  line: number;
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


const REASONS = {
  "not-a-number": ["Không phải là số", "Not a number"],
  ambiguous: ["Số mơ hồ: tệp vừa dùng dấu phẩy vừa dùng dấu chấm thập phân, không biết đây là phần nghìn hay phần thập phân", "Ambiguous number: the file uses both decimal commas and decimal points, so this could be thousands or decimals"],
  "not-finite": ["Không phải là số hữu hạn", "Not a finite number"],
  "spreadsheet-error": ["Ô chứa lỗi của bảng tính", "The cell holds a spreadsheet error"],
} as const;

function valueSchema(spec: ValueSpec, labelVi: string) {
  let n = z.number().min(0, says(`${labelVi}: điểm âm`, `${spec.label}: negative value`));
  if (Number.isFinite(spec.max)) {
    n = n.max(spec.max, says(`${labelVi}: vượt tối đa ${viNumber(spec.max)}`, `${spec.label}: above the maximum of ${enNumber(spec.max)}`));
  }
  if (spec.integer) n = n.int(says(`${labelVi}: phải là số nguyên`, `${spec.label}: must be a whole number`));
  return n.nullable();
}

export function readResults(csv: CsvTable, options: ResultOptions): { rows: ResultRow[]; diagnostics: Diagnostic[] } {
  const roles = Object.entries(options.roleAliases).map(
    ([key, aliases]): ColumnSpec => ({ key, kind: "role", label: aliases[0] ?? key, aliases, required: key === "total" && options.totalRequired }),
  );
  const specs: ColumnSpec[] = [
    ...roles,
    ...options.values.map((v): ColumnSpec => ({ key: `value:${v.key}`, kind: "value", label: v.label, aliases: v.aliases, required: v.required })),
  ];
  const { table, diagnostics } = locateTable(csv, specs, ["unit", "unit_code"]);
  const rows: ResultRow[] = [];
  if (!table) return { rows, diagnostics };
  const file = table.file;
  const at = (line: number, column: number, code: string, vi: string, en: string) =>
    diagnostics.push(error({ file, line, column, code, vi, en }));

  const column = new Map<string, MappedColumn>(table.columns.map((c) => [c.spec.key, c]));
  const cell = (cells: string[], key: string) => {
    const c = column.get(key);
    return c ? (cells[c.column - 1] ?? "") : "";
  };
  const numericKeys = ["total", "rank", ...options.values.map((v) => `value:${v.key}`)].filter((k) => column.has(k));
  const style: NumberStyle = numberStyle(table.rows.flatMap((r) => numericKeys.map((k) => cell(r.cells, k))));

  const schema = z.object({
    ...Object.fromEntries(options.values.map((v) => [`value:${v.key}`, valueSchema(v, v.label)])),
    total: z
      .number()
      .min(0, says("Tổng điểm âm", "Negative total"))
      .max(options.totalMax, says(`Tổng điểm vượt tối đa ${viNumber(options.totalMax)}`, `Total above the maximum of ${enNumber(options.totalMax)}`))
      .nullable(),
    rank: z
      .number()
      .int(says("Thứ hạng phải là số nguyên dương", "A rank is a positive whole number"))
      .positive(says("Thứ hạng phải là số nguyên dương", "A rank is a positive whole number"))
      .nullable(),
  });

  // A footnote row that names a unit is a unit's row with its numbers missing: say so, never drop it silently.
  for (const row of table.skipped) {
    const name = cell(row.cells, "unit");
    const code = cell(row.cells, "unit_code");
    if ((name !== "" || code !== "") && options.units.match({ name, code: column.has("unit_code") ? code : null }, options.span).ok) {
      at(row.line, column.get("unit")?.column ?? column.get("unit_code")!.column, "empty-row", `${name || code}: dòng không có số liệu nào`, `${name || code}: the row has no figures`);
    }
  }

  // Per table, not per row: the columns of the recognised cells (shared by every row's location), the value specs by key.
  const columns: Record<string, number> = {};
  for (const [key, c] of column) columns[key.replace(/^value:/, "")] = c.column;
  const specOf = new Map(options.values.map((v) => [`value:${v.key}`, v]));
  const blank = Object.fromEntries(options.values.map((v) => [`value:${v.key}`, null]));
  const unitColumn = column.get("unit")?.column ?? column.get("unit_code")!.column;

  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const writtenName = cell(row.cells, "unit");
    const writtenCode = cell(row.cells, "unit_code");

    // The unit.
    const match = options.units.match({ name: writtenName, code: column.has("unit_code") ? writtenCode : null }, options.span);
    // A district total or average ("Tổng cộng") is not a unit; a unit whose name reads like one is still read.
    if (!match.ok && row.summary) continue;
    if (!match.ok) {
      const shown = writtenName || writtenCode;
      const garbled = foreignLetters(shown);
      if (match.reason === "code-name-mismatch") {
        at(row.line, unitColumn, "unit-code-mismatch", `Mã ${writtenCode} là ${match.candidates[0]!.name}, không phải "${writtenName}"`, `Code ${writtenCode} is ${match.candidates[0]!.name}, not "${writtenName}"`);
      } else if (match.reason === "ambiguous") {
        at(row.line, unitColumn, "ambiguous-unit", `Tên "${shown}" ứng với nhiều đơn vị (${match.candidates.map((u) => u.name).join(", ")}): ghi rõ xã, thị trấn hoặc thêm cột mã`, `"${shown}" matches several units (${match.candidates.map((u) => u.name).join(", ")}): write the kind or add a code column`);
      } else if (garbled) {
        at(row.line, unitColumn, "garbled-text", `Tên "${shown}" có ký tự lạ (${garbled}): tệp có thể đã bị chuyển mã sai từ TCVN3 (ABC) hoặc VNI`, `"${shown}" has foreign characters (${garbled}): the file may have been converted wrongly from TCVN3 (ABC) or VNI`);
      } else {
        at(row.line, unitColumn, "unknown-unit", `Không có đơn vị "${shown}" trong danh sách đơn vị (units.csv)`, `No unit "${shown}" in the list of units (units.csv)`);
      }
      continue;
    }
    const unit = match.unit;
    if (!options.units.byCode(unit.code).some((u) => inForce(u, options.span))) {
      at(row.line, unitColumn, "unit-not-in-force", `${unit.name} không còn (hoặc chưa) là đơn vị trong ${options.spanLabel.vi}`, `${unit.name} was not a unit in ${options.spanLabel.en}`);
      continue;
    }
    const first = firstLine.get(unit.code);
    if (first !== undefined) {
      at(row.line, unitColumn, "duplicate-unit", `${unit.name} có hai dòng trong bảng (dòng ${first} và dòng ${row.line})`, `${unit.name} appears twice in the table (lines ${first} and ${row.line})`);
      continue;
    }
    firstLine.set(unit.code, row.line);

    // The numbers.
    const numbers: Record<string, number | null> = {};
    let numbersOk = true;
    for (const key of numericKeys) {
      const raw = cell(row.cells, key);
      const spec = specOf.get(key);
      const parsed = parseNumber(raw, style, spec?.percent ?? false);
      if (parsed.ok) {
        numbers[key] = parsed.value;
        continue;
      }
      numbersOk = false;
      const [vi, en] = REASONS[parsed.reason];
      const label = spec?.label ?? (key === "total" ? "Tổng điểm" : "Xếp hạng");
      at(row.line, column.get(key)!.column, parsed.reason, `${label}: ${vi}: "${raw}"`, `${spec?.label ?? key}: ${en}: "${raw}"`);
    }
    for (const v of options.values) {
      if (v.required && column.has(`value:${v.key}`) && numbers[`value:${v.key}`] === null) {
        numbersOk = false;
        const c = column.get(`value:${v.key}`)!.column;
        at(row.line, c, "missing-value", `${v.label}: ô trống (cột ${columnLetter(c)})`, `${v.label}: empty cell (column ${columnLetter(c)})`);
      }
    }
    const checked = schema.safeParse({ ...blank, total: null, rank: null, ...numbers });
    if (!checked.success) {
      numbersOk = false;
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0]);
        const { vi, en } = saying(issue.message);
        const raw = cell(row.cells, key);
        at(row.line, column.get(key)?.column ?? unitColumn, "out-of-range", `${vi}: "${raw}"`, `${en}: "${raw}"`);
      }
    }

    // The source.
    const written = cell(row.cells, "source");
    const sourceId = written || options.defaultSource;
    if (!sourceId) {
      at(row.line, column.get("source")?.column ?? unitColumn, "no-source", "Dòng không có nguồn: thêm cột Nguồn hoặc khai báo tệp trong sources.csv (applies_to)", "The row has no source: add a Nguồn column or list the file in sources.csv (applies_to)");
      continue;
    }
    if (!options.sources.has(sourceId)) {
      at(row.line, column.get("source")?.column ?? unitColumn, "unknown-source", `Nguồn "${sourceId}" không có trong sources.csv`, `Source "${sourceId}" is not in sources.csv`);
      continue;
    }
    if (!numbersOk) continue;

    const values: Record<string, number | null> = {};
    for (const v of options.values) values[v.key] = numbers[`value:${v.key}`] ?? null;
    rows.push({
      line: row.line,
      unit,
      writtenName: writtenName || unit.name,
      values,
      total: numbers.total ?? null,
      rank: numbers.rank ?? null,
      band: cell(row.cells, "band") || null,
      sourceId,
      note: cell(row.cells, "note"),
      columns,
    });
  }
  return { rows, diagnostics };
}
