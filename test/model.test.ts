/** The model's pure functions on small hand-made datasets. */
import { describe, expect, it } from "vitest";
import type { Band, Dataset, FieldDef, ParRow, Unit } from "../src/data/types.ts";
import { bandFor } from "../src/model/band.ts";
import { findings, findingText } from "../src/model/findings.ts";
import { buildModel } from "../src/model/model.ts";
import { checkPublishedShares, deriveShares } from "../src/model/service.ts";
import { stats } from "../src/model/stats.ts";
import { kindsPhrase } from "../src/model/wording.ts";

/** Percentages are written with a no-break space before "%"; compare them as plain text. */
const plain = (s: string) => s.replace(/\u00a0/g, " ");

const unit = (code: string, name: string, kind: Unit["kind"] = "xã"): Unit => ({
  code, name, kind, provinceCode: null, provinceName: null, districtCode: "299", districtName: "Ninh Giang", validFrom: null, validTo: null, note: "",
});
const UNITS = [unit("00001", "Xã A"), unit("00002", "Xã B"), unit("00003", "Thị trấn C", "thị trấn")];
const field = (year: number, code: string, max: number, order: number): FieldDef => ({ year, order, code, name: `Lĩnh vực ${code}`, shortName: code, max, aliases: [], source: "" });
const BANDS: Band[] = [
  { index: "par", fromYear: 2000, toYear: null, minPercent: 90, label: "Xuất sắc", note: "" },
  { index: "par", fromYear: 2000, toYear: null, minPercent: 80, label: "Tốt", note: "" },
  { index: "par", fromYear: 2000, toYear: null, minPercent: 0, label: "Hoàn thành", note: "" },
];

function row(year: number, unitCode: string, scores: Record<string, number>): ParRow {
  const total = Math.round(Object.values(scores).reduce((s, v) => s + v, 0) * 100) / 100;
  return { year, unitCode, writtenName: unitCode, scores, total, totalPublished: false, publishedRank: null, publishedBand: null, sourceId: "x", note: "", location: { file: "f", line: 1, columns: {} }, scope: "huyen-299" };
}

/** Two years; field "a" changes its maximum from 10 to 20, field "b" keeps 10. */
function dataset(): Dataset {
  return {
    units: UNITS,
    sources: [{ id: "x", kind: "illustrative", number: "", date: null, issuer: "", title: "t", url: "", appliesTo: [], note: "" }],
    fields: [field(2021, "a", 10, 1), field(2021, "b", 10, 2), field(2022, "a", 20, 1), field(2022, "b", 10, 2)],
    groups: [],
    bands: BANDS,
    dossierStats: [],
    statedRanks: [],
    lineage: [],
    scopes: [{ key: "huyen-299", kind: "district", code: "299", name: "Ninh Giang" }],
    par: [
      row(2021, "00001", { a: 9, b: 4 }),
      row(2021, "00002", { a: 8, b: 9 }),
      row(2021, "00003", { a: 7, b: 10 }),
      row(2022, "00001", { a: 16, b: 3 }),
      row(2022, "00002", { a: 18, b: 9 }),
      row(2022, "00003", { a: 20, b: 10 }),
    ],
    service: [],
  };
}

describe("shares, bands and statistics", () => {
  it("gives the share of the maximum and the band it reaches", () => {
    const m = buildModel(dataset());
    const c = m.par.get(2022)!.byUnit.get("00003")!;
    expect(c.totalMax).toBe(30);
    expect(c.share).toBe(1);
    expect(c.band!.label).toBe("Xuất sắc");
    expect(m.par.get(2022)!.byUnit.get("00001")!.band!.label).toBe("Hoàn thành"); // 19/30
  });
  it("puts a share exactly on a threshold in the band above", () => {
    expect(bandFor(BANDS, "par", 2022, 0.9)!.label).toBe("Xuất sắc");
    expect(bandFor(BANDS, "par", 2022, 0.8999)!.label).toBe("Tốt");
    expect(bandFor(BANDS, "service", 2022, 0.95)).toBeNull();
  });
  it("computes min, median, mean and best, without missing values", () => {
    expect(stats([4, null, 1, 7])).toEqual({ n: 3, min: 1, median: 4, mean: 4, best: 7 });
    expect(stats([null])).toBeNull();
  });
});

