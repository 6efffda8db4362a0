/** Test helpers: a data directory in memory, built on the real definitions of data/. */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { formatDiagnostic, type Diagnostic } from "../src/data/diagnostic.ts";
import { readDataset, type DataFiles } from "../src/data/read.ts";
import { STATED_RANKS_FILE } from "../src/data/stated-ranks.ts";
import { buildModel } from "../src/model/model.ts";

export const DATA = join(import.meta.dirname, "..", "data");

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** The project's configuration files (units, sources, definitions), without any results table. */
export function configFiles(): Record<string, string | Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  // Not published-ranks.csv: it states ranks of the demo's results, which these tables do not hold; not lineage.csv: its
  // codes are the demo's units', which a case's own units.csv replaces.
  const own = (path: string) => /^(par|service)\//.test(path) || path === STATED_RANKS_FILE || path === "lineage.csv";
  for (const path of walk(DATA)) if (!own(path) && path.endsWith(".csv")) out[path] = readFileSync(join(DATA, path));
  return out;
}

/** The demo data directory as it is on disk. */
export function demoFiles(): Record<string, string | Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const path of walk(DATA)) if (path.endsWith(".csv")) out[path] = readFileSync(join(DATA, path));
  return out;
}

export function memoryFiles(files: Record<string, string | Uint8Array>): DataFiles {
  return {
    list: async () => Object.keys(files),
    read: async (path) => {
      const f = files[path];
      return f === undefined ? null : typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    display: (path) => path,
  };
}

/** Reads config + the given tables; returns the result and every diagnostic (reader's and model's) formatted. */
export async function read(tables: Record<string, string | Uint8Array>, config = configFiles()) {
  const result = await readDataset(memoryFiles({ ...config, ...tables }));
  const model = result.dataset ? buildModel(result.dataset) : null;
  const diagnostics: Diagnostic[] = [...result.diagnostics, ...(model?.warnings ?? [])];
  return { ...result, model, diagnostics, messages: diagnostics.map(formatDiagnostic) };
}

/** The ten 2022 fields, in order, with a full-marks row helper. */
export const FIELD_HEADERS = [
  "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng chính quyền điện tử, chính quyền số",
  "Tác động của CCHC đến phát triển kinh tế - xã hội", "Đánh giá của các tổ chức đối với CCHC", "Chỉ số hài lòng của người dân, tổ chức",
];
export const MAXIMA = [15, 5, 18.5, 6, 11, 7, 11.5, 2, 14, 10];

/** Writes numbers the Vietnamese way. */
export const vn = (n: number) => String(n).replace(".", ",");

/**
 * A PAR table in the plainest published shape: `;`-separated, STT, name, ten
 * fields, total. `rows` are [name, scores] pairs; the total is the rounded sum.
 */
export function parTable(rows: [string, number[]][], options: { total?: boolean; extraHeader?: string[]; extra?: string[][] } = {}): string {
  const total = options.total ?? true;
  const header = ["STT", "Đơn vị", ...FIELD_HEADERS, ...(total ? ["Tổng điểm"] : []), ...(options.extraHeader ?? [])];
  const lines = [header.join(";")];
  rows.forEach(([name, scores], i) => {
    const sum = Math.round(scores.reduce((s, v) => s + v, 0) * 100) / 100;
    lines.push([String(i + 1), name, ...scores.map(vn), ...(total ? [vn(sum)] : []), ...(options.extra?.[i] ?? [])].join(";"));
  });
  return lines.join("\r\n") + "\r\n";
}

/** Scores of a commune at a given share of every field's maximum. */
export const at = (share: number) => MAXIMA.map((m) => Math.round(m * share * 100) / 100);
