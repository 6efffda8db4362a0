/**
 * A copy of a data directory whose results tables (par/*.csv, service/*.csv)
 * are Excel workbooks: each table on one sheet, every cell where the CSV has it,
 * a number that the CSV rules read as one stored as a number (so the workbook path
 * takes it exactly), anything else as text. Made with exceljs, as the reader reads it.
 */
import ExcelJS from "exceljs";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../src/data/csv.ts";
import { decode } from "../src/data/encoding.ts";
import { numberStyle, parseNumber } from "../src/data/number.ts";

/** A CSV table as a workbook of one sheet. */
export async function csvToXlsx(name: string, bytes: Uint8Array): Promise<Buffer> {
  const decoded = decode(bytes);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.message.en}`);
  const table = parseCsv(name, decoded.text);
  const style = numberStyle(table.rows.flatMap((r) => r.cells));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Sheet1");
  for (const row of table.rows) {
    const values = row.cells.map((cell) => {
      // A code such as "00123" stays text: as a number it would lose its zeros.
      if (cell === "" || /^0\d/.test(cell)) return cell;
      const n = parseNumber(cell, style);
      return n.ok && n.value !== null ? n.value : cell;
    });
    sheet.getRow(row.line).values = values;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `from` copied to `to`, each results table a workbook of the same name (.xlsx for .csv). */
export async function xlsxDataDir(from: string, to: string): Promise<string[]> {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const written: string[] = [];
  for (const folder of ["par", "service"]) {
    // Tables of one year in their own folder (par/2022/thanh-mien.csv) too.
    for (const file of readdirSync(join(to, folder), { recursive: true, encoding: "utf8" }).filter((f) => /\.csv$/i.test(f))) {
      const path = join(to, folder, file);
      writeFileSync(path.replace(/\.csv$/i, ".xlsx"), await csvToXlsx(`${folder}/${file}`, readFileSync(path)));
      rmSync(path);
      written.push(`${folder}/${file.replace(/\.csv$/i, ".xlsx")}`);
    }
  }
  return written;
}
