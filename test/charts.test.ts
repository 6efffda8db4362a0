/**
 * The chart builders, on small fixed inputs: what they draw (Vietnamese numbers,
 * accessible names, tables that match the marks) and normalised SVG snapshots
 * under test/snapshots/.
 */
import { describe, expect, it } from "vitest";
import { NARROW, responsive, svgDocument, WIDE, type Chart, type Render } from "../src/charts/chart.ts";
import { heatmapChart } from "../src/charts/heatmap.ts";
import { profileChart } from "../src/charts/profile.ts";
import { rankingChart } from "../src/charts/ranking.ts";
import { groupsChart } from "../src/charts/groups.ts";
import { serviceTrendChart } from "../src/charts/service-trend.ts";
import { WEAK_RULE } from "../src/model/weak.ts";
import { totalsChart } from "../src/charts/totals.ts";
import { trendChart } from "../src/charts/trend.ts";
import { stripsChart } from "../src/charts/strips.ts";
import { historyChart } from "../src/charts/history.ts";
import { normalizeSvg } from "./normalize-svg.ts";

const render: Render = { width: WIDE, document: svgDocument() };

/** Text drawn in the SVG, in document order. */
function texts(svg: string): string[] {
  const doc = svgDocument();
  const div = doc.createElement("div");
  div.innerHTML = svg;
  return [...div.querySelectorAll("text")].map((t) => t.textContent ?? "");
}

async function snapshot(chart: Chart, name: string) {
  await expect(normalizeSvg(chart.svg)).toMatchFileSnapshot(`snapshots/${name}.svg`);
  if (chart.narrowSvg) await expect(normalizeSvg(chart.narrowSvg)).toMatchFileSnapshot(`snapshots/${name}-narrow.svg`);
}

const totalsInput = {
  id: "tong",
  title: "Tổng điểm năm 2022",
  measure: "Tổng điểm năm 2022",
  rows: [
    { name: "Xã A", value: 91.07, position: "thứ 1/3" },
    { name: "Xã Đồng Tâm", value: 87.75, position: "thứ 2/3" },
    { name: "Xã C", value: 62.5, position: "thứ 3/3" },
  ],
  max: 100,
  median: 87.75,
  thresholds: [{ value: 90, label: "Xuất sắc" }, { value: 80, label: "Tốt" }],
};

