/** Change on the previous period: one rule for years and periods, and rank moves compared honestly. */
import { describe, expect, it } from "vitest";
import { change, rankMove, type RankChange, type RankKind } from "../src/model/change.ts";
import { rankMoveClause, rankMoveText } from "../src/model/wording.ts";

const moved = (kind: RankKind, previous: [number, number], current: [number, number]): RankChange =>
  change(2021, kind, { score: 1, max: 1, rank: current[0], of: current[1], sourceId: "a" }, { score: 1, max: 1, rank: previous[0], of: previous[1], sourceId: "b" })!.rank;

describe("change", () => {
  it("is null without a previous standing, and keeps the source compared with", () => {
    expect(change(2021, "position", { score: 1, max: 1, rank: 1, of: 1, sourceId: "a" }, undefined)).toBeNull();
    const c = change(2021, "position", { score: 8, max: 10, rank: 1, of: 2, sourceId: "a" }, { score: 6, max: 8, rank: 2, of: 2, sourceId: "b" })!;
    expect(c).toMatchObject({ since: 2021, points: null, previousSourceId: "b", rank: { gained: 1 } });
    expect(c.share).toBeCloseTo(0.8 - 0.75, 12);
  });
});

describe("rank moves", () => {
  it("last of its levels both years is 'vẫn cuối bảng / không tăng bậc', not a gain (13/13 → 12/12)", () => {
    const m = rankMove(moved("dense", [13, 13], [12, 12]));
    expect(m).toMatchObject({ kind: "still-last", places: null });
    expect(rankMoveText(m)).toBe("vẫn cuối bảng");
    expect(rankMoveClause(m)).toBe("không tăng bậc");
  });
  it("first both years is 'vẫn dẫn đầu', whatever the levels (1/5 → 1/3)", () => {
    expect(rankMoveText(rankMove(moved("dense", [1, 5], [1, 3])))).toBe("vẫn dẫn đầu");
  });
  it("compares relative standing, with both ranks, when the levels differ (1/5 → 7/18 is down, not '↑ 6')", () => {
    const down = rankMove(moved("dense", [1, 5], [7, 18]));
    expect(down).toMatchObject({ kind: "down", places: null });
    expect(rankMoveText(down)).toBe("↓ 1/5 → 7/18");
    expect(rankMoveClause(down)).toBe("tụt từ 1/5 xuống 7/18");
    const up = rankMove(moved("dense", [9, 16], [9, 19])); // 0,53 of the way down, then 0,44
    expect(up).toMatchObject({ kind: "up", places: null });
    expect(rankMoveText(up)).toBe("↑ 9/16 → 9/19");
  });
  it("counts places when the ranks count the same thing", () => {
    expect(rankMoveText(rankMove(moved("dense", [3, 10], [5, 10])))).toBe("↓ 2 bậc");
    expect(rankMoveText(rankMove(moved("position", [9, 20], [7, 20])))).toBe("↑ 2 bậc");
    expect(rankMoveText(rankMove(moved("position", [9, 20], [9, 20])))).toBe("giữ nguyên");
  });
  it("counts a position in a table of another size by places too (a unit merged away shortens the list)", () => {
    expect(rankMove(moved("position", [9, 20], [8, 16]))).toMatchObject({ kind: "up", places: 1 });
  });
});
