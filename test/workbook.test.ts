/** A workbook's sheet as rows and cells (src/data/workbook.ts), and how a message names its cells. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/data/diagnostic.ts";
import { readWorkbook } from "../src/data/workbook.ts";

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("a workbook read", () => {
  it("names a sheet's cell as Excel writes it, then line and column", () => {
    const d = { severity: "error" as const, file: "par/2023.xlsx[Bảng điểm]", line: 12, column: 3, code: "not-a-number", vi: "Không phải là số", en: "Not a number" };
    expect(formatDiagnostic(d)).toBe("par/2023.xlsx[Bảng điểm]!C12:12:3: lỗi/error [not-a-number]: Không phải là số — Not a number");
    expect(formatDiagnostic({ ...d, file: "par/2023.csv" })).toMatch(/^par\/2023\.csv:12:3: /);
  });

  it("keeps row N as line N, blank rows included; numbers exact, percentages as the table means them, text as typed", async () => {
    const bytes = await book((wb) => {
      const s = wb.addWorksheet("Sheet1");
      s.getCell("A1").value = "Tiêu đề";
      s.getCell("B4").value = 0.1 + 0.2;
      s.getCell("C4").value = 0.979;
      s.getCell("C4").numFmt = "0.0%";
      s.getCell("D4").value = "1.577";
      s.getCell("E4").value = { richText: [{ text: "Xã " }, { text: "Đồng Tâm" }] };
    });
    const { table, diagnostics } = await readWorkbook("service/2023-Q1.xlsx", bytes);
    expect(diagnostics).toEqual([]);
    expect(table!.file).toBe("service/2023-Q1.xlsx[Sheet1]");
    expect(table!.rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    const row = table!.rows[3]!;
    expect(row.typed![1]).toEqual({ kind: "number", value: 0.1 + 0.2 });
    expect(row.typed![2]).toEqual({ kind: "number", value: 97.9 });
    expect(row.typed![3]).toBeUndefined();
    expect(row.cells.slice(3)).toEqual(["1.577", "Xã Đồng Tâm"]);
  });

  it("does not read a hidden sheet, nor count it as a choice", async () => {
    const bytes = await book((wb) => {
      wb.addWorksheet("Danh mục", { state: "hidden" }).addRow(["Xã A"]);
      wb.addWorksheet("Sheet1").addRow(["STT", "Đơn vị"]);
    });
    const { table } = await readWorkbook("par/2023.xlsx", bytes);
    expect(table!.file).toBe("par/2023.xlsx[Sheet1]");
    expect(table!.diagnostics).toEqual([]);
  });
});
