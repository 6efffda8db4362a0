/**
 * The one read of the data directory per build (DATA_DIR, else data/). The
 * build's gate (integration.ts) and the pages (load.ts) run in one process but
 * in two module graphs (Astro's config and the bundled pages), so the read is
 * kept on globalThis: the directory is read and checked once, not twice.
 */
import { formatDiagnostic, sortDiagnostics } from "../data/diagnostic.ts";
import { dataDir, diskFiles } from "../data/files.ts";
import { readDataset, type ReadResult } from "../data/read.ts";
import type { Dataset } from "../data/types.ts";

const READS = Symbol.for("cchc-dashboard.reads");
type Reads = Map<string, Promise<ReadResult>>;

/** The directory read and checked, every problem sorted by place. */
export function readData(dir = dataDir()): Promise<ReadResult> {
  const reads: Reads = ((globalThis as Record<symbol, unknown>)[READS] as Reads | undefined) ?? new Map();
  (globalThis as Record<symbol, unknown>)[READS] = reads;
  let read = reads.get(dir);
  if (!read) {
    read = readDataset(diskFiles(dir)).then((r) => ({ ...r, diagnostics: sortDiagnostics(r.diagnostics) }));
    reads.set(dir, read);
  }
  return read;
}

export class DataError extends Error {
  constructor(lines: string[]) {
    super(`Dữ liệu có lỗi, không xuất bản / The data has errors, nothing is published:\n${lines.join("\n")}`);
    this.name = "DataError";
  }
}

/** The dataset, or a DataError that lists every problem as `file:line:column: message`. */
export async function loadDataset(dir = dataDir()): Promise<Dataset> {
  const { dataset, diagnostics } = await readData(dir);
  if (!dataset) throw new DataError(diagnostics.map(formatDiagnostic));
  return dataset;
}
