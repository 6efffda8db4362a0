/**
 * The configuration of a data directory: units, sources, definitions (see
 * data/README.md), read and checked before any results table, and what the
 * results tables need of it.
 */
import { addDays, type DateSpan } from "./period.ts";
import type { Reading } from "./reading.ts";
import { message, type Text } from "./messages/index.ts";
import { readRecords, type Located } from "./records.ts";
import type { ResultOptions, Role } from "./results.ts";
import * as schema from "./schema.ts";
import type { Band, DossierStatDef, LineageEvent, Source, Unit } from "./types.ts";
import { STATED_RANKS_FILE } from "./stated-ranks.ts";
import { inForce, UnitIndex } from "./units.ts";
import { unitStarts } from "./unit-starts.ts";
import type { z } from "astro/zod";

export const FILES = {
  units: "units.csv",
  sources: "sources.csv",
  fields: "definitions/par-fields.csv",
  groups: "definitions/service-groups.csv",
  bands: "definitions/bands.csv",
  columns: "definitions/columns.csv",
  dossiers: "definitions/dossier-stats.csv",
  statedRanks: STATED_RANKS_FILE,
  lineage: "lineage.csv",
} as const;

const ROLES: Role[] = ["unit", "unit_code", "district", "order", "total", "rank", "band", "note", "source"];

/**
 * Headers a role is known by whatever columns.csv says: a province's table names each
 * unit's district under one of these ("Huyện, thị xã, thành phố").
 */
const BUILT_IN_ALIASES: Partial<Record<Role, string[]>> = {
  district: ["Huyện", "Quận/huyện", "Quận, huyện", "Đơn vị cấp huyện", "Huyện, thị xã, thành phố", "Huyện, thành phố, thị xã", "Quận, huyện, thị xã"],
};

export interface Config {
  units: Unit[];
  index: UnitIndex;
  lineage: LineageEvent[];
  sources: Source[];
  sourceById: Map<string, Source>;
  /** path → id of the source its rows default to (from applies_to). */
  defaultSource: Map<string, string>;
  roleAliases: Record<Role, string[]>;
  fieldRecords: Located<z.output<typeof schema.fieldRecord>>[];
  groupRecords: Located<z.output<typeof schema.groupRecord>>[];
  bands: Band[];
  dossierStats: DossierStatDef[];
}

async function records<S extends z.ZodType>(reading: Reading, path: string, s: S, required: boolean): Promise<Located<z.output<S>>[]> {
  const t = await reading.table(path, required);
  if (!t) return [];
  const r = readRecords(t, s);
  reading.diagnostics.add(r.diagnostics);
  return r.records;
}

export async function readConfig(reading: Reading): Promise<Config> {
  const unitRecords = await records(reading, FILES.units, schema.unitRecord, true);
  const sourceRecords = await records(reading, FILES.sources, schema.sourceRecord, true);
  const fieldRecords = await records(reading, FILES.fields, schema.fieldRecord, true);
  const groupRecords = await records(reading, FILES.groups, schema.groupRecord, false);
  const bandRecords = await records(reading, FILES.bands, schema.bandRecord, false);
  const columnRecords = await records(reading, FILES.columns, schema.columnRecord, true);
  const dossierRecords = await records(reading, FILES.dossiers, schema.dossierRecord, false);
  const lineageRecords = await records(reading, FILES.lineage, schema.lineageRecord, false);

  const units = readUnits(unitRecords);
  const lineage = readLineage(reading, new UnitIndex(units), unitRecords, lineageRecords);
  const starts = unitStarts(lineage);
  warnUnwrittenStarts(reading, units, starts);
  const index = new UnitIndex(units, starts);
  const { sources, defaultSource } = readSources(reading, sourceRecords);
  return {
    units,
    index,
    lineage,
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    defaultSource,
    roleAliases: readRoles(reading, columnRecords),
    fieldRecords,
    groupRecords,
    bands: bandRecords.map(({ value: b }) => ({ index: b.index, fromYear: b.from_year, toYear: b.to_year, minPercent: b.min_percent, label: b.label, note: b.note })),
    dossierStats: dossierRecords.map(({ value: d }) => ({ order: d.order, code: d.code, name: d.name, unit: d.unit, aliases: d.aliases })),
  };
}

function readUnits(records: Located<z.output<typeof schema.unitRecord>>[]): Unit[] {
  return records.map(({ value: u }) => ({
    code: u.code, name: u.name, kind: u.kind, provinceCode: u.province_code, provinceName: u.province_name,
    districtCode: u.district_code, districtName: u.district_name, validFrom: u.valid_from, validTo: u.valid_to, note: u.note,
  }));
}

/**
 * The lineage: lineage.csv's events, and units.csv's `merged_into` read as one whole
 * unit going in the day after it ends. Every code must be a unit of units.csv.
 */
