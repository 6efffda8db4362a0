/**
 * Reads a data directory (see data/README.md) into a validated dataset and the
 * list of problems found. The file system is passed in (./files.ts gives the
 * real one), so tests read from memory and nothing here has side effects.
 * The phases: configuration (./config.ts), PAR tables (./par-tables.ts), service-index
 * tables (./service-tables.ts), then every file and folder none of them read (./inventory.ts).
 */
import { readConfig } from "./config.ts";
import { error, hasErrors, sortDiagnostics, warning, type Diagnostic } from "./diagnostic.ts";
import { message } from "./messages/index.ts";
import { reportUnread } from "./inventory.ts";
import { readParTables } from "./par-tables.ts";
import { comparePeriods, parsePeriod } from "./period.ts";
import { Reading, type DataFiles } from "./reading.ts";
import { readServiceTables } from "./service-tables.ts";
import { Scopes } from "./scope.ts";
import { readStatedRanks } from "./stated-ranks.ts";
import type { LineKind } from "./table.ts";
import type { Dataset } from "./types.ts";

export type { DataFiles };

export interface ReadResult {
  /** The dataset when there is no error, else null: nothing wrong is published. */
  dataset: Dataset | null;
  /** The same dataset as far as it could be read, errors or not (for the validator). */
  partial: Dataset;
  diagnostics: Diagnostic[];
  /** Each results table's physical lines, each a data row, a recognised non-data line or an error (see ./table.ts). */
  lines: Map<string, LineKind[]>;
}

/** Diagnostics listed per file; past this many, one more says how many were left out. */
export const MAX_PER_FILE = 50;

export async function readDataset(files: DataFiles): Promise<ReadResult> {
  const reading = new Reading(files);
  const paths = (await files.list()).sort();
  const config = await readConfig(reading);
  const scopes = new Scopes();
  const { fields, par } = await readParTables(reading, config, scopes, paths);
  const { groups, service } = await readServiceTables(reading, config, scopes, paths);
  const statedRanks = await readStatedRanks(reading, { sources: config.sourceById, fields, par });
  await reportUnread(reading, paths);

  const unique = limitPerFile(dedupe(reading.diagnostics.list), MAX_PER_FILE);
  const partial: Dataset = {
    units: config.units, sources: config.sources, fields, groups, bands: config.bands, dossierStats: config.dossierStats, statedRanks,
    lineage: config.lineage, scopes: scopes.list,
    par: par.sort((a, b) => a.year - b.year || a.unitCode.localeCompare(b.unitCode)),
    service: service.sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!) || a.unitCode.localeCompare(b.unitCode)),
  };
  return { dataset: hasErrors(unique) ? null : partial, partial, diagnostics: unique, lines: reading.accounts };
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

/** The first `max` diagnostics of each file (by line), and for a file with more, one error counting the rest. */
function limitPerFile(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= max) {
      for (const d of list) out.push(d);
      continue;
    }
    const sorted = sortDiagnostics(list);
    for (const d of sorted.slice(0, max)) out.push(d);
    const rest = sorted.slice(max);
    const place = { file, line: rest[0]!.line, column: rest[0]!.column };
    const more = { ...place, ...message("more-errors", { count: rest.length }) };
    out.push(hasErrors(rest) ? error(more) : warning(more));
  }
  return out;
}
