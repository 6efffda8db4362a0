/**
 * Property tests (fast-check) of the reader and the validator: random mutations
 * of good tables never crash them, and never produce a number that is not in the
 * input: every figure read is a cell of the file, read the way cells are read.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/data/csv.ts";
import { decode } from "../src/data/encoding.ts";
import { readDataset } from "../src/data/read.ts";
import type { Dataset } from "../src/data/types.ts";
import { buildModel } from "../src/model/model.ts";
import { at, configFiles, memoryFiles, parTable } from "./helpers.ts";

const CONFIG = configFiles();
const GOOD_PAR = parTable(
  [
    ["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]],
    ["Xã Hưng Long", at(0.8)],
    ["Thị trấn Ninh Giang", at(0.9)],
  ],
  { extraHeader: ["Xếp hạng"], extra: [["2"], ["3"], ["1"]] },
);
const GOOD_SERVICE = [
  "STT;Đơn vị;Tổng điểm;CKMB;TDGQ;MDSH;Cung cấp dịch vụ trực tuyến;MDHL;Xếp hạng;Tiếp nhận;Thanh toán trực tuyến",
  "1;Xã Đồng Tâm;65,67;;;;;;1;192;84,89",
  "2;Xã Hưng Long;60;10;12;13;15;10;2;1.234;50%",
].join("\r\n");

/** Pieces a clerk's table (or a corrupted file) is made of. */
const piece = fc.oneof(
  fc.constantFrom("", " ", ";", ",", ".", "\"", "\r\n", "\n", "-", "+", "%", "=", "NaN", "Infinity", "1.577", "1,577", "1.234,5", "87,75", "99999", "-0", "#N/A", "Xã", "Đồng Tâm", "\u0301", "\ufeff", "\u00a0", "<script>", "ñoàng"),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -50, max: 200 }).map(String),
  fc.double({ min: -100, max: 1000, noNaN: true }).map((d) => String(d).replace(".", ",")),
);

type Mutation = { kind: "cell" | "insert" | "delete"; at: number; length: number; text: string };
const mutation = fc.record({
  kind: fc.constantFrom("cell", "insert", "delete"),
  at: fc.nat(),
  length: fc.nat({ max: 12 }),
  text: piece,
}) as fc.Arbitrary<Mutation>;

/** Applies mutations to a table's text: replace one cell, insert text anywhere, delete a stretch. */
function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    if (m.kind === "cell") {
      const lines = t.split("\r\n");
      const line = m.at % lines.length;
      const cells = lines[line]!.split(";");
      cells[Math.floor(m.at / lines.length) % cells.length] = m.text;
      lines[line] = cells.join(";");
      t = lines.join("\r\n");
    } else if (m.kind === "insert") {
      const i = m.at % (t.length + 1);
      t = t.slice(0, i) + m.text + t.slice(i);
    } else {
      const i = m.at % (t.length + 1);
      t = t.slice(0, i) + t.slice(i + m.length);
    }
  }
  return t;
}

/**
 * Whether a number is written in a cell, checked as text (independent of the
 * reader's own parsing): the cell, without spaces, sign "+", "%", leading zeros or
 * decimal trailing zeros, is one of the ways the number is written, with a decimal
 * comma or point, with or without thousands separators.
 */
function writtenIn(value: number, cell: string): boolean {
  const forms = new Set<string>();
  const en = String(value === 0 ? 0 : value);
  const [int, frac] = en.replace("-", "").split(".");
  const sign = value < 0 ? "-" : "";
  const grouped = (sep: string) => int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  for (const [thousands, decimal] of [["", "."], ["", ","], [".", ","], [",", "."]] as const) {
    forms.add(sign + grouped(thousands) + (frac ? decimal + frac : ""));
  }
  const bare = cell.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "").replace(/^\+/, "").replace(/^\u2212/, "-").replace(/^(-?)0+(?=\d)/, "$1");
  const candidates = [bare, bare.replace(/([.,]\d*?)0+$/, "$1").replace(/[.,]$/, ""), bare === "-0" ? "0" : bare];
  return candidates.some((c) => forms.has(c));
}

