/**
 * Every file and folder of a data directory is read or reported by name:
 * configuration files and results tables are read; anything else under par/ or
 * service/ is an error (a table that is not read would silently drop a year);
 * anything else elsewhere is a warning. Documentation (*.md) is let be.
 */
import { FILES } from "./config.ts";
import { message } from "./messages/index.ts";
import type { OtherEntry, Reading } from "./reading.ts";

/**
 * A results table: a .csv file or a workbook in par/ or service/, or in a folder of its year or
 * period there when a year has several tables (par/2022/ninh-giang.csv); .xls and .ods are read to
 * be refused by name, see ./workbook.ts.
 */
export const PAR_FILE = /^par\/([^/]+\/)?[^/]+\.(csv|xlsx|xls|ods)$/i;
export const SERVICE_FILE = /^service\/([^/]+\/)?[^/]+\.(csv|xlsx|xls|ods)$/i;

const RESULTS_FOLDER = /^(par|service)\//i;
const STANDARD_FOLDERS = ["par/", "service/", "definitions/"];
const DOCUMENTATION = /(^|\/)[^/]+\.md$/i;

/** A name as a message shows it: quoted, so that a trailing space is seen ("par/2023.csv "). */
const quoted = (path: string) => `"${path}"`;

/** What names a results file's year or period: its name without folder and extension, or the folder it is in (par/2022/x.csv). */
export function stemOf(path: string): string {
  const parts = path.split("/");
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.(csv|xlsx|xls|ods)$/i, "");
}

/** Whether a results file is one of several tables of its year or period, in their folder. */
export const inPeriodFolder = (path: string) => path.split("/").length > 2;

function reportFile(reading: Reading, path: string): void {
  const config: readonly string[] = Object.values(FILES);
  if (config.includes(path) || PAR_FILE.test(path) || SERVICE_FILE.test(path) || DOCUMENTATION.test(path)) return;
  if (RESULTS_FOLDER.test(path)) reading.diagnostics.error(reading.place(path), message("unread-file", { name: quoted(path) }));
  else reading.diagnostics.warning(reading.place(path), message("unused-file"));
}

function reportOther(reading: Reading, entry: OtherEntry, folders: ReadonlySet<string>): void {
  const name = quoted(entry.path);
  // A results folder holding tables of one year or period (par/2022/) is read through them.
  if (entry.kind === "folder" && (STANDARD_FOLDERS.includes(entry.path) || (RESULTS_FOLDER.test(entry.path) && folders.has(entry.path)))) return;
  if (entry.kind === "no-directory") reading.diagnostics.error(reading.place(""), message("no-directory"));
  else if (entry.kind === "symlink-outside") reading.diagnostics.error(reading.place(entry.path), message("symlink-outside", { name }));
  else if (entry.kind === "not-a-file") reading.diagnostics.error(reading.place(entry.path), message("not-a-file", { name }));
  else if (RESULTS_FOLDER.test(entry.path)) reading.diagnostics.error(reading.place(entry.path), message("unread-folder", { name }));
  else if (!folders.has(entry.path)) reading.diagnostics.warning(reading.place(entry.path), message("unused-file"));
}

/** Reports every file and folder that no phase reads. */
export async function reportUnread(reading: Reading, paths: readonly string[]): Promise<void> {
  for (const path of paths) reportFile(reading, path);
  // Folders that hold files already reported, or that the contract names, need no word of their own.
  const folders = new Set<string>();
  const tables = (path: string) => PAR_FILE.test(path) || SERVICE_FILE.test(path);
  for (const path of paths) {
    if (RESULTS_FOLDER.test(path) && !tables(path)) continue;
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) folders.add(path.slice(0, i + 1));
  }
  for (const entry of (await reading.files.others?.()) ?? []) reportOther(reading, entry, folders);
}
