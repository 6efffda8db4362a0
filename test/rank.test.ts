import { describe, expect, it } from "vitest";
import { competitionRanks, denseRanks, isFirst, isLast } from "../src/model/rank.ts";

describe("competition ranks (thứ X/N)", () => {
  it("ranks by descending score", () => {
    expect(competitionRanks([70, 90, 80])).toEqual([{ rank: 3, of: 3 }, { rank: 1, of: 3 }, { rank: 2, of: 3 }]);
  });
  it("gives ties the same place and skips the next", () => {
    expect(competitionRanks([90, 85, 85, 80]).map((p) => p!.rank)).toEqual([1, 2, 2, 4]);
  });
  it("puts everyone first when all are equal", () => {
    expect(competitionRanks([50, 50, 50])).toEqual([{ rank: 1, of: 3 }, { rank: 1, of: 3 }, { rank: 1, of: 3 }]);
  });
  it("leaves missing values unranked and out of N", () => {
    expect(competitionRanks([null, 80, 90, null])).toEqual([null, { rank: 2, of: 2 }, { rank: 1, of: 2 }, null]);
  });
  it("treats float noise of a sum as equal", () => {
    expect(competitionRanks([0.1 + 0.2, 0.3]).map((p) => p!.rank)).toEqual([1, 1]);
  });
  it("handles an empty list", () => {
    expect(competitionRanks([])).toEqual([]);
  });
});

describe("dense ranks (X/Y hạng)", () => {
  it("counts distinct score levels", () => {
    // 6/6 shared by three communes: "6/6 điểm, xếp hạng 1/5 hạng" in a table with five levels.
    const ranks = denseRanks([6, 6, 6, 5.5, 5, 4.5, 4]);
    expect(ranks.map((d) => `${d!.rank}/${d!.levels}`)).toEqual(["1/5", "1/5", "1/5", "2/5", "3/5", "4/5", "5/5"]);
  });
  it("does not skip after ties", () => {
    expect(denseRanks([9, 8, 8, 7]).map((d) => d!.rank)).toEqual([1, 2, 2, 3]);
  });
  it("has one level when all are equal, which is neither first nor last of several", () => {
    const ranks = denseRanks([3, 3, 3]);
    expect(ranks).toEqual([{ rank: 1, levels: 1 }, { rank: 1, levels: 1 }, { rank: 1, levels: 1 }]);
    expect(isFirst(ranks[0]!)).toBe(false);
    expect(isLast(ranks[0]!)).toBe(false);
  });
  it("leaves missing values out of the levels", () => {
    expect(denseRanks([5, null, 7])).toEqual([{ rank: 2, levels: 2 }, null, { rank: 1, levels: 2 }]);
  });
  it("knows last and first", () => {
    const [top, , bottom] = denseRanks([7, 6, 5]);
    expect(isFirst(top!)).toBe(true);
    expect(isLast(bottom!)).toBe(true);
    expect(isLast(top!)).toBe(false);
  });
});
