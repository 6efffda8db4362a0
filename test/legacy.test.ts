/** The conversion of old Vietnamese encodings and fonts (src/data/legacy.ts), checked against text typed by hand. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { CsvRow, CsvTable } from "../src/data/csv.ts";
import { error } from "../src/data/diagnostic.ts";
import { decodeLegacy, fromLegacyFont, fromVni, legacyFont, settleConverted } from "../src/data/legacy.ts";
import { message } from "../src/data/messages/index.ts";

describe("VNI", () => {
  it("reads each mark after its letter, and the letters of their own, as VNI Windows writes them", () => {
    // Typed by hand from the VNI table: a letter, then its mark bytes.
    expect(fromVni("Xaõ Ñoàng Taâm")).toBe("Xã Đồng Tâm");
    expect(fromVni("Thò traán Ninh Giang")).toBe("Thị trấn Ninh Giang");
    expect(fromVni("Caûi caùch thuû tuïc haønh chính")).toBe("Cải cách thủ tục hành chính");
    expect(fromVni("Xaõ Höng Long, Ñaêk Lô, chæ ñaïo, hoùa, ngöôøi, naëng, Hoà")).toBe("Xã Hưng Long, Đăk Lơ, chỉ đạo, hóa, người, nặng, Hồ");
    expect(fromVni("XAÕ ÑOÀNG TAÂM")).toBe("XÃ ĐỒNG TÂM");
    expect(fromVni("ÖÙNG HOØE")).toBe("ỨNG HÒE");
  });
  it("decodes VNI bytes, and leaves plain ASCII as it is", () => {
    expect(decodeLegacy(iconv.encode("Xaõ Ñoàng Taâm;87,75", "windows1252"), "VNI")).toBe("Xã Đồng Tâm;87,75");
    expect(fromVni("STT;87,75;Tong")).toBe("STT;87,75;Tong");
  });
});

describe("TCVN3 and Windows-1258", () => {
  it("are iconv-lite's, in NFC", () => {
    expect(decodeLegacy(iconv.encode("Xã Đồng Tâm", "tcvn"), "TCVN3 (ABC)")).toBe("Xã Đồng Tâm");
    expect(decodeLegacy(iconv.encode("Xa\u0303 \u0110\u00f4\u0300ng","windows1258"), "Windows-1258")).toBe("Xã Đồng");
  });
});

describe("a workbook's font", () => {
  it("is TCVN3 or VNI only when its text has characters no Vietnamese word has", () => {
    const tcvn = iconv.decode(iconv.encode("Công tác chỉ đạo Xã Đồng Tâm", "tcvn"), "windows1252");
    expect(legacyFont([tcvn, "87,75"])).toBe("TCVN3 (ABC)");
    expect(fromLegacyFont(tcvn, "TCVN3 (ABC)")).toBe("Công tác chỉ đạo Xã Đồng Tâm");
    expect(legacyFont(["Xaõ Ñoàng Taâm", "Xaõ Höng Long", "Thò traán Ninh Giang"])).toBe("VNI");
    // Unicode Vietnamese that happens to be all Windows-1252 is not a legacy font.
    expect(legacyFont(["Xã Tân Hà", "Thị trấn"])).toBeNull();
    expect(legacyFont(["Xã Tân Hà", "Xã Tân Hòa", "Tân Mã"])).toBeNull();
    expect(legacyFont(["STT", "87,75"])).toBeNull();
  });
});

describe("a converted table", () => {
  const conversion = { encoding: "TCVN3 (ABC)" as const, line: 1, column: 1, refusal: message("legacy-font", { encoding: "TCVN3 (ABC)" }) };
  const csv = (asTyped?: CsvRow[]): CsvTable => ({ file: "par/2022.xlsx[Sheet1]", delimiter: "\t", rows: [], lines: 2, refusedLines: [], diagnostics: [], converted: { ...conversion, asTyped } });
  const clean = { rows: [1], diagnostics: [], lines: ["header", "data"] };
  const unmatched = { rows: [], diagnostics: [error({ file: "f", line: 2, column: 2, ...message("unknown-unit", { shown: "Xã Tân Hà" }) })], lines: ["header", "error"] };
  it("is kept, the encoding named, when its names match", () => {
    const r = settleConverted(csv(), clean, () => unmatched);
    expect(r.rows).toEqual([1]);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["warning converted-encoding"]);
  });
  it("of a workbook is read as typed when the conversion does not match but the text as typed does (it was Unicode all along)", () => {
    const r = settleConverted(csv([]), unmatched, () => clean);
    expect(r).toEqual(clean);
  });
  it("is refused whole, with the one refusal, when neither matches", () => {
    const r = settleConverted(csv([]), unmatched, () => unmatched);
    expect(r.rows).toEqual([]);
    expect(r.lines).toEqual(["error", "error"]);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(["par/2022.xlsx[Sheet1]:1:1 error legacy-font"]);
  });
});
