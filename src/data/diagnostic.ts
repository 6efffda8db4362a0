/**
 * A problem found in the input, where it is, and what it means in Vietnamese
 * first and English alongside, so a district clerk and a maintainer both read it.
 */
import type { Message } from "./messages/index.ts";

export interface Diagnostic {
  severity: "error" | "warning";
  /** Path of the file as the reader was given it. */
  file: string;
  /** 1-based physical line of the file (a quoted cell may span lines). */
  line: number;
  /** 1-based column of the table (the cell's position in its row: A = 1). */
  column: number;
  /** A stable kebab-case code for tests and filters, e.g. "not-a-number". */
  code: string;
  vi: string;
  en: string;
}

export type DiagnosticInit = Omit<Diagnostic, "severity">;

export const error = (d: DiagnosticInit): Diagnostic => ({ severity: "error", ...d });
export const warning = (d: DiagnosticInit): Diagnostic => ({ severity: "warning", ...d });

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A workbook's sheet, as ./workbook.ts names it: `par/2023.xlsx[Sheet1]`. */
const SHEET = /\.xlsx\[[^\]]*\]$/i;

/** Where a diagnostic is, as a reader looks for it: a workbook's cell as Excel writes it (`file.xlsx[Sheet]!C12`), then line and column. */
export function placeText(d: Pick<Diagnostic, "file" | "line" | "column">): string {
  const cell = SHEET.test(d.file) ? `!${columnLetter(d.column)}${d.line}` : "";
  return `${d.file}${cell}:${d.line}:${d.column}`;
}

/** `file:line:column: lỗi/error [code]: tiếng Việt — English` (a workbook's cell: `file.xlsx[Sheet]!C12:12:3: ...`) */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === "error" ? "lỗi/error" : "cảnh báo/warning";
  return `${placeText(d)}: ${label} [${d.code}]: ${d.vi} — ${d.en}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** By file, line and column: the order a reader fixes them in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}

/** Where a diagnostic points: a file (as shown to the reader), a physical line, a table column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** The diagnostics of a read, collected as they are found. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  /** Records an error at a place. */
  error(place: Place, message: Message): void {
    this.list.push(error({ ...place, ...message }));
  }

  warning(place: Place, message: Message): void {
    this.list.push(warning({ ...place, ...message }));
  }

  /** Adds diagnostics found elsewhere, one by one (never spread: a list may be huge). */
  add(diagnostics: Iterable<Diagnostic>): void {
    for (const d of diagnostics) this.list.push(d);
  }
}

/** As {@link formatDiagnostic}, with the file under the data directory `dir`: for a terminal, never for a page. */
export function formatIn(dir: string, d: Diagnostic): string {
  return formatDiagnostic({ ...d, file: `${dir.replace(/\/+$/, "")}/${d.file}` });
}

/** What to print when reading fails unexpectedly: what happened in both languages first, then the details. */
export function describeFailure(failure: unknown, heading: { vi: string; en: string }): string {
  const e = failure instanceof Error ? failure : new Error(String(failure));
  return `${heading.vi} / ${heading.en}:\n${e.stack ?? `${e.name}: ${e.message}`}`;
}
