/** Field ranks a document states (published-ranks.csv): read, checked, compared with the computed ones. */
import { describe, expect, it } from "vitest";
import { STATED_RANKS_FILE } from "../src/data/stated-ranks.ts";
import { at, parTable, read } from "./helpers.ts";

const HEAD = "source,year,unit_code,field,rank,of,note";
// Đồng Tâm 90 % everywhere, Hưng Long 80 %: Đồng Tâm is 1/2 in every field.
const TABLE = { "par/2022.csv": parTable([["Xã Đồng Tâm", at(0.9)], ["Xã Hưng Long", at(0.8)]]) };
const withStated = (...lines: string[]) => read({ ...TABLE, [STATED_RANKS_FILE]: [HEAD, ...lines].join("\n") + "\n" });

describe("stated field ranks", () => {
  it("attaches a stated rank that agrees, with no message", async () => {
    const r = await withStated("bc-123-2023-dong-tam,2022,11203,the-che,1,2,");
    expect(r.messages).toEqual([]);
    const f = r.model!.par.get(2022)!.byUnit.get("11203")!.fields.find((x) => x.def.code === "the-che")!;
    expect(f.stated).toEqual({ rank: 1, of: 2, sourceId: "bc-123-2023-dong-tam" });
  });

  it("warns where the document and the computation differ, at the statement's line, and keeps both", async () => {
    const r = await withStated("bc-123-2023-dong-tam,2022,11203,the-che,2,2,");
    expect(r.dataset).not.toBeNull();
    expect(r.messages).toEqual([
      expect.stringMatching(/^published-ranks\.csv:2:5: cảnh báo\/warning \[stated-rank-differs\]: Xã Đồng Tâm, huyện Ninh Giang, Thể chế năm 2022: văn bản ghi hạng 2\/2, tính được 1\/2/),
    ]);
  });

  it("refuses a statement about no result, an unknown field or source, an illustrative source, or a rank above its levels", async () => {
    const r = await withStated(
      "bc-123-2023-dong-tam,2021,11203,the-che,1,2,",
      "bc-123-2023-dong-tam,2022,11203,khong-co,1,2,",
      "khong-co,2022,11203,sipas,1,2,",
      "minh-hoa,2022,11203,tthc,1,2,",
      "bc-123-2023-dong-tam,2022,11203,cong-vu,3,2,",
    );
    expect(r.dataset).toBeNull();
    const codes = r.diagnostics.map((d) => `${d.line}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(["2:no-result", "3:unknown-field", "4:unknown-source", "5:illustrative-statement", "6:rank-above-levels"]));
  });

  it("the demo's statements are the report's ten field ranks of Đồng Tâm in 2022, and all agree", async () => {
    const { demoFiles } = await import("./helpers.ts");
    const r = await read({}, demoFiles());
    expect(r.diagnostics.filter((d) => d.code === "stated-rank-differs")).toEqual([]);
    expect(r.model!.par.get(2022)!.byUnit.get("11203")!.fields.every((f) => f.stated !== null)).toBe(true);
  });
});
