/**
 * Reads the project's own configuration tables (units, sources, definitions):
 * a first row of English column names, then one record per row, each checked
 * by a zod schema whose issues are reported at their cell.
 */
import type { z } from "astro/zod";
import type { CsvTable } from "./csv.ts";
import { Diagnostics, type Diagnostic } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import { saying } from "./schema.ts";

export interface Located<T> {
  value: T;
  line: number;
}

export function readRecords<S extends z.ZodType>(
  table: CsvTable,
  schema: S,
): { records: Located<z.output<S>>[]; diagnostics: Diagnostic[] } {
  const found = new Diagnostics();
  const diagnostics: Diagnostic[] = found.list;
  const records: Located<z.output<S>>[] = [];
  const rows = table.rows.filter((r) => r.cells.some((c) => c !== ""));
  const header = rows[0];
  if (!header) {
    found.error({ file: table.file, line: 1, column: 1 }, message("empty-file/config"));
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
      if (index === -1 && key !== "") {
        found.error({ file: table.file, line: header.line, column: 1 }, message("missing-column", { label: key }));
      } else {
        found.error({ file: table.file, line: row.line, column: index + 1 }, message("invalid-value", { key, ...saying(issue.message) }));
      }
    }
  }
  return { records, diagnostics };
}
