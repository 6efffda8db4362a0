/**
 * Reads a data directory (see data/README.md) into a validated dataset and the
 * list of problems found. The file system is passed in (./files.ts gives the
 * real one), so tests read from memory and nothing here has side effects.
 */
import { parseCsv, type CsvTable } from "./csv.ts";
import { error, hasErrors, warning, type Diagnostic } from "./diagnostic.ts";
import { decode } from "./encoding.ts";
import { enNumber, viNumber } from "./locale.ts";
import { comparePeriods, parsePeriod, periodLabel, periodWithin, type Period } from "./period.ts";
import { readRecords } from "./records.ts";
import { STATED_RANKS_FILE, statedRanks } from "./stated-ranks.ts";
import { readResults, type ResultOptions, type Role, type ValueSpec } from "./results.ts";
import * as schema from "./schema.ts";
import type { Band, Dataset, DossierStatDef, FieldDef, GroupDef, ParRow, ServiceRow, Source, Unit } from "./types.ts";
import { lowerFirst } from "./text.ts";
import { UnitIndex, type DateSpan } from "./units.ts";

export interface DataFiles {
  /** Paths of every file below the data directory, relative to it, with "/" separators. */
  list(): Promise<string[]>;
  /** The bytes of a file, or null if there is none. */
  read(path: string): Promise<Uint8Array | null>;
  /** The path to show in a message, e.g. "data/par/2022.csv". */
  display(path: string): string;
}

export interface ReadResult {
  /** The dataset when there is no error, else null: nothing wrong is published. */
  dataset: Dataset | null;
  /** The same dataset as far as it could be read, errors or not (for the validator). */
  partial: Dataset;
  diagnostics: Diagnostic[];
}

export const FILES = {
  units: "units.csv",
  sources: "sources.csv",
  fields: "definitions/par-fields.csv",
  groups: "definitions/service-groups.csv",
  bands: "definitions/bands.csv",
  columns: "definitions/columns.csv",
  dossiers: "definitions/dossier-stats.csv",
  statedRanks: STATED_RANKS_FILE,
} as const;

/** Totals and their fields may differ by rounding to two decimals, no more. */
export const TOTAL_TOLERANCE = 0.01;
const EPSILON = 1e-9;

const round2 = (n: number) => Math.round(n * 100 + EPSILON) / 100;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

