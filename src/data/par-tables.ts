/**
 * PAR tables, one a year (par/2022.csv) or several in the year's folder (par/2022/ninh-giang.csv),
 * each ranking its own scope (./scope.ts): the fields defined for the year, each
 * row read by ./results.ts, and the total checked against the sum of its fields.
 */
import { FILES, resultOptions, type Config } from "./config.ts";
import { message } from "./messages/index.ts";
import { inPeriodFolder, PAR_FILE, stemOf } from "./inventory.ts";
import { yearOfStem, yearSpan, YEARS } from "./period.ts";
import type { Reading } from "./reading.ts";
import { LineAccount } from "./table.ts";
import { readResults } from "./results.ts";
import type { Scopes } from "./scope.ts";
import { differs, round2, TOTAL_TOLERANCE } from "./totals.ts";
import type { FieldDef, ParRow } from "./types.ts";

/** The fields defined for a year, in order; null (reported) when there are none or one is defined twice. */
function fieldsOf(reading: Reading, config: Config, path: string, year: number): FieldDef[] | null {
  const defs = config.fieldRecords
    .filter(({ value: f }) => f.from_year <= year && (f.to_year === null || year <= f.to_year))
    .map(({ value: f }): FieldDef => ({ year, order: f.order, code: f.code, name: f.name, shortName: f.short_name, max: f.max, aliases: f.aliases, source: f.source }))
    .sort((a, b) => a.order - b.order);
  if (defs.length === 0) {
    reading.diagnostics.error(reading.place(path), message("no-definitions/par", { year, file: FILES.fields }));
    return null;
  }
  const repeated = defs.find((d, i) => defs.findIndex((e) => e.code === d.code) !== i);
  if (repeated) {
    reading.diagnostics.error(reading.place(FILES.fields), message("duplicate-field", { code: repeated.code, year }));
    return null;
  }
  return defs;
}

/** The rows of one year's table whose totals agree with their fields, with the scope the table ranks. */
async function readParFile(reading: Reading, config: Config, scopes: Scopes, path: string, year: number, defs: FieldDef[]): Promise<ParRow[]> {
  const csv = await reading.table(path, true, true);
  if (!csv) return [];
  const result = readResults(csv, {
    ...resultOptions(config, path, yearSpan(year), { vi: `năm ${year}`, en: String(year) }),
    values: defs.map((f) => ({ key: f.code, label: f.name, aliases: [f.shortName, f.code, ...f.aliases], max: f.max, percent: false, integer: false, required: true })),
    totalMax: defs.reduce((s, f) => s + f.max, 0),
    totalRequired: false,
  });
  reading.diagnostics.add(result.diagnostics);
  reading.accounts.set(csv.file, result.lines);
  const scope = scopes.register(reading.diagnostics, csv.file, { kind: "par", key: String(year) }, result.rows.map((r) => r.unit)) ?? "";
  const rows: ParRow[] = [];
  for (const row of result.rows) {
    const scores = row.values;
    const sum = defs.reduce((s, f) => s + scores[f.code]!, 0);
    if (row.total !== null && differs(row.total, sum)) {
      const where = { file: csv.file, line: row.line, column: row.columns.total! };
      reading.diagnostics.error(where, message("total-mismatch/fields", { total: row.total, sum, tolerance: TOTAL_TOLERANCE }));
      LineAccount.refuse(result.lines, row);
      continue;
    }
    rows.push({
      year, unitCode: row.unit.code, writtenName: row.writtenName, scores, total: row.total ?? round2(sum), totalPublished: row.total !== null,
      publishedRank: row.rank, publishedBand: row.band, sourceId: row.sourceId, note: row.note,
      location: { file: csv.file, line: row.line, columns: row.columns }, scope,
    });
  }
  return rows;
}

/** Every PAR table among `paths`: the fields of the years read, and their rows. */
export async function readParTables(reading: Reading, config: Config, scopes: Scopes, paths: readonly string[]): Promise<{ fields: FieldDef[]; par: ParRow[] }> {
  const fields: FieldDef[] = [];
  const par: ParRow[] = [];
  const years = new Map<number, string>();
  for (const path of paths.filter((p) => PAR_FILE.test(p))) {
    const year = yearOfStem(stemOf(path));
    if (year === null) {
      reading.diagnostics.error(reading.place(path), message("no-year", { name: path, ...YEARS }));
      continue;
    }
    // One file a year in par/ (two would be one table twice); more in the year's folder, each of its own scope (./scope.ts).
    const other = years.get(year);
    if (other !== undefined && !inPeriodFolder(path) && !inPeriodFolder(other)) {
      reading.diagnostics.error(reading.place(path), message("duplicate-year", { year, other }));
      continue;
    }
    years.set(year, path);
    const defs = fieldsOf(reading, config, path, year);
    if (!defs) continue;
    if (other === undefined) for (const d of defs) fields.push(d);
    for (const row of await readParFile(reading, config, scopes, path, year, defs)) par.push(row);
  }
  return { fields, par };
}
