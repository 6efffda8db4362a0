/**
 * Service-index tables, one a period (service/2023-Q1.csv): the groups defined
 * for the period and the optional dossier statistics, each row read by
 * ./results.ts, and the total checked against its groups.
 */
import { FILES, resultOptions, type Config } from "./config.ts";
import type { Place } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import { inPeriodFolder, SERVICE_FILE, stemOf } from "./inventory.ts";
import type { Scopes } from "./scope.ts";
import { parsePeriod, periodLabel, periodOfStem, periodSpan, periodWithin, YEARS, type Period } from "./period.ts";
import type { Reading } from "./reading.ts";
import { LineAccount } from "./table.ts";
import { readResults, type ResultRow, type ValueSpec } from "./results.ts";
import { lowerFirst } from "./text.ts";
import { differs, exceeds, TOTAL_TOLERANCE } from "./totals.ts";
import type { DossierStatDef, GroupDef, ServiceRow } from "./types.ts";

/** The groups defined for a period, in order; null (reported) when there are none. */
function groupsOf(reading: Reading, config: Config, path: string, period: Period): GroupDef[] | null {
  const defs = config.groupRecords
    .filter(({ value: g }) => periodWithin(period, parsePeriod(g.from_period)!, g.to_period ? parsePeriod(g.to_period) : null))
    .map(({ value: g }): GroupDef => ({ period: period.key, order: g.order, code: g.code, name: g.name, shortName: g.short_name, max: g.max, aliases: g.aliases, source: g.source }))
    .sort((a, b) => a.order - b.order);
  if (defs.length === 0) {
    reading.diagnostics.error(reading.place(path), message("no-definitions/service", { period: period.key, file: FILES.groups }));
    return null;
  }
  return defs;
}

function valueSpecs(defs: GroupDef[], dossierStats: DossierStatDef[]): ValueSpec[] {
  const groups = defs.map((g): ValueSpec => ({
    key: g.code, label: g.name, aliases: [g.shortName, g.code, ...g.aliases], max: g.max, percent: false, integer: false, required: false,
  }));
  const dossiers = dossierStats.map((d): ValueSpec => ({
    key: `dossier:${d.code}`, label: d.name, aliases: [d.code, ...d.aliases],
    max: d.unit === "percent" ? 100 : Infinity, percent: d.unit === "percent", integer: d.unit === "count", required: false,
  }));
  return [...groups, ...dossiers];
}

/** Whether a row's total agrees with its groups: all given, they add up to it; some given, they do not exceed it. */
function checkTotal(reading: Reading, where: Place, total: number, groups: (number | null)[]): boolean {
  const present = groups.filter((v): v is number => v !== null);
  const sum = present.reduce((s, v) => s + v, 0);
  const complete = present.length === groups.length;
  if (complete ? differs(total, sum) : exceeds(sum, total)) {
    reading.diagnostics.error(where, message(complete ? "total-mismatch/groups" : "total-mismatch/partial", { total, sum, tolerance: TOTAL_TOLERANCE }));
    return false;
  }
  return true;
}

function serviceRow(period: Period, row: ResultRow & { total: number }, defs: GroupDef[], dossierStats: DossierStatDef[], file: string, scope: string): ServiceRow {
  return {
    period: period.key, unitCode: row.unit.code, writtenName: row.writtenName, total: row.total,
    groups: Object.fromEntries(defs.map((g) => [g.code, row.values[g.code] ?? null])),
    publishedRank: row.rank,
    dossiers: Object.fromEntries(dossierStats.map((d) => [d.code, row.values[`dossier:${d.code}`] ?? null])),
    sourceId: row.sourceId, note: row.note,
    location: { file, line: row.line, columns: row.columns },
    scope,
  };
}

async function readServiceFile(reading: Reading, config: Config, scopes: Scopes, path: string, period: Period, defs: GroupDef[]): Promise<ServiceRow[]> {
  const csv = await reading.table(path, true, true);
  if (!csv) return [];
  const result = readResults(csv, {
    ...resultOptions(config, path, periodSpan(period), { vi: lowerFirst(periodLabel(period)), en: period.key }),
    values: valueSpecs(defs, config.dossierStats),
    totalMax: defs.reduce((s, g) => s + g.max, 0),
    totalRequired: true,
  });
  reading.diagnostics.add(result.diagnostics);
  reading.accounts.set(csv.file, result.lines);
  const scope = scopes.register(reading.diagnostics, csv.file, { kind: "service", key: period.key }, result.rows.map((r) => r.unit)) ?? "";
  const rows: ServiceRow[] = [];
  for (const row of result.rows) {
    const where = { file: csv.file, line: row.line, column: row.columns.total! };
    if (row.total === null) {
      reading.diagnostics.error(where, message("missing-value/total"));
      LineAccount.refuse(result.lines, row);
      continue;
    }
    if (!checkTotal(reading, where, row.total, defs.map((g) => row.values[g.code] ?? null))) {
      LineAccount.refuse(result.lines, row);
      continue;
    }
    rows.push(serviceRow(period, { ...row, total: row.total }, defs, config.dossierStats, csv.file, scope));
  }
  return rows;
}

/** Every service-index table among `paths`: the groups of the periods read, and their rows. */
export async function readServiceTables(
  reading: Reading,
  config: Config,
  scopes: Scopes,
  paths: readonly string[],
): Promise<{ groups: GroupDef[]; service: ServiceRow[] }> {
  const groups: GroupDef[] = [];
  const service: ServiceRow[] = [];
  const periods = new Map<string, string>();
  for (const path of paths.filter((p) => SERVICE_FILE.test(p))) {
    const period = periodOfStem(stemOf(path));
    if (!period) {
      reading.diagnostics.error(reading.place(path), message("no-period", { name: path, ...YEARS }));
      continue;
    }
    const other = periods.get(period.key);
    if (other !== undefined && !inPeriodFolder(path) && !inPeriodFolder(other)) {
      reading.diagnostics.error(reading.place(path), message("duplicate-period", { period: period.key, other }));
      continue;
    }
    periods.set(period.key, path);
    const defs = groupsOf(reading, config, path, period);
    if (!defs) continue;
    if (other === undefined) for (const d of defs) groups.push(d);
    for (const row of await readServiceFile(reading, config, scopes, path, period, defs)) service.push(row);
  }
  return { groups, service };
}
