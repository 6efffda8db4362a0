/**
 * Reads a data directory (see data/README.md) into a validated dataset and the
 * list of problems found. The file system is passed in (./files.ts gives the
 * real one), so tests read from memory and nothing here has side effects.
 * The phases: configuration (./config.ts), PAR tables (./par.ts), service-index
 * tables (./service.ts), then the files none of them used.
 */
import { FILES, readConfig } from "./config.ts";
import { hasErrors, type Diagnostic } from "./diagnostic.ts";
import { message } from "./messages.ts";
import { PAR_FILE, readParTables } from "./par.ts";
import { comparePeriods, parsePeriod } from "./period.ts";
import { Reading, type DataFiles } from "./reading.ts";
import { readServiceTables } from "./service.ts";
import type { Dataset } from "./types.ts";

export type { DataFiles };

export interface ReadResult {
  /** The dataset when there is no error, else null: nothing wrong is published. */
  dataset: Dataset | null;
  /** The same dataset as far as it could be read, errors or not (for the validator). */
  partial: Dataset;
  diagnostics: Diagnostic[];
}

export async function readDataset(files: DataFiles): Promise<ReadResult> {
  const reading = new Reading(files);
  const paths = (await files.list()).sort();
  const config = await readConfig(reading);
  const { fields, par } = await readParTables(reading, config, paths);
  const { groups, service } = await readServiceTables(reading, config, paths);
  reportUnused(reading, paths);

  const unique = dedupe(reading.diagnostics.list);
  const partial: Dataset = {
    units: config.units, sources: config.sources, fields, groups, bands: config.bands, dossierStats: config.dossierStats,
    par: par.sort((a, b) => a.year - b.year || a.unitCode.localeCompare(b.unitCode)),
    service: service.sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!) || a.unitCode.localeCompare(b.unitCode)),
  };
  return { dataset: hasErrors(unique) ? null : partial, partial, diagnostics: unique };
}

/** Tables that no phase read: outside par/ and service/, and not configuration. */
function reportUnused(reading: Reading, paths: readonly string[]): void {
  const config: readonly string[] = Object.values(FILES);
  for (const path of paths) {
    if (/\.(csv|txt)$/i.test(path) && !config.includes(path) && !PAR_FILE.test(path) && !/^service\//i.test(path)) {
      reading.diagnostics.warning(reading.place(path), message("unused-file"));
    }
  }
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