function readLineage(
  reading: Reading,
  index: UnitIndex,
  units: Located<z.output<typeof schema.unitRecord>>[],
  records: Located<z.output<typeof schema.lineageRecord>>[],
): LineageEvent[] {
  const events: LineageEvent[] = [];
  // One move written twice (lineage.csv and merged_into, or two rows) is one move, and said so.
  const add = (e: LineageEvent, file: string, line: number) => {
    if (events.some((x) => x.date === e.date && x.oldCode === e.oldCode && x.newCode === e.newCode)) {
      reading.diagnostics.warning(reading.place(file, line), message("lineage-repeated", { old: e.oldCode, new: e.newCode, date: e.date }));
    } else events.push(e);
  };
  const check = (file: string, line: number, codes: string[]) => {
    const unknown = codes.find((c) => index.byCode(c).length === 0);
    if (unknown) reading.diagnostics.error(reading.place(file, line), message("lineage-unknown-code", { code: unknown }));
    return !unknown;
  };
  const inForceOn = (code: string, date: string) => index.byCode(code).some((u) => inForce(u, { from: date, to: date }));
  for (const { value: e, line } of records) {
    if (!check(FILES.lineage, line, [e.old_code, e.new_code])) continue;
    const [old, side] = !inForceOn(e.old_code, addDays(e.date, -1)) ? [e.old_code, "old"] : !inForceOn(e.new_code, e.date) ? [e.new_code, "new"] : [null, ""];
    if (old) reading.diagnostics.error(reading.place(FILES.lineage, line), message("lineage-not-in-force", { code: old, date: e.date, side }));
    else add({ date: e.date, oldCode: e.old_code, newCode: e.new_code, part: e.part, resolution: e.resolution, note: e.note }, FILES.lineage, line);
  }
  for (const { value: u, line } of units) {
    if (u.merged_into === null || !check(FILES.units, line, [u.merged_into])) continue;
    // A move needs its date: the day after the unit ends.
    if (u.valid_to === null) reading.diagnostics.error(reading.place(FILES.units, line), message("merged-without-end", { code: u.code, into: u.merged_into }));
    else add({ date: addDays(u.valid_to, 1), oldCode: u.code, newCode: u.merged_into, part: "full", resolution: "", note: u.note }, FILES.units, line);
  }
  return events;
}

/**
 * A code that takes in another unit names a new unit from that day (./unit-starts.ts); units.csv should say so with a
 * row of the code from that day. Without one the page would show the old name for the new unit: a warning says so.
 */
function warnUnwrittenStarts(reading: Reading, units: Unit[], starts: Map<string, string[]>): void {
  for (const [code, dates] of starts) {
    for (const date of dates) {
      if (units.some((u) => u.code === code && u.validFrom === date)) continue;
      reading.diagnostics.warning(reading.place(FILES.units), message("new-unit-without-row", { code, date }));
    }
  }
}

function readSources(reading: Reading, records: Located<z.output<typeof schema.sourceRecord>>[]) {
  const sources: Source[] = [];
  const defaultSource = new Map<string, string>();
  for (const { value: s, line } of records) {
    if (sources.some((x) => x.id === s.id)) {
      reading.diagnostics.error(reading.place(FILES.sources, line), message("duplicate-source", { id: s.id }));
      continue;
    }
    for (const path of s.applies_to) {
      const other = defaultSource.get(path);
      if (other) reading.diagnostics.error(reading.place(FILES.sources, line), message("duplicate-default-source", { path, other }));
      else defaultSource.set(path, s.id);
    }
    sources.push({
      id: s.id, kind: s.kind, number: s.number, date: s.date, issuer: s.issuer, title: s.title, url: s.url, appliesTo: s.applies_to, note: s.note,
    });
  }
  return { sources, defaultSource };
}

function readRoles(reading: Reading, records: Located<z.output<typeof schema.columnRecord>>[]): Record<Role, string[]> {
  const roleAliases = Object.fromEntries(
    ROLES.map((role) => [role, [...records.filter((c) => c.value.role === role).flatMap((c) => c.value.aliases), ...(BUILT_IN_ALIASES[role] ?? [])]]),
  ) as Record<Role, string[]>;
  if (roleAliases.unit.length === 0) reading.diagnostics.error(reading.place(FILES.columns), message("missing-role"));
  return roleAliases;
}

/** What every results table shares of the configuration, for the file at `path` covering `span`. */
export function resultOptions(config: Config, path: string, span: DateSpan, spanLabel: Text): Omit<ResultOptions, "values" | "totalMax" | "totalRequired"> {
  // The file's own default source, else its folder's, else the folder above (par/2022/x.csv → par/2022/ → par/).
  const folders = path.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, parts.length - i).join("/") + "/");
  const defaultSource = [path, ...folders].map((p) => config.defaultSource.get(p)).find((id) => id !== undefined) ?? null;
  return { roleAliases: config.roleAliases, units: config.index, span, spanLabel, sources: config.sourceById, defaultSource };
}
