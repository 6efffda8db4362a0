/** A title row that names another year is refused only when it does not name the file's own. */
import { describe, expect, it } from "vitest";
import { at, parTable, read } from "./helpers.ts";

const table = (title: string) => `${title}\r\n${parTable([["Xã Đồng Tâm", at(0.9)], ["Xã Hưng Long", at(0.8)]])}`;

describe("title rows and the file's year", () => {
  it("refuses a 2021 table saved as par/2022.csv", async () => {
    const r = await read({ "par/2022.csv": table("KẾT QUẢ CHỈ SỐ CCHC NĂM 2021") });
    expect(r.dataset).toBeNull();
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toContain("1:title-period-mismatch");
  });
  it("reads a title that names the file's year and, in passing, another", async () => {
    const r = await read({ "par/2022.csv": table("KẾT QUẢ CHỈ SỐ CCHC NĂM 2022 CỦA CÁC XÃ (đánh giá năm 2023)") });
    expect(r.messages).toEqual([]);
    expect(r.dataset).not.toBeNull();
  });
});
