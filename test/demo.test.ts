/**
 * The demo data, loaded as the site loads it, reproduces the report's figures
 * (../shared/domain/report-dong-tam-2022.ocr.txt) with the computed ranks.
 * The expected values below are the report's, typed from it; nothing here is
 * read back from the tables' own published-rank columns.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { viNumber, viPercent } from "../src/data/locale.ts";
import type { Model } from "../src/model/model.ts";
import { rankMove } from "../src/model/change.ts";
import { findingText, lastText } from "../src/model/findings.ts";
import { rankDelta } from "../src/site/format.ts";
import { positionText, denseText } from "../src/model/wording.ts";
import { demoFiles, read } from "./helpers.ts";

const DONG_TAM = "11203";

/** The report, section I.1: field, score, maximum, "X/Y hạng". */
const REPORT_2022: [code: string, score: string, max: string, rank: string][] = [
  ["chi-dao", "11,84", "15", "9/19 hạng"],
  ["the-che", "4,75", "5", "2/3 hạng"],
  ["tthc", "16,62", "18,5", "2/20 hạng"],
  ["to-chuc-bo-may", "6", "6", "1/5 hạng"],
  ["cong-vu", "11", "11", "1/14 hạng"],
  ["tai-chinh-cong", "5", "7", "12/12 hạng"],
  ["chinh-quyen-so", "10,19", "11,5", "9/16 hạng"],
  ["tac-dong", "1,577", "2", "14/20 hạng"],
  ["dieu-tra-xhh", "11,49", "14", "5/19 hạng"],
  ["sipas", "9,28", "10", "12/18 hạng"],
];

let model: Model;
beforeAll(async () => {
  const r = await read(demoFiles(), {});
  expect(r.messages).toEqual([]);
  model = r.model!;
});

