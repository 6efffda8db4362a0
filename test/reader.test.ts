/**
 * The reader on tables as Vietnamese offices export them, and each error the
 * data contract names, with its file, line and column.
 */
import { describe, expect, it } from "vitest";
import { at, FIELD_HEADERS, parTable, read } from "./helpers.ts";

const TWO = parTable([
  ["Xã Đồng Tâm", at(0.9)],
  ["Xã Hưng Long", at(0.8)],
]);

/** Ranks and totals of the 2022 rows read, by unit code. */
async function totals(tables: Record<string, string | Uint8Array>) {
  const r = await read(tables);
  expect(r.messages).toEqual([]);
  return Object.fromEntries(r.dataset!.par.map((row) => [row.unitCode, row.total]));
}

describe("reading tables as offices export them", () => {
  it("reads UTF-8 with and without BOM", async () => {
    const plain = await totals({ "par/2022.csv": TWO });
    const bom = await totals({ "par/2022.csv": "\ufeff" + TWO });
    expect(plain).toEqual({ "11203": 90, "11233": 80 });
    expect(bom).toEqual(plain);
  });

  it("reads UTF-16 (Excel's Unicode text, tab-separated)", async () => {
    const text = TWO.replace(/;/g, "\t");
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await totals({ "par/2022.csv": bytes })).toEqual({ "11203": 90, "11233": 80 });
  });

  it("reads `,` separators with quoted decimal commas", async () => {
    const comma = TWO.split("\r\n")
      .map((line) => line.split(";").map((c) => (c.includes(",") ? `"${c}"` : c)).join(","))
      .join("\r\n");
    expect(await totals({ "par/2022.csv": comma })).toEqual({ "11203": 90, "11233": 80 });
  });

  it("reads decimal points when the file uses them", async () => {
    expect(await totals({ "par/2022.csv": TWO.replace(/(\d),(\d)/g, "$1.$2") })).toEqual({ "11203": 90, "11233": 80 });
  });

  it("maps headers with or without diacritics, in any case, with numbering and maxima", async () => {
    const ascii = FIELD_HEADERS.map((h, i) => `${i + 1}. ${h.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toUpperCase()} (xx điểm)`);
    const table = TWO.replace(FIELD_HEADERS.join(";"), ascii.join(";")).replace("Đơn vị", "DON VI").replace("Tổng điểm", "tổng điểm");
    expect(await totals({ "par/2022.csv": table })).toEqual({ "11203": 90, "11233": 80 });
  });

  it("matches names with or without Xã / Thị trấn, any case, any tone placement, NFC or NFD", async () => {
    const table = parTable([
      ["đồng tâm", at(0.9)],
      ["TT. Ninh Giang", at(0.85)],
      ["UBND xã Ứng Hòe".normalize("NFD"), at(0.8)], // units.csv writes "Ứng Hoè"
      ["XÃ HƯNG LONG", at(0.7)],
    ]);
    const r = await read({ "par/2022.csv": table });
    expect(r.messages).toEqual([]);
    expect(r.dataset!.par.map((p) => p.unitCode).sort()).toEqual(["11155", "11161", "11203", "11233"]);
    // Names are kept as written, but in NFC.
    expect(r.dataset!.par.find((p) => p.unitCode === "11161")!.writtenName).toBe("UBND xã Ứng Hòe".normalize("NFC"));
  });

  it("skips title rows, the STT column, blank rows and footnotes", async () => {
    const table = [
      "UBND HUYỆN NINH GIANG;;",
      "KẾT QUẢ CHỈ SỐ CCHC NĂM 2022, CẤP XÃ;;",
      "",
      TWO.trimEnd(),
      ";;",
      "Ghi chú: số liệu minh họa;;",
      "Người lập biểu;;",
    ].join("\r\n");
    const r = await read({ "par/2022.csv": table });
    expect(r.messages).toEqual([]);
    expect(r.dataset!.par.map((p) => p.location.line)).toEqual([5, 6]);
  });

  it("reads a header over two rows (merged cells)", async () => {
    const top = ["STT", "Đơn vị", "Điểm các lĩnh vực", ...FIELD_HEADERS.slice(1).map(() => ""), "Tổng điểm"].join(";");
    const bottom = ["", "", ...FIELD_HEADERS, ""].join(";");
    const body = TWO.split("\r\n").slice(1).join("\r\n");
    const r = await read({ "par/2022.csv": `${top}\r\n${bottom}\r\n${body}` });
    expect(r.messages).toEqual([]);
    expect(r.dataset!.par).toHaveLength(2);
  });

  it("keeps line numbers right when a quoted name spans lines", async () => {
    const table = TWO.replace("Xã Hưng Long", '"Xã Hưng\nLong"');
    const r = await read({ "par/2022.csv": table });
    expect(r.messages).toEqual([]);
    const broken = table.replace("Xã Đồng Tâm", '"Xã Đồng\nTâm"').replace(/(Hưng\nLong";)([\d,]+)/, "$1x");
    const r2 = await read({ "par/2022.csv": broken });
    // Đồng Tâm's row starts on line 2 and spans two; Hưng Long's starts on line 4.
    expect(r2.messages).toEqual([expect.stringMatching(/^par\/2022\.csv:4:3: lỗi\/error \[not-a-number\]/)]);
  });

  it("computes the total when the table has none, rounded to two decimals", async () => {
    const r = await read({ "par/2022.csv": parTable([["Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]]], { total: false }) });
    expect(r.messages).toEqual([]);
    expect(r.dataset!.par[0]!.total).toBe(87.75);
    expect(r.dataset!.par[0]!.totalPublished).toBe(false);
  });

  it("accepts a total within rounding (0,01) of its fields", async () => {
    const table = parTable([["Đồng Tâm", [11.84, 4.75, 16.62, 6, 11, 5, 10.19, 1.577, 11.49, 9.28]]]);
    expect(table).toContain(";87,75\r\n"); // 87,747 published as 87,75
    expect((await read({ "par/2022.csv": table })).messages).toEqual([]);
  });
});

describe("errors, each at its file, line and column", () => {
  const expectOnly = async (tables: Record<string, string>, pattern: RegExp) => {
    const r = await read(tables);
    expect(r.messages).toEqual([expect.stringMatching(pattern)]);
    expect(r.dataset).toBeNull();
  };

  it("an unknown commune", async () => {
    await expectOnly({ "par/2022.csv": TWO.replace("Xã Hưng Long", "Xã Không Có") }, /^par\/2022\.csv:3:2: lỗi\/error \[unknown-unit\]: Không có đơn vị "Xã Không Có"/);
  });

  it("a missing field column", async () => {
    const table = TWO.split("\r\n")
      .map((line) => line.split(";").filter((_, i) => i !== 7).join(";"))
      .join("\r\n");
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:1:1: lỗi\/error \[missing-column\]: Thiếu cột "Cải cách tài chính công"/);
  });

  it("an unknown column", async () => {
    const table = TWO.replace("Tổng điểm", "Tổng điểm;Điểm thưởng").replace(/(\r\n\d;[^\r]*)/g, "$1;1");
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:1:14: lỗi\/error \[unknown-column\]: Cột không xác định: "Điểm thưởng"/);
  });

  it("a value that is not a number", async () => {
    await expectOnly({ "par/2022.csv": TWO.replace(";4,5;", ";bốn;") }, /^par\/2022\.csv:2:4: lỗi\/error \[not-a-number\]: Cải cách thể chế: Không phải là số: "bốn"/);
  });

  it("a negative score", async () => {
    const table = parTable([["Xã Đồng Tâm", [-1, ...at(0.9).slice(1)]]]);
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:2:3: lỗi\/error \[out-of-range\]: Công tác chỉ đạo, điều hành CCHC: điểm âm: "-1"/);
  });

  it("a score above the field's maximum", async () => {
    const table = parTable([["Xã Đồng Tâm", [...at(0.9).slice(0, 2), 19, ...at(0.9).slice(3)]]]);
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:2:5: lỗi\/error \[out-of-range\]: Cải cách thủ tục hành chính: vượt tối đa 18,5: "19"/);
  });

  it("a commune twice in one table", async () => {
    const table = parTable([
      ["Xã Đồng Tâm", at(0.9)],
      ["Xã Hưng Long", at(0.8)],
      ["Đồng Tâm", at(0.7)],
    ]);
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:4:2: lỗi\/error \[duplicate-unit\]: Xã Đồng Tâm, huyện Ninh Giang có hai dòng trong bảng \(dòng 2 và dòng 4\)/);
  });

  it("a total that differs from the sum of its fields by more than 0,01", async () => {
    const table = TWO.replace(";90\r\n", ";90,02\r\n");
    await expectOnly({ "par/2022.csv": table }, /^par\/2022\.csv:2:13: lỗi\/error \[total-mismatch\]: Tổng điểm 90,02 khác tổng các lĩnh vực 90 \(lệch 0,02, quá 0,01\)/);
  });

  it("an empty score cell", async () => {
    await expectOnly({ "par/2022.csv": TWO.replace(";4,5;", ";;") }, /^par\/2022\.csv:2:4: lỗi\/error \[missing-value\]: Cải cách thể chế: ô trống/);
  });

  it("a year with no definitions", async () => {
    await expectOnly({ "par/2019.csv": TWO }, /^par\/2019\.csv:1:1: lỗi\/error \[no-definitions\]/);
  });

  it("a file that is not UTF-8, named by its likely encoding", async () => {
    // "Xã Đồng Tâm" in TCVN3 (ABC): X · § å n g   T © m
    const bytes = new Uint8Array([...new TextEncoder().encode("STT;Đơn vị\r\n1;".normalize("NFD").replace(/\p{M}/gu, "")), 0x58, 0xb7, 0x20, 0xa7, 0xe5, 0x6e, 0x67, 0x20, 0x54, 0xa9, 0x6d]);
    const r = await read({ "par/2022.csv": bytes as unknown as string });
    expect(r.messages).toEqual([expect.stringMatching(/^par\/2022\.csv:2:1: lỗi\/error \[not-utf8\]: Tệp không phải UTF-8 \(có vẻ là mã TCVN3 \(ABC\)\)/)]);
  });

  it("stops at the first table with an error: nothing is published", async () => {
    const r = await read({ "par/2022.csv": TWO, "par/2023.csv": TWO.replace(";4,5;", ";x;") });
    expect(r.dataset).toBeNull();
    expect(r.partial.par.filter((p) => p.year === 2022)).toHaveLength(2);
  });
});

describe("warnings", () => {
  it("a published rank that differs from the computed one is kept and reported at its cell", async () => {
    const table = parTable(
      [
        ["Xã Đồng Tâm", at(0.9)],
        ["Xã Hưng Long", at(0.8)],
      ],
      { extraHeader: ["Xếp hạng"], extra: [["2"], ["2"]] },
    );
    const r = await read({ "par/2022.csv": table });
    expect(r.dataset).not.toBeNull();
    expect(r.messages).toEqual([
      expect.stringMatching(/^par\/2022\.csv:2:14: cảnh báo\/warning \[rank-differs\]: Xã Đồng Tâm, huyện Ninh Giang: thứ hạng công bố 2 khác thứ hạng tính từ tổng điểm 90 \(thứ 1\/2\)/),
    ]);
    expect(r.dataset!.par.find((p) => p.unitCode === "11203")!.publishedRank).toBe(2);
  });
});