describe("totals chart", () => {
  const chart = responsive((r) => totalsChart(totalsInput, r));
  it("draws each total in Vietnamese numbers, the median and the band thresholds", () => {
    const t = texts(chart.svg);
    expect(t).toEqual(expect.arrayContaining(["91,07", "87,75", "62,5", "Trung vị 87,75", "≥ 90: Xuất sắc", "≥ 80: Tốt"]));
    expect(chart.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(chart.svg).toContain('aria-label="Tổng điểm năm 2022"');
    expect(chart.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
  it("describes itself and tabulates what it draws, ranked", () => {
    expect(chart.description).toBe("Tổng điểm năm 2022: 3 đơn vị, cao nhất Xã A 91,07, thấp nhất Xã C 62,5, trung vị 87,75 trên 100 điểm. Vạch đứt: ngưỡng xếp loại 90 (Xuất sắc), 80 (Tốt). Trục hoành bắt đầu từ 55.");
    expect(chart.table.rows).toEqual([["Xã A", "91,07", "thứ 1/3"], ["Xã Đồng Tâm", "87,75", "thứ 2/3"], ["Xã C", "62,5", "thứ 3/3"]]);
  });
  it("tells a published figure among illustrative ones apart, in the drawing and in the description", () => {
    const rows = totalsInput.rows.map((r) => ({ ...r, published: r.name === "Xã Đồng Tâm" }));
    const mixed = responsive((r) => totalsChart({ ...totalsInput, rows }, r));
    expect(texts(mixed.svg)).toEqual(expect.arrayContaining(["87,75 · công bố", "91,07", "62,5"]));
    expect(texts(mixed.svg)).not.toContain("91,07 · công bố");
    expect(mixed.description).toContain("Số liệu công bố (theo văn bản): Xã Đồng Tâm; các số liệu khác là minh họa.");
    expect(texts(chart.svg).some((t) => t.includes("công bố"))).toBe(false);
  });
  it("is drawn at a desktop and a phone width", () => {
    expect(chart.svg).toContain(`width="${WIDE}"`);
    expect(chart.narrowSvg).toContain(`width="${NARROW}"`);
  });
  it("matches its snapshot", () => snapshot(chart, "totals"));
});

describe("heatmap", () => {
  const chart = responsive(
    (r) =>
      heatmapChart(
        {
          id: "nhiet",
          title: "Tỷ lệ theo lĩnh vực",
          units: ["Xã A", "Xã B"],
          fields: [{ label: "Thể chế", max: 5 }, { label: "Tài chính công", max: 7 }],
          cells: [
            { unit: "Xã A", field: "Thể chế", score: 4.75, share: 0.95, weak: false },
            { unit: "Xã A", field: "Tài chính công", score: 5, share: 5 / 7, weak: true },
            { unit: "Xã B", field: "Thể chế", score: 5, share: 1, weak: false },
          ],
          threshold: WEAK_RULE,
          marked: "Xã B",
        },
        r,
      ),
  );
  it("labels each cell with its score on a desktop, and marks a missing cell in the table", () => {
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["4,75", "5"]));
    expect(chart.table.rows).toEqual([["Xã A", "4,75", "5"], ["Xã B", "5", "—"]]);
    expect(chart.description).toContain("1 ô dưới 75%; thấp nhất: Xã A, Tài chính công 71,4%.");
  });
  it("on a phone, fits every column beside the names at the phone's width (the scores are in the table)", () => {
    expect(chart.narrowSvg).toContain(`width="${NARROW}"`);
    const t = texts(chart.narrowSvg!);
    expect(t).toEqual(expect.arrayContaining(["Thể chế", "Tài chính công", "Xã A"]));
    expect(t).not.toContain("4,75");
  });
  it("marks the page's commune: its name and an outline round its row", () => {
    for (const svg of [chart.svg, chart.narrowSvg!]) {
      expect(texts(svg)).toEqual(expect.arrayContaining(["▶ Xã B", "Xã A"]));
      expect(svg).toMatch(/stroke-width="2"/);
    }
    expect(chart.description).toContain("Xã B được đánh dấu ▶.");
  });
  it("matches its snapshot", () => snapshot(chart, "heatmap"));
});

describe("a commune marked in the district's totals", () => {
  const plain = responsive((r) => totalsChart(totalsInput, r));
  const chart = responsive((r) => totalsChart({ ...totalsInput, marked: "Xã Đồng Tâm" }, r));
  it("names it with the arrow, draws its dot larger and its row shaded, and says so", () => {
    expect(texts(chart.svg)).toContain("▶ Xã Đồng Tâm");
    expect(texts(plain.svg)).not.toContain("▶ Xã Đồng Tâm");
    expect(chart.svg).toMatch(/<circle[^>]* r="7"/);
    expect(chart.svg).toContain('fill-opacity="0.1"');
    expect(plain.svg).not.toContain('fill-opacity="0.1"');
    expect(chart.description).toMatch(/Xã Đồng Tâm được đánh dấu ▶\.$/);
  });
});

describe("field strips", () => {
  const chart = responsive((r) =>
    stripsChart(
      {
        id: "vi-tri",
        among: "huyện",
        title: "Đồng Tâm giữa các đơn vị",
        unit: "Xã Đồng Tâm",
        fields: ["Thể chế", "Tài chính công"],
        points: [
          { field: "Thể chế", unit: "Xã A", share: 1 },
          { field: "Thể chế", unit: "Xã Đồng Tâm", share: 0.95 },
          { field: "Thể chế", unit: "Xã C", share: 0.8 },
          { field: "Tài chính công", unit: "Xã A", share: 1 },
          { field: "Tài chính công", unit: "Xã Đồng Tâm", share: 5 / 7 },
          { field: "Tài chính công", unit: "Xã C", share: 6 / 7 },
        ],
        ranks: new Map([["Thể chế", "2/3 hạng"], ["Tài chính công", "3/3 hạng"]]),
        threshold: WEAK_RULE,
      },
      r,
    ),
  );
  it("marks the unit in every field and labels the 75% line", () => {
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["95%", "71,4%", "Ngưỡng 75%"]));
    expect(chart.svg.match(/<circle[^>]* r="7"/g)).toHaveLength(2);
    expect(chart.description).toContain("cao hơn trung vị huyện ở 0 lĩnh vực, thấp hơn ở 1 lĩnh vực");
    expect(chart.table.rows).toEqual([
      ["Thể chế", "95%", "2/3 hạng", "95%", "80%", "100%"],
      ["Tài chính công", "71,4%", "3/3 hạng", "85,7%", "71,4%", "100%"],
    ]);
  });
  it("matches its snapshot", () => snapshot(chart, "strips"));
});

