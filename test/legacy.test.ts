/** The conversion of old Vietnamese encodings and fonts (src/data/legacy.ts), checked against text typed by hand. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeLegacy, fromLegacyFont, fromVni, legacyFont } from "../src/data/legacy.ts";

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
