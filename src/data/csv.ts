/**
 * A CSV file as rows of cells, each row with the physical lines it spans.
 * Parsing is papaparse's; this module adds what a clerk's message needs:
 * physical line numbers (CR, LF and CRLF alike, even when a quoted cell spans
 * lines), every quote error papaparse reports handled (the line is read with its
 * quotes as text, and a warning says so), over-long lines refused, and each
 * cell cleaned to NFC.
 */
import Papa from "papaparse";
import { bisectRight } from "d3";
import { error, warning, type Diagnostic } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import { clean } from "./text.ts";
import type { Conversion } from "./legacy.ts";

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  /** The physical line on which it ends (a quoted cell may span lines). */
  endLine: number;
  cells: string[];
  /** A workbook's cells stored as numbers or dates, by column index (./workbook.ts): a number is taken exactly, a date is never a score. */
  typed?: (Typed | undefined)[];
}

export type Typed = { kind: "number"; value: number } | { kind: "date"; text: string };

/** A workbook's merged range, by row (line) and column, 1-based, with its name ("B5:B6"). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  range: string;
}

export interface CsvTable {
  file: string;
  delimiter: string;
  rows: CsvRow[];
  /** Number of physical lines of the file. */
  lines: number;
  /** Lines refused before any row was made of them (too long), 1-based. */
  refusedLines: number[];
  /** What parsing found: quotes read as text (warnings), over-long lines (errors). */
  diagnostics: Diagnostic[];
  /** A workbook's merged ranges (./workbook.ts). */
  merges?: Merge[];
  /** The table was in a legacy encoding (or font), converted: kept only if its names match (./legacy.ts). */
  converted?: Conversion;
}

/** Longest physical line read (characters); a longer one is refused whole, without being parsed. */
export const MAX_LINE = 65_536;
/** After this many lines whose quotes are read as text, the rest of the file is refused: it is not a table. */
const MAX_QUOTE_REPAIRS = 100;

/** Start offsets of every line of a text whose line breaks are "\n". */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The number of physical lines: each CR, LF or CRLF ends one; a last line without a break counts too. */
export function physicalLines(text: string): number {
  const breaks = (text.match(/\r\n|\r|\n/g) ?? []).length;
  return breaks + (text === "" || /[\r\n]$/.test(text) ? 0 : 1);
}