describe("a commune's total over the years", () => {
  const chart = responsive((r) =>
    historyChart(
      {
        id: "qua-cac-nam",
        among: "huyện",
        title: "Đồng Tâm qua các năm",
        unit: "Xã Đồng Tâm",
        years: [
          { year: 2021, total: 84.41, position: "thứ 9/20", median: 81 },
          { year: 2022, total: 87.75, position: "thứ 9/20", median: 78.92 },
          { year: 2023, total: 70, position: "thứ 15/20", median: 80 },
        ],
        max: 100,
      },
      r,
    ),
  );
  it("labels each year with its score and position, and tabulates them with the median", () => {
    const t = texts(chart.svg).join(" | ");
    expect(t).toContain("84,41thứ 9/20".replace("thứ", "thứ"));
    expect(chart.table.rows).toEqual([
      ["2021", "84,41/100", "thứ 9/20", "81"],
      ["2022", "87,75/100", "thứ 9/20", "78,92"],
      ["2023", "70/100", "thứ 15/20", "80"],
    ]);
    expect(chart.description).toContain("Năm 2021: 84,41 điểm, thứ 9/20; năm 2023: 70 điểm, thứ 15/20.");
  });
  it("puts a year's label on the side away from the median (above when over it, below when under)", () => {
    expect(chart.svg).toMatch(/transform="translate\(0,-22\)"/);
    expect(chart.svg).toMatch(/transform="translate\(0,22\)"/);
  });
  it("matches its snapshot", () => snapshot(chart, "history"));
});

describe("profile chart", () => {
  const chart = responsive((r) =>
    profileChart(
      {
        id: "ho-so",
        among: "huyện",
        title: "Đồng Tâm 2022",
        unit: "Xã Đồng Tâm",
        fields: [
          { label: "Thể chế", score: 4.75, max: 5, share: 0.95, weak: false, medianShare: 0.9, bestShare: 1 },
          { label: "Tài chính công", score: 5, max: 7, share: 5 / 7, weak: true, medianShare: 6.18 / 7, bestShare: 1 },
        ],
        threshold: WEAK_RULE,
      },
      r,
    ),
  );
  it("names the fields under 75 % and writes scores out of their maxima", () => {
    expect(chart.description).toContain("Dưới 75%: Tài chính công 71,4%.");
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["4,75/5", "5/7", "75%", "0%", "100%"]));
    expect(chart.table.rows[1]).toEqual(["Tài chính công", "5/7", "71,4%", "88,3%", "100%"]);
  });
  it("matches its snapshot", () => snapshot(chart, "profile"));
});

describe("trend chart", () => {
  const chart = responsive((r) =>
    trendChart(
      {
        id: "xu-huong",
        title: "Qua các năm",
        unit: "Xã Đồng Tâm",
        fields: ["Thể chế", "Tài chính công"],
        years: [2021, 2022],
        points: [
          { field: "Thể chế", year: 2021, share: 0.98 },
          { field: "Thể chế", year: 2022, share: 0.95 },
          { field: "Tài chính công", year: 2021, share: 4.75 / 7 },
          { field: "Tài chính công", year: 2022, share: 5 / 7 },
        ],
      },
      r,
    ),
  );
  it("draws its own legend and counts the fields that rose and fell", () => {
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["2021", "2022"]));
    expect(chart.description).toContain("Từ 2021 đến 2022: 1 lĩnh vực tăng, 1 lĩnh vực giảm.");
    expect(chart.table.rows).toEqual([["Thể chế", "98%", "95%"], ["Tài chính công", "67,9%", "71,4%"]]);
  });
  it("matches its snapshot", () => snapshot(chart, "trend"));
});

