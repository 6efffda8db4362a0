/**
 * A CSV file as rows of cells, each row with the physical line it starts on.
 * Parsing is papaparse's; this module adds what a clerk's message needs
 * (line numbers, even when a quoted cell spans lines) and cleans each cell to NFC.
 */
import Papa from "papaparse";
import { bisectRight } from "d3";
import { clean } from "./text.ts";

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  delimiter: string;
  rows: CsvRow[];
}

/** Start offsets of every line of the text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The separator: tab or `;` when it stands on most lines (outside quotes), else `,`.
 * Vietnamese Excel saves `;` precisely because `,` is the decimal mark, so a `;`
 * file is full of commas ("87,75") and a count of commas proves nothing; papaparse's
 * own guess, which looks for consistent field counts, is misled by such files.
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .replace(/"(?:[^"]|"")*"/g, "")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 50);
  for (const d of ["\t", ";"]) if (lines.filter((l) => l.includes(d)).length * 2 >= lines.length && lines.length > 0) return d;
  return ",";
}

/**
 * Splits decoded text into rows. Rows keep every cell, blank rows included,
 * so that a row's line is always the file's line.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const starts = lineStarts(text);
  const rows: CsvRow[] = [];
  let offset = 0;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(step) {
      rows.push({ line: bisectRight(starts, offset), cells: step.data.map(clean) });
      offset = step.meta.cursor;
    },
  });
  // papaparse ends a file that ends with a newline with one empty row: drop it.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "" && text.endsWith("\n")) rows.pop();
  return { file, delimiter, rows };
}