describe("year-over-year change", () => {
  it("compares shares, not points, when the maximum changed", () => {
    const a = buildModel(dataset()).par.get(2022)!.byUnit.get("00001")!.fields.find((f) => f.def.code === "a")!;
    expect(a.change!.points).toBeNull(); // 9/10 then 16/20: points are not comparable
    expect(a.change!.share).toBeCloseTo(0.8 - 0.9, 12);
  });
  it("gives points when the maximum is the same, and rank change with lower is better", () => {
    const m = buildModel(dataset());
    const b = m.par.get(2022)!.byUnit.get("00001")!.fields.find((f) => f.def.code === "b")!;
    expect(b.change!.points).toBe(-1);
    const a = m.par.get(2022)!.byUnit.get("00003")!.fields.find((f) => f.def.code === "a")!;
    expect(a.dense.rank).toBe(1);
    expect(a.change).toMatchObject({ since: 2021, rank: { kind: "dense", gained: 2, rank: 1, previousRank: 3, previousOf: 3 } }); // up two places
  });
  it("has no change for the first year or a unit absent the year before", () => {
    const d = dataset();
    d.par = d.par.filter((r) => !(r.year === 2021 && r.unitCode === "00002"));
    const m = buildModel(d);
    expect(m.par.get(2021)!.byUnit.get("00001")!.change).toBeNull();
    expect(m.par.get(2022)!.byUnit.get("00002")!.change).toBeNull();
    expect(m.par.get(2022)!.byUnit.get("00001")!.change).not.toBeNull();
  });
});

describe("findings", () => {
  it("flags last place, the years it lasted, and a field under 75 %", () => {
    const m = buildModel(dataset());
    const f = m.units.get("00001")!.findings(2022)!;
    // "b": 4/10 then 3/10, last both years.
    expect(plain(findingText(f[0]!))).toBe("b: đứng vị trí 3/3 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối; cuối bảng hai năm liền; " +
        "đạt 3/10 điểm (30%), dưới 75% điểm tối đa; giảm nhiều nhất so với năm 2021: −10 điểm phần trăm (từ 40% xuống 30% điểm tối đa)");
    expect(f[0]!.kind).toBe("weakness");
  });
  it("does not count years that are not consecutive as running", () => {
    const d = dataset();
    for (const r of d.par) if (r.year === 2021) r.year = 2020;
    d.fields = d.fields.map((f) => (f.year === 2021 ? { ...f, year: 2020 } : f));
    const f = buildModel(d).units.get("00001")!.findings(2022)!;
    expect(findingText(f[0]!)).toMatch(/^b: đứng vị trí 3\/3 \(không tăng bậc so với năm 2020\), là lĩnh vực đứng ở hạng cuối; đạt/);
  });
  it("lists strengths after weaknesses: full marks and first place", () => {
    const f = buildModel(dataset()).units.get("00003")!.findings(2022)!;
    expect(f.map((x) => x.kind)).toEqual(["strength", "strength"]);
    expect(plain(findingText(f[0]!))).toBe("a: đạt điểm tối đa 20/20; hạng 1/3, cao nhất huyện; tăng nhiều nhất so với năm 2021: +30 điểm phần trăm (lên 100% điểm tối đa)");
  });
  it("finds nothing to say when every score is equal and unchanged", () => {
    const d = dataset();
    d.par = [row(2022, "00001", { a: 16, b: 8 }), row(2022, "00002", { a: 16, b: 8 })];
    const r = buildModel(d).par.get(2022)!.byUnit.get("00001")!;
    expect(findings(r)).toEqual([]);
  });
});

describe("wording and derived shares", () => {
  it("names the kinds of units as a report does", () => {
    expect(kindsPhrase(["xã", "thị trấn", "xã"])).toBe("xã, thị trấn");
    expect(kindsPhrase(["thị trấn", "phường", "xã"])).toBe("xã, phường, thị trấn");
  });
  it("writes the summary for a thị trấn", () => {
    const s = buildModel(dataset()).units.get("00003")!.summaries(2022)!;
    expect(s.lead).toBe("Năm 2022, UBND thị trấn đạt 30/30 điểm, xếp thứ 1/3 xã, thị trấn, thuộc nhóm xuất sắc, cụ thể:");
  });
  it("derives dossier shares only when both counts are present", () => {
    expect(deriveShares({ "tiep-nhan": 0, "so-hoa-tiep-nhan": 0, "dung-han": null, "tre-han": 1 })).toEqual([]);
    // A published late share checked against its counts: 2/200 received is 1,0%, which "1" matches; "1,1" matches neither.
    expect(checkPublishedShares({ "ty-le-tre-han": 1, "tre-han": 2, "tiep-nhan": 200, "dung-han": 190 })[0]).toMatchObject({ matches: true });
    expect(checkPublishedShares({ "ty-le-tre-han": 1.1, "tre-han": 2, "tiep-nhan": 200, "dung-han": 190 })[0]).toMatchObject({ matches: false });
    expect(checkPublishedShares({ "ty-le-tre-han": null, "tre-han": 2 })).toEqual([]);
    const s = deriveShares({ "dung-han": 3, "tre-han": 1, "so-hoa-ket-qua": 2 });
    expect(s.map((x) => [x.key, x.numerator, x.denominator])).toEqual([["on-time", 3, 4], ["results-digitised", 2, 4]]);
  });
});

