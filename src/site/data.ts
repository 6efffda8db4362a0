/**
 * The one read of the data directory per build (DATA_DIR, else data/). The
 * build's gate (integration.ts) and the pages (load.ts) run in one process but
 * in two module graphs (Astro's config and the bundled pages), so the read is
 * kept on globalThis: the directory is read and checked once, not twice.
 */
import { describeFailure, formatIn, sortDiagnostics } from "../data/diagnostic.ts";
import { dataDir, diskFiles } from "../data/files.ts";
import { NOT_PUBLISHED, READER_FAILED } from "../data/messages/index.ts";
import { readDataset, type ReadResult } from "../data/read.ts";
import type { Dataset } from "../data/types.ts";

const READS = Symbol.for("cchc-dashboard.reads");
type Reads = Map<string, Promise<ReadResult>>;

/** Why nothing is published: every problem, or the unexpected failure, said in both languages before any detail. */
export class DataError extends Error {
  constructor(lines: string[], heading: string | null = `${NOT_PUBLISHED.vi} / ${NOT_PUBLISHED.en}:`) {
    super([...(heading ? [heading] : []), ...lines].join("\n"));
    this.name = "DataError";
  }
}

/** The directory read and checked, every problem sorted by place; a failure to read is a DataError that says so. */
export function readData(dir = dataDir()): Promise<ReadResult> {
  const reads: Reads = ((globalThis as Record<symbol, unknown>)[READS] as Reads | undefined) ?? new Map();
  (globalThis as Record<symbol, unknown>)[READS] = reads;
  let read = reads.get(dir);
  if (!read) {
    read = readDataset(diskFiles(dir)).then(
      (r) => ({ ...r, diagnostics: sortDiagnostics(r.diagnostics) }),
      (e: unknown) => {
        throw new DataError([describeFailure(e, READER_FAILED)], null);
      },
    );
    reads.set(dir, read);
  }
  return read;
}

/** The dataset, or a DataError that lists every problem as `file:line:column: message`. */
export async function loadDataset(dir = dataDir()): Promise<Dataset> {
  const { dataset, diagnostics } = await readData(dir);
  if (!dataset) throw new DataError(diagnostics.map((d) => formatIn(dir, d)));
  return dataset;
}
