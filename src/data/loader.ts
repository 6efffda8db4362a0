/**
 * Astro content-layer loaders over the data directory. The directory is read and
 * checked once per build (DATA_DIR, else data/); any error stops the build with
 * every problem listed as `file:line:column: message`, so nothing wrong is
 * published. Warnings are logged and the build goes on.
 */
import { rm } from "node:fs/promises";
import type { Loader } from "astro/loaders";
import { describeFailure, formatIn, sortDiagnostics } from "./diagnostic.ts";
import { dataDir, diskFiles } from "./files.ts";
import { NOT_PUBLISHED, READER_FAILED } from "./messages.ts";
import { readDataset, type ReadResult } from "./read.ts";
import type { Dataset } from "./types.ts";

let reading: Promise<ReadResult> | null = null;

/** The one read of the data directory that every collection shares. */
export function readOnce(dir = dataDir()): Promise<ReadResult> {
  reading ??= readDataset(diskFiles(dir));
  return reading;
}

export class DataError extends Error {
  constructor(lines: string[], heading: string | null = `${NOT_PUBLISHED.vi} / ${NOT_PUBLISHED.en}:`) {
    super([...(heading ? [heading] : []), ...lines].join("\n"));
    this.name = "DataError";
  }
}

/** The read, or a DataError that says in both languages that reading failed, with the details: never a bare stack. */
async function readOrExplain(): Promise<ReadResult> {
  try {
    return await readOnce();
  } catch (e) {
    throw new DataError([describeFailure(e, READER_FAILED)], null);
  }
}


export const IDS: { [K in keyof Dataset]: (entry: Dataset[K][number]) => string } = {
  units: (u) => `${u.code}@${u.validFrom ?? ""}`,
  sources: (s) => s.id,
  fields: (f) => `${f.year}/${f.code}`,
  groups: (g) => `${g.period}/${g.code}`,
  bands: (b) => `${b.index}/${b.fromYear}/${b.minPercent}`,
  dossierStats: (d) => d.code,
  par: (r) => `${r.year}/${r.unitCode}`,
  service: (r) => `${r.period}/${r.unitCode}`,
};

export function datasetLoader(collection: keyof Dataset): Loader {
  return {
    name: `cchc-${collection}`,
    async load({ store, parseData, logger, config }) {
      // A site built earlier from other data must not be mistaken for this data's.
      const result = await readOrExplain().catch(async (e: unknown) => {
        await rm(config.outDir, { recursive: true, force: true });
        throw e;
      });
      const { dataset, diagnostics } = result;
      const sorted = sortDiagnostics(diagnostics);
      const dir = dataDir();
      if (!dataset) {
        await rm(config.outDir, { recursive: true, force: true });
        throw new DataError(sorted.map((d) => formatIn(dir, d)));
      }
      if (collection === "units") for (const d of sorted) logger.warn(formatIn(dir, d));
      store.clear();
      const id = IDS[collection] as (entry: unknown) => string;
      for (const entry of dataset[collection] as unknown as Record<string, unknown>[]) {
        const key = id(entry);
        store.set({ id: key, data: await parseData({ id: key, data: entry }) });
      }
    },
  };
}