/** The numbers a dataset holds that no cell of the input reads as, at the row and column they came from. */
function invented(dataset: Dataset, inputs: Record<string, string>): string[] {
  const problems: string[] = [];
  const rowsOf = new Map<string, Map<number, string[]>>();
  for (const [file, text] of Object.entries(inputs)) {
    const decoded = decode(new TextEncoder().encode(text));
    if (!decoded.ok) continue;
    rowsOf.set(file, new Map(parseCsv(file, decoded.text).rows.map((r) => [r.line, r.cells])));
  }
  const check = (file: string, line: number, column: number | undefined, value: number, what: string) => {
    const cell = column === undefined ? undefined : rowsOf.get(file)?.get(line)?.[column - 1];
    if (cell === undefined || !writtenIn(value, cell)) problems.push(`${file}:${line} ${what}=${value} from cell ${JSON.stringify(cell)}`);
  };
  for (const r of dataset.par) {
    const { file, line, columns } = r.location;
    for (const [code, v] of Object.entries(r.scores)) if (v !== null) check(file, line, columns[code], v, code);
    if (r.totalPublished) check(file, line, columns.total, r.total, "total");
    else {
      const sum = Math.round(Object.values(r.scores).reduce((s, v) => s! + v!, 0)! * 100) / 100;
      if (Math.abs(sum - r.total) > 1e-9) problems.push(`${file}:${line} computed total ${r.total} is not the sum ${sum}`);
    }
    if (r.publishedRank !== null) check(file, line, columns.rank, r.publishedRank, "rank");
  }
  for (const r of dataset.service) {
    const { file, line, columns } = r.location;
    if (r.total !== null) check(file, line, columns.total, r.total, "total");
    for (const [code, v] of Object.entries(r.groups)) if (v !== null) check(file, line, columns[code], v, code);
    for (const [code, v] of Object.entries(r.dossiers)) if (v !== null) check(file, line, columns[`dossier:${code}`], v, code);
  }
  return problems;
}

async function readTables(tables: Record<string, string>) {
  return readDataset(memoryFiles({ ...CONFIG, ...tables }));
}

describe("the oracle", () => {
  it("finds a number written in a cell, whichever way it is written, and nothing else", () => {
    expect(writtenIn(87.75, "87,75")).toBe(true);
    expect(writtenIn(87.75, "87.750")).toBe(true);
    expect(writtenIn(1234.5, "1.234,5")).toBe(true);
    expect(writtenIn(1577, "1.577")).toBe(true);
    expect(writtenIn(1.577, "1.577")).toBe(true);
    expect(writtenIn(97.9, "97,9 %")).toBe(true);
    expect(writtenIn(-2.5, "\u22122,5")).toBe(true);
    expect(writtenIn(7, "007")).toBe(true);
    expect(writtenIn(1, "100")).toBe(false);
    expect(writtenIn(87.7, "87,75")).toBe(false);
    expect(writtenIn(12, "1,2")).toBe(false);
  });
});

describe("fuzzing the reader and the validator", () => {
  it("the good tables are read whole, and the property holds on them", async () => {
    const tables = { "par/2022.csv": GOOD_PAR, "service/2023-Q1.csv": GOOD_SERVICE };
    const r = await readTables(tables);
    expect(r.diagnostics).toEqual([]);
    expect(r.dataset!.par).toHaveLength(3);
    expect(r.dataset!.service).toHaveLength(2);
    expect(invented(r.dataset!, tables)).toEqual([]);
  });

  it("mutated tables never crash the reader, the validator or the model, and never yield a number not in the input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.array(mutation, { maxLength: 4 }), async (onPar, onService) => {
        const tables = { "par/2022.csv": mutate(GOOD_PAR, onPar), "service/2023-Q1.csv": mutate(GOOD_SERVICE, onService) };
        const r = await readTables(tables);
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.vi && d.en).toBeTruthy();
        }
        expect(invented(r.partial, tables)).toEqual([]);
        if (r.dataset) buildModel(r.dataset);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it("arbitrary bytes never crash the reader, and nothing is refused without an error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const r = await readDataset(memoryFiles({ ...CONFIG, "par/2022.csv": bytes }));
        // Either the bytes are a table that was read, or an error says why not.
        expect(r.dataset !== null || r.diagnostics.some((d) => d.severity === "error")).toBe(true);
        if (r.dataset) expect(r.dataset.par.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