export function yearSpan(year: number): DateSpan {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function periodSpan(p: Period): DateSpan {
  return { from: `${p.year}-${pad(p.firstMonth)}-01`, to: `${p.year}-${pad(p.lastMonth)}-${lastDay(p.year, p.lastMonth)}` };
}

export async function readDataset(files: DataFiles): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const paths = (await files.list()).sort();
  const at = (file: string, line: number, column: number, code: string, vi: string, en: string) =>
    diagnostics.push(error({ file: files.display(file), line, column, code, vi, en }));

  async function table(path: string, required: boolean): Promise<CsvTable | null> {
    const bytes = await files.read(path);
    if (bytes === null) {
      if (required) at(path, 1, 1, "missing-file", `Thiếu tệp ${path}`, `Missing file ${path}`);
      return null;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      const name = decoded.encoding ?? "không rõ/unknown";
      at(
        path,
        decoded.line,
        1,
        "not-utf8",
        `Tệp không phải UTF-8 (có vẻ là mã ${name}): hãy lưu lại dạng "CSV UTF-8" hoặc chuyển mã sang Unicode trước khi nạp`,
        `The file is not UTF-8 (it looks like ${decoded.encoding ?? "an unknown encoding"}): save it as "CSV UTF-8" or convert it to Unicode first`,
      );
      return null;
    }
    return parseCsv(files.display(path), decoded.text);
  }

  async function records<S extends Parameters<typeof readRecords>[1]>(path: string, s: S, required: boolean) {
    const t = await table(path, required);
    if (!t) return [];
    const r = readRecords(t, s);
    diagnostics.push(...r.diagnostics);
    return r.records;
  }

  // Configuration: units, sources, definitions.
  const unitRecords = await records(FILES.units, schema.unitRecord, true);
  const sourceRecords = await records(FILES.sources, schema.sourceRecord, true);
  const fieldRecords = await records(FILES.fields, schema.fieldRecord, true);
  const groupRecords = await records(FILES.groups, schema.groupRecord, false);
  const bandRecords = await records(FILES.bands, schema.bandRecord, false);
  const columnRecords = await records(FILES.columns, schema.columnRecord, true);
  const dossierRecords = await records(FILES.dossiers, schema.dossierRecord, false);

  const units: Unit[] = unitRecords.map(({ value: u }) => ({
    code: u.code, name: u.name, kind: u.kind, districtCode: u.district_code, districtName: u.district_name,
    validFrom: u.valid_from, validTo: u.valid_to, mergedInto: u.merged_into, note: u.note,
  }));
  const districts = new Set(units.map((u) => u.districtCode));
  if (districts.size > 1) {
    at(FILES.units, 1, 1, "several-districts", `Một thư mục dữ liệu chỉ chứa một huyện; units.csv có ${districts.size} mã huyện`, `A data directory holds one district; units.csv has ${districts.size} district codes`);
  }

  const sources: Source[] = [];
  const defaultSource = new Map<string, string>();
  for (const { value: s, line } of sourceRecords) {
    if (sources.some((x) => x.id === s.id)) {
      at(FILES.sources, line, 1, "duplicate-source", `Mã nguồn "${s.id}" bị trùng`, `Source id "${s.id}" is repeated`);
      continue;
    }
    for (const path of s.applies_to) {
      const other = defaultSource.get(path);
      if (other) at(FILES.sources, line, 1, "duplicate-default-source", `Tệp ${path} đã có nguồn mặc định "${other}"`, `File ${path} already has the default source "${other}"`);
      else defaultSource.set(path, s.id);
    }
    sources.push({ id: s.id, kind: s.kind, number: s.number, date: s.date, issuer: s.issuer, title: s.title, url: s.url, appliesTo: s.applies_to, note: s.note });
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceFor = (path: string) => defaultSource.get(path) ?? defaultSource.get(path.slice(0, path.lastIndexOf("/") + 1)) ?? null;

  const roleAliases = Object.fromEntries(
    (["unit", "unit_code", "order", "total", "rank", "band", "note", "source"] as Role[]).map((role) => [
      role,
      columnRecords.filter((c) => c.value.role === role).flatMap((c) => c.value.aliases),
    ]),
  ) as Record<Role, string[]>;
  if (roleAliases.unit.length === 0) {
    at(FILES.columns, 1, 1, "missing-role", 'Cần ít nhất một tên cột cho vai trò "unit" (tên đơn vị)', 'At least one header alias is needed for the role "unit"');
  }

  const dossierStats: DossierStatDef[] = dossierRecords.map(({ value: d }) => ({ order: d.order, code: d.code, name: d.name, unit: d.unit, aliases: d.aliases }));
  const bands: Band[] = bandRecords.map(({ value: b }) => ({ index: b.index, fromYear: b.from_year, toYear: b.to_year, minPercent: b.min_percent, label: b.label, note: b.note }));
  const index = new UnitIndex(units);

  // PAR tables, one per year.
  const fields: FieldDef[] = [];
  const par: ParRow[] = [];
  const parFiles = paths.filter((p) => /^par\/[^/]+\.csv$/i.test(p));
  const parYears = new Map<number, string>();
  for (const path of parFiles) {
    const year = Number(/^par\/(\d{4})(?=\D|$)/.exec(path)?.[1] ?? NaN);
    if (!Number.isInteger(year)) {
      at(path, 1, 1, "no-year", "Tên tệp phải bắt đầu bằng năm, ví dụ par/2022.csv", "The file name must start with the year, e.g. par/2022.csv");
      continue;
    }
    if (parYears.has(year)) {
      at(path, 1, 1, "duplicate-year", `Năm ${year} đã có tệp ${parYears.get(year)}`, `Year ${year} already has the file ${parYears.get(year)}`);
      continue;
    }
    parYears.set(year, path);
    const defs = fieldRecords
      .filter(({ value: f }) => f.from_year <= year && (f.to_year === null || year <= f.to_year))
      .map(({ value: f }): FieldDef => ({ year, order: f.order, code: f.code, name: f.name, shortName: f.short_name, max: f.max, aliases: f.aliases, source: f.source }))
      .sort((a, b) => a.order - b.order);
    if (defs.length === 0) {
      at(path, 1, 1, "no-definitions", `Chưa có định nghĩa lĩnh vực cho năm ${year} trong ${FILES.fields}`, `No field definitions for ${year} in ${FILES.fields}`);
      continue;
    }
    const repeated = defs.find((d, i) => defs.findIndex((e) => e.code === d.code) !== i);
    if (repeated) {
      at(FILES.fields, 1, 1, "duplicate-field", `Lĩnh vực "${repeated.code}" được định nghĩa hai lần cho năm ${year}`, `Field "${repeated.code}" is defined twice for ${year}`);
      continue;
    }
    fields.push(...defs);
    const csv = await table(path, true);
    if (!csv) continue;
    const result = readResults(csv, {
      ...common(path, yearSpan(year), { vi: `năm ${year}`, en: String(year) }),
      values: defs.map((f) => ({ key: f.code, label: f.name, aliases: [f.shortName, f.code, ...f.aliases], max: f.max, percent: false, integer: false, required: true })),
      totalMax: defs.reduce((s, f) => s + f.max, 0),
      totalRequired: false,
    });
    diagnostics.push(...result.diagnostics);
    for (const row of result.rows) {
      const scores = row.values;
      const sum = defs.reduce((s, f) => s + scores[f.code]!, 0);
      if (row.total !== null && Math.abs(row.total - sum) > TOTAL_TOLERANCE + EPSILON) {
        at(
          path,
          row.line,
          row.columns.total!,
          "total-mismatch",
          `Tổng điểm ${viNumber(row.total)} khác tổng các lĩnh vực ${viNumber(sum)} (lệch ${viNumber(Math.abs(row.total - sum))}, quá ${viNumber(TOTAL_TOLERANCE)})`,
          `Total ${enNumber(row.total)} differs from the sum of the fields ${enNumber(sum)} (by ${enNumber(Math.abs(row.total - sum))}, more than ${enNumber(TOTAL_TOLERANCE)})`,
        );
        continue;
      }
      par.push({
        year, unitCode: row.unit.code, writtenName: row.writtenName, scores, total: row.total ?? round2(sum), totalPublished: row.total !== null,
        publishedRank: row.rank, publishedBand: row.band, sourceId: row.sourceId, note: row.note,
        location: { file: csv.file, line: row.line, columns: row.columns },
      });
    }
  }

  // Service-index tables, one per period.
  const groups: GroupDef[] = [];
  const service: ServiceRow[] = [];
  const servicePeriods = new Map<string, string>();
  for (const path of paths.filter((p) => /^service\/[^/]+\.csv$/i.test(p))) {
    const key = /^service\/(\d{4}(?:-(?:Q[1-4]|M(?:0[1-9]|1[0-2])|H[12]))?)(?=[^\dA-Za-z]|$)/i.exec(path)?.[1];
    const period = key ? parsePeriod(key.toUpperCase()) : null;
    if (!period) {
      at(path, 1, 1, "no-period", "Tên tệp phải bắt đầu bằng kỳ: 2023-Q1, 2023-M03, 2023-H1 hoặc 2023", "The file name must start with the period: 2023-Q1, 2023-M03, 2023-H1 or 2023");
      continue;
    }
    if (servicePeriods.has(period.key)) {
      at(path, 1, 1, "duplicate-period", `Kỳ ${period.key} đã có tệp ${servicePeriods.get(period.key)}`, `Period ${period.key} already has the file ${servicePeriods.get(period.key)}`);
      continue;
    }
    servicePeriods.set(period.key, path);
    const defs = groupRecords
      .filter(({ value: g }) => periodWithin(period, parsePeriod(g.from_period)!, g.to_period ? parsePeriod(g.to_period) : null))
      .map(({ value: g }): GroupDef => ({ period: period.key, order: g.order, code: g.code, name: g.name, shortName: g.short_name, max: g.max, aliases: g.aliases, source: g.source }))
      .sort((a, b) => a.order - b.order);
    if (defs.length === 0) {
      at(path, 1, 1, "no-definitions", `Chưa có định nghĩa nhóm chỉ số cho kỳ ${period.key} trong ${FILES.groups}`, `No group definitions for ${period.key} in ${FILES.groups}`);
      continue;
    }
    groups.push(...defs);
    const csv = await table(path, true);
    if (!csv) continue;
    const groupSpecs: ValueSpec[] = defs.map((g) => ({ key: g.code, label: g.name, aliases: [g.shortName, g.code, ...g.aliases], max: g.max, percent: false, integer: false, required: false }));
    const dossierSpecs: ValueSpec[] = dossierStats.map((d) => ({
      key: `dossier:${d.code}`, label: d.name, aliases: [d.code, ...d.aliases], max: d.unit === "percent" ? 100 : Infinity, percent: d.unit === "percent", integer: d.unit === "count", required: false,
    }));
    const result = readResults(csv, {
      ...common(path, periodSpan(period), { vi: lowerFirst(periodLabel(period)), en: period.key }),
      values: [...groupSpecs, ...dossierSpecs],
      totalMax: defs.reduce((s, g) => s + g.max, 0),
      totalRequired: true,
    });
    diagnostics.push(...result.diagnostics);
    for (const row of result.rows) {
      if (row.total === null) {
        at(path, row.line, row.columns.total!, "missing-value", "Tổng điểm: ô trống", "Total: empty cell");
        continue;
      }
      const groupValues = Object.fromEntries(defs.map((g) => [g.code, row.values[g.code] ?? null]));
      const present = Object.values(groupValues).filter((v): v is number => v !== null);
      const sum = present.reduce((s, v) => s + v, 0);
      // All groups given: they add up to the total. Some given: they cannot add up to more than it.
      const complete = present.length === defs.length;
      if ((complete && Math.abs(row.total - sum) > TOTAL_TOLERANCE + EPSILON) || (!complete && sum > row.total + TOTAL_TOLERANCE + EPSILON)) {
        at(
          path,
          row.line,
          row.columns.total!,
          "total-mismatch",
          complete
            ? `Tổng điểm ${viNumber(row.total)} khác tổng các nhóm ${viNumber(sum)} (lệch ${viNumber(Math.abs(row.total - sum))}, quá ${viNumber(TOTAL_TOLERANCE)})`
            : `Tổng điểm ${viNumber(row.total)} nhỏ hơn tổng các nhóm đã ghi ${viNumber(sum)}`,
          complete
            ? `Total ${enNumber(row.total)} differs from the sum of the groups ${enNumber(sum)} (by ${enNumber(Math.abs(row.total - sum))}, more than ${enNumber(TOTAL_TOLERANCE)})`
            : `Total ${enNumber(row.total)} is less than the sum of the groups given, ${enNumber(sum)}`,
        );
        continue;
      }
      const dossiers = Object.fromEntries(dossierStats.map((d) => [d.code, row.values[`dossier:${d.code}`] ?? null]));
      service.push({
        period: period.key, unitCode: row.unit.code, writtenName: row.writtenName, total: row.total, groups: groupValues,
        publishedRank: row.rank, dossiers, sourceId: row.sourceId, note: row.note,
        location: { file: csv.file, line: row.line, columns: row.columns },
      });
    }
  }

  for (const path of paths) {
    if (/\.(csv|txt)$/i.test(path) && !Object.values(FILES).includes(path as never) && !parFiles.includes(path) && !/^service\//i.test(path)) {
      diagnostics.push(warning({ file: files.display(path), line: 1, column: 1, code: "unused-file", vi: "Tệp không được dùng (không nằm trong par/ hoặc service/)", en: "The file is not used (not under par/ or service/)" }));
    }
  }

  function common(path: string, span: DateSpan, spanLabel: { vi: string; en: string }): Omit<ResultOptions, "values" | "totalMax" | "totalRequired"> {
    return { roleAliases, units: index, span, spanLabel, sources: sourceById, defaultSource: sourceFor(path) };
  }

  const statedTable = await table(FILES.statedRanks, false);
  const stated = statedTable ? statedRanks(statedTable, { sources: sourceById, fields, par }) : { stated: [], diagnostics: [] };
  diagnostics.push(...stated.diagnostics);

  const unique = dedupe(diagnostics);
  const partial: Dataset = {
    units, sources, fields, groups, bands, dossierStats, statedRanks: stated.stated,
    par: par.sort((a, b) => a.year - b.year || a.unitCode.localeCompare(b.unitCode)),
    service: service.sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!) || a.unitCode.localeCompare(b.unitCode)),
  };
  return { dataset: hasErrors(unique) ? null : partial, partial, diagnostics: unique };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.vi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
