/**
 * Every file and folder of a data directory is read or reported by name:
 * configuration files and results tables are read; anything else under par/ or
 * service/ is an error (a table that is not read would silently drop a year);
 * anything else elsewhere is a warning. Documentation (*.md) is let be.
 */
import { FILES } from "./config.ts";
import { message } from "./messages/index.ts";
import type { OtherEntry, Reading } from "./reading.ts";

/** A results table: a .csv file or a workbook directly in par/ or service/ (.xls and .ods are read to be refused by name, see ./workbook.ts). */
export const PAR_FILE = /^par\/[^/]+\.(csv|xlsx|xls|ods)$/i;
export const SERVICE_FILE = /^service\/[^/]+\.(csv|xlsx|xls|ods)$/i;

const RESULTS_FOLDER = /^(par|service)\//i;
const STANDARD_FOLDERS = ["par/", "service/", "definitions/"];
const DOCUMENTATION = /(^|\/)[^/]+\.md$/i;

/** A name as a message shows it: quoted, so that a trailing space is seen ("par/2023.csv "). */
const quoted = (path: string) => `"${path}"`;

/** The stem of a results file: its name without folder and extension. */
export const stemOf = (path: string) => path.slice(path.indexOf("/") + 1).replace(/\.(csv|xlsx|xls|ods)$/i, "");

function reportFile(reading: Reading, path: string): void {
  const config: readonly string[] = Object.values(FILES);
  if (config.includes(path) || PAR_FILE.test(path) || SERVICE_FILE.test(path) || DOCUMENTATION.test(path)) return;
  if (RESULTS_FOLDER.test(path)) reading.diagnostics.error(reading.place(path), message("unread-file", { name: quoted(path) }));
  else reading.diagnostics.warning(reading.place(path), message("unused-file"));
}

function reportOther(reading: Reading, entry: OtherEntry, folders: ReadonlySet<string>): void {
  const name = quoted(entry.path);
  if (entry.kind === "folder" && STANDARD_FOLDERS.includes(entry.path)) return;
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
  for (const path of paths) if (!RESULTS_FOLDER.test(path)) for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) folders.add(path.slice(0, i + 1));
  for (const entry of (await reading.files.others?.()) ?? []) reportOther(reading, entry, folders);
}
