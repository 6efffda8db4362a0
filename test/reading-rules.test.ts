/** The rules behind issue 8's checks, one by one: spelling of names, codes, periods named in titles, what a file is, odd characters. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../src/data/encoding.ts";
import { periodOfStem, periodsNamed, yearOfStem } from "../src/data/period.ts";
import { fold, oddCharacters, visible } from "../src/data/text.ts";
import { agreement, writtenCode } from "../src/data/units.ts";

describe("a written name against a unit's name", () => {
  it("is exact whatever the case, the kind written, the normal form or the tone's place", () => {
    expect(agreement("Xã Đồng Tâm", "Xã Đồng Tâm")).toBe("exact");
    expect(agreement("ĐỒNG TÂM", "Xã Đồng Tâm")).toBe("exact");
    expect(agreement("Xã Ứng Hòe", "Xã Ứng Hoè")).toBe("exact");
    expect(agreement("Xã Đồng Tâm".normalize("NFD"), "Xã Đồng Tâm")).toBe("exact");
  });
  it("is compatible when words are written without any diacritics", () => {
    expect(agreement("Xa Dong Tam", "Xã Đồng Tâm")).toBe("compatible");
    expect(agreement("Đồng Tam", "Xã Đồng Tâm")).toBe("compatible");
  });
  it("contradicts when a word's diacritics differ, even by one tone", () => {
    expect(agreement("Xã Đông Tâm", "Xã Đồng Tâm")).toBe("contradicts");
    expect(agreement("Xã Đồng Tấm", "Xã Đồng Tâm")).toBe("contradicts");
    expect(agreement("Xã Dồng Tâm", "Xã Đồng Tâm")).toBe("contradicts");
  });
});

describe("a code as written", () => {
  it("reads Excel's float and keeps anything else for the message", () => {
    expect(writtenCode("11203.0")).toBe("11203");
    expect(writtenCode("11203,00")).toBe("11203");
    expect(writtenCode(" 11203 ")).toBe("11203");
    expect(writtenCode("11203.5")).toBe("11203.5");
  });
});

describe("file names", () => {
  it("are exactly a period or a plausible year", () => {
    expect(periodOfStem("2023-Q1")?.key).toBe("2023-Q1");
    expect(periodOfStem("2023-q1")?.key).toBe("2023-Q1");
    for (const bad of ["2023-Q5", "2023_Q1", "2023-03", "2023-Q1 ", "2023-Q1-ban-sua", "2203"]) expect(periodOfStem(bad), bad).toBeNull();
    expect(yearOfStem("2022")).toBe(2022);
    for (const bad of ["2203", "1899", "2022-ban-sua", "22"]) expect(yearOfStem(bad), bad).toBeNull();
  });
});

describe("the periods a title names", () => {
  const spans = (title: string) => periodsNamed(fold(title)).map((s) => `${s.from}..${s.to}`);
  it("reads years, quarters, months and halves", () => {
    expect(spans("KẾT QUẢ CHỈ SỐ CCHC NĂM 2021")).toEqual(["2021-01-01..2021-12-31"]);
    expect(spans("Quý II/2023")).toEqual(["2023-04-01..2023-06-30"]);
    expect(spans("tháng 3 năm 2023")).toEqual(["2023-03-01..2023-03-31", "2023-01-01..2023-12-31"]);
    expect(spans("6 tháng đầu năm 2023")).toEqual(["2023-01-01..2023-06-30", "2023-01-01..2023-12-31"]);
  });
  it("skips dates, which name no period", () => {
    expect(spans("Kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 3 năm 2024")).toEqual([]);
    expect(spans("ngày 15/3/2024")).toEqual([]);
  });
});

describe("what a file is", () => {
  const named = (bytes: Uint8Array) => {
    const d = decode(bytes);
    return d.ok ? d.encoding : d.message.code;
  };
  it("names spreadsheets, compressed files and UTF-16 without BOM before any encoding", () => {
    expect(named(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe("spreadsheet-file");
    expect(named(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("spreadsheet-file");
    expect(named(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe("compressed-file");
    expect(named(Buffer.from("STT;Đơn vị;Tổng điểm\r\n1;Xã Đồng Tâm;87,75\r\n", "utf16le"))).toBe("utf16-no-bom");
  });
  it("names one stray byte in UTF-8 at its line and cell, and a legacy encoding only for Vietnamese text", () => {
    const stray = Buffer.concat([Buffer.from("STT;Đơn vị;Ghi chú\r\n1;Xã Đồng Tâm;giá 5"), Buffer.from([0x80]), Buffer.from("\r\n")]);
    const d = decode(stray);
    expect(d.ok).toBe(false);
    if (!d.ok) expect([d.line, d.column, d.message.code]).toEqual([2, 3, "invalid-byte"]);
    const ascii = Buffer.concat([Buffer.from("STT;Name\r\n1;x"), Buffer.from([0x80]), Buffer.from("\r\n")]);
    expect(named(ascii)).toBe("invalid-byte");
    const tcvn = iconv.encode("STT;Đơn vị;Tổng điểm\r\n1;Xã Đồng Tâm;87,75\r\n2;Xã Hưng Long;85,5\r\n", "tcvn");
    const legacy = decode(tcvn);
    expect(legacy.ok || legacy.message.en).toContain("TCVN3");
  });
});

describe("odd characters", () => {
  it("are found and shown by code point and name; Vietnamese letters are not odd", () => {
    expect(oddCharacters("Xã Đồng Tâm, Hưng Yên, Ứng Hoè")).toEqual([]);
    expect(oddCharacters("10,91\u2060")).toEqual(["\u2060"]);
    expect(visible("10,91\u2060")).toBe("10,91⟨U+2060 WORD JOINER⟩");
    expect(visible("L\u043eng")).toBe("L⟨U+043E CYRILLIC SMALL LETTER O⟩ng");
    expect(visible("\u00d0ồng")).toBe("⟨U+00D0 LATIN CAPITAL LETTER ETH⟩ồng");
  });
});