describe("Đồng Tâm, PAR 2022 (report 123/BC-UBND)", () => {
  it("87,75/100, thứ 9/20, nhóm hoàn thành tốt nhiệm vụ", () => {
    const r = model.par.get(2022)!.byUnit.get(DONG_TAM)!;
    expect(viNumber(r.total)).toBe("87,75");
    expect(viNumber(r.totalMax)).toBe("100");
    expect(positionText(r.position)).toBe("thứ 9/20");
    expect(r.band!.label).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it.each(REPORT_2022)("%s: %s/%s điểm, %s", (code, score, max, rank) => {
    const f = model.par.get(2022)!.byUnit.get(DONG_TAM)!.fields.find((x) => x.def.code === code)!;
    expect(viNumber(f.score)).toBe(score);
    expect(viNumber(f.def.max)).toBe(max);
    expect(denseText(f.dense)).toBe(rank);
  });

  it("the fields add up to 87,747, published as 87,75", () => {
    const r = model.par.get(2022)!.byUnit.get(DONG_TAM)!;
    expect(r.fields.reduce((s, f) => s + f.score, 0)).toBeCloseTo(87.747, 9);
  });

  it("is sourced to the report, and the other communes are illustrative", () => {
    const rows = model.par.get(2022)!.results;
    const sourceOf = (code: string) => model.sources.get(rows.find((r) => r.unit.code === code)!.row.sourceId)!;
    expect(sourceOf(DONG_TAM)).toMatchObject({ kind: "report", number: "123/BC-UBND", date: "2023-04-04" });
    for (const r of rows) if (r.unit.code !== DONG_TAM) expect(model.sources.get(r.row.sourceId)!.kind).toBe("illustrative");
    for (const year of [2021, 2023]) for (const r of model.par.get(year)!.results) expect(model.sources.get(r.row.sourceId)!.kind).toBe("illustrative");
  });

  it("public finance is last in 2021 too, so the finding says two years running", () => {
    const f2021 = model.par.get(2021)!.byUnit.get(DONG_TAM)!.fields.find((f) => f.def.code === "tai-chinh-cong")!;
    expect(f2021.dense.rank).toBe(f2021.dense.levels);
    const findings = model.units.get(DONG_TAM)!.findings(2022)!;
    expect(findings[0]!.kind).toBe("weakness");
    expect(findingText(findings[0]!)).toBe(
      "Tài chính công: đứng vị trí 12/12 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối; cuối bảng hai năm liền; " +
        "đạt 5/7 điểm (71,4%), dưới 75% điểm tối đa",
    );
  });

  it("says of public finance what the report says: no step up from 13/13 to 12/12, not a gain of one", () => {
    // Report 123/BC-UBND: "đứng vị trí 12/12 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối".
    const f = model.par.get(2022)!.byUnit.get(DONG_TAM)!.fields.find((x) => x.def.code === "tai-chinh-cong")!;
    expect(lastText(f)).toContain("12/12 (không tăng bậc so với năm 2021), là lĩnh vực đứng ở hạng cuối");
    expect(rankMove(f.change!.rank).kind).toBe("still-last");
    const delta = rankDelta(f.change)!;
    expect(delta.direction).toBe("same");
    expect(delta.text).toBe("vẫn cuối bảng");
    expect(delta.title).toContain("13/13 → 12/12");
  });

  it("writes the summary of section I the way the report does", () => {
    const s = model.units.get(DONG_TAM)!.summaries(2022)!;
    expect(s.lead).toBe("Năm 2022, UBND xã đạt 87,75/100 điểm, xếp thứ 9/20 xã, thị trấn, thuộc nhóm hoàn thành tốt nhiệm vụ, cụ thể:");
    expect(s.items[1]).toBe("- Cải cách thể chế đạt 4,75/5 điểm, xếp hạng 2/3 hạng;");
    expect(s.items[5]).toBe("- Cải cách tài chính công đạt 5/7 điểm, xếp hạng 12/12 hạng;");
    expect(s.items[9]).toBe("- Chỉ số hài lòng của người dân, tổ chức đạt 9,28/10 điểm, xếp hạng 12/18 hạng.");
  });
});

describe("Đồng Tâm, service index Q1 2023", () => {
  it("65,67 points, thứ 14/20", () => {
    const r = model.service.get("2023-Q1")!.byUnit.get(DONG_TAM)!;
    expect(viNumber(r.total)).toBe("65,67");
    expect(positionText(r.position)).toBe("thứ 14/20");
    expect(model.sources.get(r.row.sourceId)!.number).toBe("123/BC-UBND");
  });

  it("dossiers as reported, with the shares the report derives", () => {
    const r = model.service.get("2023-Q1")!.byUnit.get(DONG_TAM)!;
    const d = Object.fromEntries(r.dossiers.map((x) => [x.def.code, x.value]));
    expect(d).toMatchObject({
      "tiep-nhan": 192, "tiep-nhan-truc-tiep": 3, "tiep-nhan-truc-tuyen": 186, "ton-ky-truoc": 3, "dung-han": 190, "tre-han": 1,
      "dang-giai-quyet": 1, "chung-thuc-dien-tu": 74, "so-hoa-tiep-nhan": 188, "so-hoa-ket-qua": 167, "muc-do-4": 19, "muc-do-3": 173,
      "thanh-toan-truc-tuyen": 84.89, "ty-le-tre-han": 1.1, "chua-so-hoa-tiep-nhan": 4, "chua-so-hoa-ket-qua": 24,
    });
    const share = (key: string) => viPercent(r.derived.find((x) => x.key === key)!.share);
    expect(share("digitised-on-receipt")).toBe("97,9%"); // 188/192
    expect(share("results-digitised")).toBe("87,4%"); // 167/191 resolved
  });

  it("shows the published late share 1,1% as published, and says that neither 1/192 nor 1/191 gives it", () => {
    const r = model.service.get("2023-Q1")!.byUnit.get(DONG_TAM)!;
    const [late] = r.checks;
    expect(viPercent(late!.share)).toBe("1,1%");
    expect(late!.matches).toBe(false);
    expect(late!.candidates.map((c) => `${c.numerator}/${c.denominator}`)).toEqual(["1/192", "1/191"]);
  });

  it("leaves the groups blank: the report does not publish them", () => {
    const r = model.service.get("2023-Q1")!.byUnit.get(DONG_TAM)!;
    expect(r.groups.every((g) => g.score === null)).toBe(true);
  });
});

describe("the demo as a whole", () => {
  it("has the 20 units of Ninh Giang, three PAR years and six quarters", () => {
    expect(model.units.size).toBe(20);
    expect(model.years).toEqual([2021, 2022, 2023]);
    expect(model.periods.map((p) => p.key)).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    for (const year of model.years) expect(model.par.get(year)!.results).toHaveLength(20);
  });
});
