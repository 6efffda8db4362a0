/**
 * CSV downloads as Vietnamese Excel opens them: UTF-8 with BOM (so Vietnamese shows
 * right), CRLF line ends, `;` between cells and decimal commas (the Vietnamese list and decimal
 * separators). Text that Excel would run as a formula (=, +, -, @, tab, CR first)
 * is neutralised with a leading apostrophe; numbers (csvNumber: "-0,5") are left as numbers.
 */
import { dsvFormat } from "d3";

const NUMBER = /^-?\d+(,\d+)?$/;
const FORMULA = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

export function csvFile(head: string[], rows: string[][]): string {
  const format = dsvFormat(";");
  return "\ufeff" + [head, ...rows].map((r) => format.formatRow(r.map(neutralise))).join("\r\n") + "\r\n";
}
