/**
 * The line-accounting invariant (issue 8), as a fast-check property: after any
 * mutation of a good table with quotes, line breaks (CR, LF, CRLF) and
 * separators, every physical line of the file is a data row, a recognised
 * non-data line (title, header, blank, footnote, total/average), or an error that
 * a diagnostic reports; and the counts add up to the file's line count, which the
 * test counts on its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDataset } from "../src/data/read.ts";
import type { LineKind } from "../src/data/table.ts";
import { at, configFiles, memoryFiles, parTable } from "./helpers.ts";

const CONFIG = configFiles();
const FILE = "par/2022.csv";
const GOOD = parTable(
  [
    ["Xã Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]],
    ["Xã Hưng Long", at(0.8)],
    ["Thị trấn Ninh Giang", at(0.9)],
    ["Xã Văn Hội", at(0.7)],
  ],
  { extraHeader: ["Ghi chú"], extra: [["Tốt"], [""], ["cần cố gắng"], [""]] },
);
const TITLED = `UBND HUYỆN NINH GIANG\r\nKẾT QUẢ CHỈ SỐ CCHC NĂM 2022\r\n\r\n${GOOD};Trung bình;12;4;15;5;9;5;9;1,5;11;8;79,5;\r\nGhi chú: số liệu thử\r\n`;

const KINDS: LineKind[] = ["title", "header", "blank", "footnote", "summary", "data", "error"];

/** Physical lines as the test counts them: text between CR, LF or CRLF; a last line without a break counts. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

const piece = fc.constantFrom('"', '""', '"Tốt"', "\r", "\n", "\r\n", ";", ",", "\t", ";;", "\r\n\r\n", "Trung bình;", "x");
const mutation = fc.record({ at: fc.nat(), text: piece, drop: fc.nat({ max: 3 }) });

/** Inserts text anywhere, or (for a quote at a cell's start, where it opens a quoted cell) right after a separator. */
function mutate(text: string, mutations: { at: number; text: string; drop: number }[]): string {
  let t = text;
  for (const m of mutations) {
    let i = m.at % (t.length + 1);
    if (m.text.startsWith('"') && m.drop % 2 === 0) {
      const separators = [...t.matchAll(/;/g)].map((x) => x.index + 1);
      if (separators.length > 0) i = separators[m.at % separators.length]!;
    }
    t = t.slice(0, i) + m.text + t.slice(i + (m.drop > 1 ? 0 : m.drop));
  }
  return t;
}

/** Checks the invariant on one text; returns the kinds for further checks. */
async function account(text: string): Promise<LineKind[]> {
  const r = await readDataset(memoryFiles({ ...CONFIG, [FILE]: text }));
  const kinds = r.lines.get(FILE);
  expect(kinds, "the file is accounted for").toBeDefined();
  const lines = linesOf(text);
  expect(kinds!.length).toBe(lines.length);
  const counts = Object.fromEntries(KINDS.map((k) => [k, kinds!.filter((x) => x === k).length]));
  expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(lines.length);
  const errors = r.diagnostics.filter((d) => d.file === FILE && d.severity === "error");
  const rows = r.partial.par.filter((p) => p.location.file === FILE);
  kinds!.forEach((kind, i) => {
    const line = i + 1;
    expect(KINDS, `${FILE}:${line}`).toContain(kind);
    // The block of lines of the same kind this line belongs to (a row may span lines).
    let start = line;
    while (start > 1 && kinds![start - 2] === kind) start--;
    let end = line;
    while (end < kinds!.length && kinds![end] === kind) end++;
    if (kind === "error") expect(errors.some((d) => d.line >= start && d.line <= end), `error line ${line} has a diagnostic`).toBe(true);
    if (kind === "data") expect(rows.some((p) => p.location.line >= start && p.location.line <= line), `data line ${line} is a row`).toBe(true);
    if (kind === "blank") expect(lines[i]!.replace(/[\s;,"]/g, ""), `blank line ${line}`).toBe("");
  });
  // A line that holds a whole row's worth of separators is never swallowed into another row's quoted cell.
  const width = GOOD.split("\r\n")[0]!.split(";").length;
  kinds!.forEach((kind, i) => {
    const starts = rows.some((p) => p.location.line === i + 1);
    if (kind === "data" && !starts) expect(lines[i]!.split(";").length * 2, `line ${i + 1} swallowed`).toBeLessThan(width);
  });
  // Every row read stands on a data line.
  for (const p of rows) expect(kinds![p.location.line - 1]).toBe("data");
  return kinds!;
}

describe("every physical line is accounted for", () => {
  it("in the good table: title, blank, header, data, summary, footnote", async () => {
    const kinds = await account(TITLED);
    expect(kinds).toEqual(["title", "title", "blank", "header", "data", "data", "data", "data", "summary", "footnote"]);
  });

  it("with CR-only, LF-only and mixed line breaks alike", async () => {
    for (const text of [TITLED.replace(/\r\n/g, "\r"), TITLED.replace(/\r\n/g, "\n"), TITLED.replace(/\r\n/, "\r").replace(/\r\n/, "\n")]) {
      expect(await account(text)).toEqual(["title", "title", "blank", "header", "data", "data", "data", "data", "summary", "footnote"]);
    }
  });

  it("after any mutation with quotes, line breaks and separators", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.boolean(), async (mutations, titled) => {
        await account(mutate(titled ? TITLED : GOOD, mutations));
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