/**
 * The separator: tab or `;` when it stands on most lines (outside quotes), else `,`.
 * Vietnamese Excel saves `;` precisely because `,` is the decimal mark, so a `;`
 * file is full of commas ("87,75") and a count of commas proves nothing; papaparse's
 * own guess, which looks for consistent field counts, is misled by such files.
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .slice(0, 200_000)
    .replace(/"(?:[^"]|"")*"/g, "")
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 50);
  for (const d of ["\t", ";"]) if (lines.filter((l) => l.includes(d)).length * 2 >= lines.length && lines.length > 0) return d;
  return ",";
}

/** Line breaks made "\n" (one per physical line), and lines longer than MAX_LINE emptied: their numbers are returned. */
function normalise(text: string): { text: string; long: number[] } {
  const plain = text.replace(/\r\n?/g, "\n");
  const long: number[] = [];
  const parts: string[] = [];
  let start = 0;
  let line = 1;
  for (let end = plain.indexOf("\n"); ; end = plain.indexOf("\n", start)) {
    const stop = end === -1 ? plain.length : end;
    if (stop - start > MAX_LINE) long.push(line);
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  if (long.length === 0) return { text: plain, long };
  const lines = plain.split("\n");
  for (const l of long) lines[l - 1] = "";
  for (const l of lines) parts.push(l);
  return { text: parts.join("\n"), long };
}

interface RawRow {
  start: number;
  end: number;
  cells: string[];
  /** The row's quotes were read as text. */
  repaired?: boolean;
}

/** Whether papaparse's row is what the file means: no quote error, and no quoted cell that swallowed whole lines. */
function sound(step: Papa.ParseStepResult<string[]>, delimiter: string): boolean {
  if (step.errors.length > 0) return false;
  return !step.data.some((cell) => cell.includes("\n") && cell.includes(delimiter));
}

/**
 * The rows of a text with no quote (most `;` tables), as papaparse reads one (its own "fast mode": each line split
 * by the separator), without its per-row step: a row is a line, so its start and end come from the split itself.
 * Null for a text that has a quote, or a BOM (papaparse would drop it, shifting its offsets): those take the full path.
 */
function quoteFree(text: string, delimiter: string): RawRow[] | null {
  if (text.includes('"') || text.charCodeAt(0) === 0xfeff) return null;
  const rows: RawRow[] = [];
  if (text === "") return rows;
  let start = 0;
  for (const line of text.split("\n")) {
    const end = Math.min(text.length, start + line.length + 1);
    rows.push({ start, end, cells: line.split(delimiter) });
    start = end;
  }
  return rows;
}

/**
 * Rows with their start and end offsets. A row with a quote error (or a quoted
 * cell holding whole lines) is read again from its first line alone, quotes as
 * text, and parsing goes on from the next line.
 */
function rawRows(text: string, delimiter: string): { rows: RawRow[]; stoppedAt: number | null } {
  const plain = quoteFree(text, delimiter);
  if (plain) return { rows: plain, stoppedAt: null };
  const rows: RawRow[] = [];
  let base = 0;
  for (let repairs = 0; base < text.length; repairs++) {
    if (repairs > MAX_QUOTE_REPAIRS) return { rows, stoppedAt: base };
    let bad: number | null = null;
    let offset = 0;
    const chunk = base === 0 ? text : text.slice(base);
    Papa.parse<string[]>(chunk, {
      delimiter,
      skipEmptyLines: false,
      step(step, parser) {
        if (!sound(step, delimiter)) {
          bad = base + offset;
          parser.abort();
          return;
        }
        rows.push({ start: base + offset, end: base + step.meta.cursor, cells: step.data });
        offset = step.meta.cursor;
      },
    });
    if (bad === null) break;
    const stop = text.indexOf("\n", bad);
    const end = stop === -1 ? text.length : stop;
    rows.push({ start: bad, end, cells: text.slice(bad, end).split(delimiter), repaired: true });
    base = end + 1;
  }
  return { rows, stoppedAt: null };
}

/**
 * Splits decoded text into rows. Rows keep every cell, blank rows included,
 * so that a row's line is always the file's line.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const lines = physicalLines(text);
  const { text: plain, long } = normalise(text);
  const starts = lineStarts(plain);
  const lineOf = (offset: number) => bisectRight(starts, offset);
  const delimiter = guessDelimiter(plain);
  const diagnostics: Diagnostic[] = [];
  for (const l of long) diagnostics.push(error({ file, line: l, column: 1, ...message("line-too-long", { max: MAX_LINE }) }));
  const { rows: raw, stoppedAt } = rawRows(plain, delimiter);
  const rows: CsvRow[] = [];
  for (const r of raw) {
    const line = lineOf(r.start);
    // The row's last character is its line break, when it has one: it ends on the line before the next row's.
    const endLine = Math.max(line, lineOf(Math.max(r.start, r.end - 1)));
    if (r.repaired) {
      const column = r.cells.findIndex((c) => c.includes('"')) + 1;
      diagnostics.push(warning({ file, line, column: Math.max(column, 1), ...message("stray-quote") }));
    }
    rows.push({ line, endLine, cells: r.cells.map(clean) });
  }
  const refusedLines = [...long];
  if (stoppedAt !== null) {
    const from = lineOf(stoppedAt);
    diagnostics.push(error({ file, line: from, column: 1, ...message("too-many-quotes", { max: MAX_QUOTE_REPAIRS }) }));
    for (let l = from; l <= lines; l++) refusedLines.push(l);
  }
  // papaparse ends a file that ends with a newline with one empty row: drop it.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "" && plain.endsWith("\n")) rows.pop();
  return { file, delimiter, rows, lines, refusedLines, diagnostics };
}
