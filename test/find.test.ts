/** Search matching and table sort keys: pure modules the browser runs, tested here without one. */
import { describe, expect, it } from "vitest";
import { matcher } from "../src/client/match.ts";
import { changeNumber, compareKeys, viNumber } from "../src/client/sort-key.ts";

const unit = (code: string, name: string, district = "Ninh Giang") => ({ code, name, district, href: `/don-vi/${code}/` });
const UNITS = [
  unit("11155", "Thị trấn Ninh Giang"),
  unit("11188", "Xã Đông Xuyên"),
  unit("11203", "Xã Đồng Tâm"),
  unit("11206", "Xã Tân Phong"),
  unit("11215", "Xã Hồng Phúc"),
  unit("11229", "Xã Đồng Tâm Mới"),
];
const names = (q: string) => matcher(UNITS).find(q).map((u) => u.name);

describe("search", () => {
  it.each(["dong tam", "DONG TAM", "đông tâm", "Đồng Tâm", "xa dong tam", "  Dong   Tam "])("%s finds Xã Đồng Tâm first", (q) => {
    expect(names(q)[0]).toBe("Xã Đồng Tâm");
  });
  it("puts the exact name before a name it begins", () => {
    expect(names("dong tam")).toEqual(["Xã Đồng Tâm", "Xã Đồng Tâm Mới"]);
  });
  it("reads officials' abbreviations", () => {
    expect(names("tt ninh giang")[0]).toBe("Thị trấn Ninh Giang");
    expect(names("TT. Ninh Giang")[0]).toBe("Thị trấn Ninh Giang");
  });
  it("finds by code, exactly and by its start", () => {
    expect(names("11203")).toEqual(["Xã Đồng Tâm"]);
    expect(names("1122")).toEqual(["Xã Đồng Tâm Mới"]);
  });
  it("finds a prefix, then a close match with a typo", () => {
    expect(names("hong")[0]).toBe("Xã Hồng Phúc");
    expect(names("hong phuk")).toContain("Xã Hồng Phúc");
    expect(names("dong tm")).toContain("Xã Đồng Tâm");
  });
  it("finds nothing for nothing", () => {
    expect(names("")).toEqual([]);
    expect(names("zzzz")).toEqual([]);
  });
});

describe("sort keys", () => {
  it("read numbers the Vietnamese way", () => {
    expect(viNumber("87,75")).toBe(87.75);
    expect(viNumber("1.234,5")).toBe(1234.5);
    expect(viNumber("thứ 9/20")).toBe(9);
    expect(viNumber("−0,5 điểm")).toBe(-0.5);
    expect(viNumber("Xã Đồng Tâm")).toBeNaN();
  });
  it("give a change the sign of its direction", () => {
    expect(changeNumber("↓ 2 bậc", "worse")).toBe(-2);
    expect(changeNumber("↑ 3 bậc", "better")).toBe(3);
    expect(changeNumber("giữ nguyên", "same")).toBe(0);
    expect(changeNumber("—", "same")).toBeNaN();
  });
  it("put numbers in order, missing values last either way", () => {
    const keys = [87.75, NaN, 9, 100];
    expect([...keys].sort((a, b) => compareKeys(a, b, false))).toEqual([9, 87.75, 100, NaN]);
    expect([...keys].sort((a, b) => compareKeys(a, b, true))).toEqual([100, 87.75, 9, NaN]);
    expect(["Xã Ứng Hoè", "Xã An Đức", "Xã Đồng Tâm"].sort((a, b) => compareKeys(a, b, false))).toEqual(["Xã An Đức", "Xã Đồng Tâm", "Xã Ứng Hoè"]);
  });
});
