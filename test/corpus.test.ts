/**
 * The corpus of bad and awkward input (test/fixtures/, made by
 * scripts/make-fixtures.ts): each case read over the project's configuration,
 * and its outcome compared with the one written by hand in its expected.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/data/diagnostic.ts";
import type { Dataset } from "../src/data/types.ts";
import { configFiles, read } from "./helpers.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

interface Expected {
  about: string;
  outcome: "accept" | "warning" | "error";
  diagnostics: string[];
  words: Record<string, string[]>;
  values: [string, string, number | string][];
}

function files(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name === "expected.json") continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path).split(sep).join("/")] = readFileSync(path);
  }
  return out;
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

const cases = readdirSync(FIXTURES).filter((d) => /^\d\d-/.test(d)).sort();

describe("corpus of bad and awkward input", () => {
  it("has at least 40 cases, of each outcome", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const outcomes = cases.map((c) => (JSON.parse(readFileSync(join(FIXTURES, c, "expected.json"), "utf8")) as Expected).outcome);
    expect(new Set(outcomes)).toEqual(new Set(["accept", "warning", "error"]));
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const r = await read(files(dir), configFiles());

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
    for (const [where, key, value] of expected.values) expect(valueAt(r.partial, where, key), `${where} ${key}`).toEqual(value);
    // Whatever is accepted is NFC.
    for (const row of [...r.partial.par, ...r.partial.service]) expect(row.writtenName).toBe(row.writtenName.normalize("NFC"));
  });
});