describe("service charts", () => {
  const trend = responsive((r) =>
    serviceTrendChart(
      {
        id: "phuc-vu",
        among: "huyện",
        title: "Chỉ số phục vụ",
        unit: "Xã Đồng Tâm",
        periods: ["Quý IV/2022", "Quý I/2023"],
        values: [
          { period: "Quý IV/2022", total: null, median: 72.75, min: 50, max: 90 },
          { period: "Quý I/2023", total: 65.67, median: 71.8, min: 48, max: 88 },
        ],
        max: 100,
      },
      r,
    ),
  );
  const groups = responsive((r) =>
    groupsChart(
      {
        id: "nhom",
        title: "Nhóm",
        unit: "Xã Đồng Tâm",
        periods: ["Quý I/2023"],
        groups: [{ label: "Công khai, minh bạch", max: 18 }],
        cells: [{ period: "Quý I/2023", group: "Công khai, minh bạch", score: null, share: null }],
      },
      r,
    ),
  );
  it("has no axis title on its legend, and no value label on the median line", () => {
    // The legend sits where Plot writes the y axis's title: there is none.
    expect(texts(trend.svg)).not.toContain("↑ Điểm");
    // 65,67 is under the median (71,8): its label goes below its point.
    expect(trend.svg).toMatch(/transform="translate\(0,15\)"><text[^>]*>65,67</);
  });
  it("draws the unit's known totals only, against the median", () => {
    expect(texts(trend.svg)).toEqual(expect.arrayContaining(["65,67", "Trung vị huyện", "Xã Đồng Tâm"]));
    expect(trend.table.rows).toEqual([["Quý IV/2022", "—", "72,75", "50", "90"], ["Quý I/2023", "65,67", "71,8", "48", "88"]]);
  });
  it("shows an unpublished group as a dash, not as zero", () => {
    expect(texts(groups.svg)).toContain("—");
    expect(groups.description).toContain('1 ô không có số liệu (không được công bố), ghi "—".');
  });
  it("match their snapshots", async () => {
    await snapshot(trend, "service-trend");
    await snapshot(groups, "service-groups");
  });
});

describe("ranking chart", () => {
  const chart = responsive((r) =>
    rankingChart(
      {
        id: "linh-vuc",
        title: "Tài chính công",
        field: "Cải cách tài chính công",
        max: 7,
        rows: [
          { name: "Xã A", score: 7, share: 1, weak: false, rank: "1/2 hạng" },
          { name: "Xã Đồng Tâm", score: 5, share: 5 / 7, weak: true, rank: "2/2 hạng" },
        ],
        threshold: WEAK_RULE,
      },
      r,
    ),
  );
  it("writes each score with its dense rank", () => {
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["7 · 1/2", "5 · 2/2"]));
    expect(chart.description).toContain("1 đơn vị đạt điểm tối đa, 1 đơn vị dưới 75%");
  });
  it("labels the 75% line", () => {
    expect(texts(chart.svg)).toContain("Ngưỡng 75%");
    expect(texts(chart.narrowSvg!)).toContain("Ngưỡng 75%");
  });
  it("matches its snapshot", () => snapshot(chart, "ranking"));
});

describe("serialisation", () => {
  it("keeps no aria-label below the root, which axe refuses on a <g>", () => {
    const chart = responsive((r) => totalsChart(totalsInput, r));
    expect(chart.svg.match(/aria-label=/g)).toHaveLength(1);
  });
  it("is deterministic: the same input draws the same SVG", () => {
    const a = totalsChart(totalsInput, render).svg;
    const b = totalsChart(totalsInput, render).svg;
    expect(a).toBe(b);
  });
});
