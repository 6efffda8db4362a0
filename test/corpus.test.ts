/**
 * The corpus of bad and awkward input (test/fixtures/, made by
 * scripts/make-fixtures.ts): each case laid over the project's configuration in
 * a directory on disk (links and folders included), read as the build reads it,
 * and its outcome compared with the one written by hand in its expected.json.
 * Every physical line of every results table read is accounted for.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { physicalLines } from "../src/data/csv.ts";
import type { Diagnostic } from "../src/data/diagnostic.ts";
import { decode } from "../src/data/encoding.ts";
import { diskFiles } from "../src/data/files.ts";
import { readDataset } from "../src/data/read.ts";
import type { Dataset } from "../src/data/types.ts";
import { buildModel } from "../src/model/model.ts";
import { configFiles } from "./helpers.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

interface Expected {
  about: string;
  outcome: "accept" | "warning" | "error";
  diagnostics: string[];
  words: Record<string, string[]>;
  values: [string, string, number | string][];
  absent: Record<string, string[]>;
}

const TEMP = mkdtempSync(join(tmpdir(), "cchc-corpus-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

/** The case over the configuration, in a directory of its own: links copied as links. */
function lay(name: string): string {
  const dir = join(TEMP, name);
  for (const [path, bytes] of Object.entries(configFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  cpSync(join(FIXTURES, name), dir, { recursive: true, verbatimSymlinks: true });
  rmSync(join(dir, "expected.json"));
  return dir;
}

async function read(dir: string) {
  const result = await readDataset(diskFiles(dir));
  const diagnostics: Diagnostic[] = [...result.diagnostics, ...(result.dataset ? buildModel(result.dataset).warnings : [])];
  return { ...result, diagnostics };
}

const short = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}`;

/** The value a row holds under a key: a field, group or dossier code, "total", "rank", "name" or "note". */
function valueAt(dataset: Dataset, where: string, key: string): number | string | null | undefined {
  const rows = [...dataset.par, ...dataset.service];
  const row = rows.find((r) => `${r.location.file}:${r.location.line}` === where);
  if (!row) return undefined;
  if (key === "name") return row.writtenName;
  if (key === "note") return row.note;
  if (key === "total") return row.total;
  if (key === "rank") return row.publishedRank;
  if ("scores" in row) return row.scores[key];
  return row.groups[key] ?? row.dossiers[key];
}

const cases = readdirSync(FIXTURES).filter((d) => /^\d{2,}-/.test(d)).sort();

describe("corpus of bad and awkward input", () => {
  it("has at least 40 cases, of each outcome", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    // No folder is left out unseen (case 100 once was, by a two-digit pattern).
    expect(readdirSync(FIXTURES).filter((d) => !cases.includes(d))).toEqual([]);
    const outcomes = cases.map((c) => (JSON.parse(readFileSync(join(FIXTURES, c, "expected.json"), "utf8")) as Expected).outcome);
    expect(new Set(outcomes)).toEqual(new Set(["accept", "warning", "error"]));
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const r = await read(lay(name));

    expect(r.diagnostics.map(short).sort()).toEqual([...expected.diagnostics].sort());
    const outcome = r.diagnostics.some((d) => d.severity === "error") ? "error" : r.diagnostics.length ? "warning" : "accept";
    expect(outcome).toBe(expected.outcome);
    // Nothing wrong is published: an error means no dataset at all.
    expect(r.dataset === null).toBe(outcome === "error");

    for (const d of r.diagnostics) {
      // Vietnamese first, English alongside.
      expect(d.vi.trim()).not.toBe("");
      expect(d.en.trim()).not.toBe("");
      expect(d.vi).not.toBe(d.en);
    }
    for (const [where, words] of Object.entries(expected.words)) {
      const d = r.diagnostics.find((x) => `${x.file}:${x.line}:${x.column}` === where);
      expect(d, where).toBeDefined();
      for (const w of words) expect(`${d!.vi} — ${d!.en}`).toContain(w);
    }
    for (const [where, words] of Object.entries(expected.absent)) {
      const d = r.diagnostics.find((x) => `${x.file}:${x.line}:${x.column}` === where)!;
      for (const w of words) expect(`${d.vi} — ${d.en}`).not.toContain(w);
    }
    for (const [where, key, value] of expected.values) expect(valueAt(r.partial, where, key), `${where} ${key}`).toEqual(value);
    // Published pages name files relative to the data directory.
    for (const d of r.diagnostics) expect(d.file.startsWith(TEMP)).toBe(false);

    // Every physical line of every table read: a data row, a recognised non-data line, or an error reported on it.
    for (const [file, kinds] of r.lines) {
      // A workbook's sheet ("par/2022.xlsx[2022]") is read from its file.
      const decoded = decode(readFileSync(join(TEMP, name, file.replace(/\[[^\]]*\]$/, ""))));
      if (decoded.ok) expect(kinds.length, file).toBe(physicalLines(decoded.text));
      kinds.forEach((kind, i) => {
        expect(kind, `${file}:${i + 1}`).toBeDefined();
        if (kind === "data") expect(r.partial.par.some((row) => row.location.file === file && row.location.line <= i + 1) || r.partial.service.some((row) => row.location.file === file)).toBe(true);
      });
      const errorLines = kinds.flatMap((k, i) => (k === "error" ? [i + 1] : []));
      for (const line of errorLines) expect(r.diagnostics.some((d) => d.file === file && d.severity === "error" && d.line <= line), `${file}:${line}`).toBe(true);
    }
    // Whatever is accepted is NFC.
    for (const row of [...r.partial.par, ...r.partial.service]) expect(row.writtenName).toBe(row.writtenName.normalize("NFC"));
  });
});
