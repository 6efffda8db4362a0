/**
 * Merged cells in a workbook's table (./workbook.ts). Above the data (titles, a
 * header over two rows) and in a total or footnote row they are layout; over a
 * data row's columns they hide whose value a cell is, so the row is refused.
 */
import type { CsvTable } from "./csv.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { error } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import type { DataRow, LineKind, LocatedTable } from "./table.ts";
import { LineAccount } from "./table.ts";

/** The data rows no merged range covers; a row under one that reaches a column of the table is refused, at the range's first cell. */
export function withoutMerged(csv: CsvTable, table: LocatedTable, kinds: LineKind[], diagnostics: Diagnostic[]): DataRow[] {
  const merges = csv.merges ?? [];
  if (merges.length === 0) return table.rows;
  const mapped = table.columns.map((c) => c.column);
  const refused = new Set<number>();
  for (const m of merges) {
    const rows = table.rows.filter((r) => !r.summary && r.line >= m.top && r.line <= m.bottom);
    // A range in one row over a single column of the table and blank ones (a merged label) hides nothing.
    const covered = mapped.filter((c) => c >= m.left && c <= m.right);
    if (rows.length === 0 || covered.length === 0 || (m.top === m.bottom && covered.length <= 1)) continue;
    diagnostics.push(error({ file: csv.file, line: m.top, column: m.left, ...message("merged-cell", { range: m.range }) }));
    for (const r of rows) {
      refused.add(r.line);
      LineAccount.refuse(kinds, r);
    }
  }
  return table.rows.filter((r) => !refused.has(r.line));
}
