import { describe, expect, it } from "vitest";
import { numberStyle, parseNumber } from "../src/data/number.ts";

const value = (raw: string, style: "comma" | "dot" | "mixed" = "comma", percent = false) => {
  const p = parseNumber(raw, style, percent);
  return p.ok ? p.value : p.reason;
};

describe("Vietnamese numbers", () => {
  it("reads a decimal comma", () => {
    expect(value("87,75")).toBe(87.75);
    expect(value("1,577")).toBe(1.577); // a score: the file's style is comma
    expect(value("0,5")).toBe(0.5);
  });
  it("reads a thousands dot with or without decimals", () => {
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1.234")).toBe(1234);
    expect(value("12.345.678")).toBe(12345678);
  });
  it("reads a decimal point when the file uses them", () => {
    expect(value("87.75", "dot")).toBe(87.75);
    expect(value("1.577", "dot")).toBe(1.577);
    expect(value("1,234.5", "dot")).toBe(1234.5);
  });
  it("reads unambiguous forms in any style", () => {
    expect(value("87.75", "comma")).toBe(87.75);
    expect(value("87,75", "dot")).toBe(87.75);
  });
  it("refuses a number that could be thousands or decimals in a mixed file", () => {
    expect(value("1.577", "mixed")).toBe("ambiguous");
    expect(value("1,577", "mixed")).toBe("ambiguous");
    expect(value("87,75", "mixed")).toBe(87.75);
  });
  it("reads signs, spaces and integers", () => {
    expect(value("-2")).toBe(-2);
    expect(value("\u22122,5")).toBe(-2.5);
    expect(value(" 12 ")).toBe(12);
    expect(value("1 234,5")).toBe(1234.5);
    expect(value("-0")).toBe(0);
  });
  it("treats an empty cell or a dash as missing", () => {
    expect(value("")).toBe(null);
    expect(value("  ")).toBe(null);
    expect(value("-")).toBe(null);
  });
  it("refuses text, NaN, Infinity and spreadsheet errors", () => {
    expect(value("abc")).toBe("not-a-number");
    expect(value("8,7,5")).toBe("not-a-number");
    expect(value("87,")).toBe("not-a-number");
    expect(value("NaN")).toBe("not-finite");
    expect(value("Infinity")).toBe("not-finite");
    expect(value("-inf")).toBe("not-finite");
    expect(value("#DIV/0!")).toBe("spreadsheet-error");
    expect(value("#N/A")).toBe("spreadsheet-error");
  });
  it("accepts a percent sign only where a percentage is expected", () => {
    expect(value("97,9%", "comma", true)).toBe(97.9);
    expect(value("97,9 %", "comma", true)).toBe(97.9);
    expect(value("97,9%", "comma", false)).toBe("not-a-number");
  });
});

describe("a file's number style", () => {
  it("is comma by default (the Vietnamese convention)", () => {
    expect(numberStyle(["1", "2", "1.577"])).toBe("comma");
  });
  it("follows the evidence", () => {
    expect(numberStyle(["87,75", "1.577"])).toBe("comma");
    expect(numberStyle(["87.75", "1,577"])).toBe("dot");
    expect(numberStyle(["87.75", "4,5"])).toBe("mixed");
  });
});