describe("service-index changes", () => {
  const group = (period: string, max: number) => ({ period, order: 1, code: "g", name: "Nhóm", shortName: "Nhóm", max, aliases: [], source: "" });
  const srow = (period: string, unitCode: string, total: number) => ({
    period, unitCode, writtenName: unitCode, total, groups: { g: null }, publishedRank: null, dossiers: {}, sourceId: "x", note: "", location: { file: "f", line: 1, columns: {} }, scope: "huyen-299",
  });
  function withService(periods: [string, number][]): Dataset {
    const d = dataset();
    d.groups = periods.map(([p, max]) => group(p, max));
    d.service = periods.flatMap(([p]) => [srow(p, "00001", p.endsWith("Q1") ? 60 : 50), srow(p, "00002", 55)]);
    return d;
  }
  it("compares a quarter with the quarter just before, in points when the maxima are equal", () => {
    const m = buildModel(withService([["2022-Q4", 100], ["2023-Q1", 100]]));
    expect(m.service.get("2023-Q1")!.byUnit.get("00001")!.change).toMatchObject({ points: 10, since: { key: "2022-Q4" }, rank: { kind: "position", gained: 1, previousRank: 2 } });
  });
  it("compares shares, not points, when the maximum changed", () => {
    const c = buildModel(withService([["2022-Q4", 100], ["2023-Q1", 120]])).service.get("2023-Q1")!.byUnit.get("00001")!.change!;
    expect(c.points).toBeNull();
    expect(c.share).toBeCloseTo(60 / 120 - 50 / 100, 12);
  });
  it("gives no change across a gap (Q3 then Q1)", () => {
    const m = buildModel(withService([["2022-Q3", 100], ["2023-Q1", 100]]));
    expect(m.service.get("2023-Q1")!.byUnit.get("00001")!.change).toBeNull();
  });
});

describe("the largest rank drop", () => {
  it("compares positions among each year's levels, not raw places", () => {
    // "a": first of 2 levels, then last of 2 (one place down); "b": first of 3, then last of 3 (two places down).
    // Both went from the top to the bottom: counted in raw places only "b" would be the largest drop.
    const d = dataset();
    d.par = [
      row(2021, "00001", { a: 9, b: 9 }), row(2021, "00002", { a: 9, b: 5 }), row(2021, "00003", { a: 5, b: 3 }),
      row(2022, "00001", { a: 5, b: 3 }), row(2022, "00002", { a: 9, b: 5 }), row(2022, "00003", { a: 9, b: 9 }),
    ];
    const f = buildModel(d).units.get("00001")!.findings(2022)!;
    const drop = f.filter((x) => x.reasons.some((r) => r.rule === "largest-rank-drop")).map((x) => x.field.def.code);
    expect(drop.sort()).toEqual(["a", "b"]);
  });
  it("is claimed for a rank that kept its number but fell to last among fewer levels", () => {
    // "a": 2/3 then 2/2 (the middle of three, then last of two); "b": unchanged.
    const d = dataset();
    d.par = [
      row(2021, "00001", { a: 8, b: 5 }), row(2021, "00002", { a: 9, b: 5 }), row(2021, "00003", { a: 7, b: 5 }),
      row(2022, "00001", { a: 10, b: 5 }), row(2022, "00002", { a: 20, b: 5 }), row(2022, "00003", { a: 10, b: 5 }),
    ];
    const f = buildModel(d).units.get("00001")!.findings(2022)!;
    expect(f.filter((x) => x.reasons.some((r) => r.rule === "largest-rank-drop")).map((x) => x.field.def.code)).toEqual(["a"]);
  });
  it("is not claimed for a field last both years, whatever the number of levels (13/13 then 12/12)", () => {
    // "a": 3/3 then 2/2, last both times: "không tăng bậc", not a fall and not a gain.
    const d = dataset();
    d.par = [
      row(2021, "00001", { a: 7, b: 5 }), row(2021, "00002", { a: 9, b: 5 }), row(2021, "00003", { a: 8, b: 5 }),
      row(2022, "00001", { a: 10, b: 5 }), row(2022, "00002", { a: 20, b: 5 }), row(2022, "00003", { a: 10, b: 5 }),
    ];
    const f = buildModel(d).units.get("00001")!.findings(2022)!;
    expect(f.flatMap((x) => x.reasons.map((r) => r.rule))).not.toContain("largest-rank-drop");
    expect(f.flatMap((x) => x.reasons.map((r) => r.text))).toContain("đứng vị trí 2/2 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối; cuối bảng hai năm liền");
  });
});
