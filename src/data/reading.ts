/**
 * What every phase of a read shares: the data directory's files, the
 * diagnostics found so far, and opening a table (bytes → text → rows), with
 * what goes wrong on the way reported at its place.
 */
import { parseCsv, type CsvTable } from "./csv.ts";
import { Diagnostics, type Place } from "./diagnostic.ts";
import { decode } from "./encoding.ts";
import { decodeLegacy } from "./legacy.ts";
import { message } from "./messages/index.ts";
import type { LineKind } from "./table.ts";
import { readWorkbook, WORKBOOK_FILE } from "./workbook.ts";

export interface DataFiles {
  /** Paths of every file below the data directory, relative to it, with "/" separators. */
  list(): Promise<string[]>;
  /** The bytes of a file, or null if there is none. */
  read(path: string): Promise<Uint8Array | null>;
  /** The path to show in a message and on a page: relative to the data directory ("par/2022.csv"). */
  display(path: string): string;
  /** What is there besides files (after list()): folders ("par/cu/"), links leaving the directory, other things. */
  others?(): Promise<OtherEntry[]>;
}

export interface OtherEntry {
  path: string;
  kind: "folder" | "symlink-outside" | "not-a-file" | "no-directory";
}

/** Largest file read (bytes): a district's table is a few hundred kilobytes; 100,000 rows are 8 MB. */
export const MAX_FILE = 64 * 1024 * 1024;

export class Reading {
  readonly diagnostics = new Diagnostics();
  /** What each physical line of each results table read was (see ./table.ts), by file as shown. */
  readonly accounts = new Map<string, LineKind[]>();
  readonly files: DataFiles;
  constructor(files: DataFiles) {
    this.files = files;
  }

  /** A place in a file of the data directory, as a message shows it. */
  place(path: string, line = 1, column = 1): Place {
    return { file: this.files.display(path), line, column };
  }

  /**
   * A file's rows, or null (with the reason reported) when it is missing or not text.
   * A results table (`convert`) in TCVN3, VNI or Windows-1258 is converted, to be kept only if its names match (./legacy.ts).
   */
  async table(path: string, required: boolean, convert = false): Promise<CsvTable | null> {
    const bytes = await this.files.read(path);
    if (bytes === null) {
      if (required) this.diagnostics.error(this.place(path), message("missing-file", { path }));
      return null;
    }
    if (bytes.length > MAX_FILE) {
      this.diagnostics.error(this.place(path), message("file-too-large", { size: bytes.length, max: MAX_FILE }));
      return null;
    }
    if (WORKBOOK_FILE.test(path)) return this.workbook(path, bytes);
    const decoded = decode(bytes);
    if (!decoded.ok && convert && decoded.legacy) {
      const table = parseCsv(this.files.display(path), decodeLegacy(bytes, decoded.legacy));
      table.converted = { encoding: decoded.legacy, line: decoded.line, column: decoded.column, refusal: decoded.message };
      this.diagnostics.add(table.diagnostics);
      return table;
    }
    if (!decoded.ok) {
      this.diagnostics.error(this.place(path, decoded.line, decoded.column), decoded.message);
      return null;
    }
    const table = parseCsv(this.files.display(path), decoded.text);
    this.diagnostics.add(table.diagnostics);
    return table;
  }

  async workbook(path: string, bytes: Uint8Array): Promise<CsvTable | null> {
    const { table, diagnostics } = await readWorkbook(this.files.display(path), bytes);
    this.diagnostics.add(diagnostics);
    if (table) this.diagnostics.add(table.diagnostics);
    return table;
  }
}
