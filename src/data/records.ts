/**
 * Reads the project's own configuration tables (units, sources, definitions):
 * a first row of English column names, then one record per row, each checked
 * by a zod schema whose issues are reported at their cell.
 */
import type { z } from "astro/zod";
import type { CsvTable } from "./csv.ts";
import { error, type Diagnostic } from "./diagnostic.ts";
import { saying } from "./schema.ts";

export interface Located<T> {
  value: T;
  line: number;
}

export function readRecords<S extends z.ZodType>(
  table: CsvTable,
  schema: S,
): { records: Located<z.output<S>>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const records: Located<z.output<S>>[] = [];
  const rows = table.rows.filter((r) => r.cells.some((c) => c !== ""));
  const header = rows[0];
  if (!header) {
    diagnostics.push(error({ file: table.file, line: 1, column: 1, code: "empty-file", vi: "Tệp rỗng", en: "The file is empty" }));
    return { records, diagnostics };
  }
  const keys = header.cells.map((c) => c.trim().toLowerCase());
  for (const row of rows.slice(1)) {
    const object: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) object[key] = row.cells[i] ?? "";
    });
    const parsed = schema.safeParse(object);
    if (parsed.success) {
      records.push({ value: parsed.data, line: row.line });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const index = keys.indexOf(key);
      const { vi, en } = saying(issue.message);
      const missing = index === -1 && key !== "";
      diagnostics.push(
        error({
          file: table.file,
          line: missing ? header.line : row.line,
          column: missing ? 1 : index + 1,
          code: missing ? "missing-column" : "invalid-value",
          vi: missing ? `Thiếu cột "${key}"` : `Cột "${key}": ${vi}`,
          en: missing ? `Missing column "${key}"` : `Column "${key}": ${en}`,
        }),
      );
    }
  }
  return { records, diagnostics };
}
