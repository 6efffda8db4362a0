/**
 * Writes the demo tables under data/par and data/service: deterministic, and
 * illustrative (source "minh-hoa") except for Đồng Tâm's PAR 2022 and service
 * index Q1 2023 rows, which are the figures published in report 123/BC-UBND.
 *
 * The illustrative scores are built so that, with the computed ranks, Đồng Tâm
 * stands where the report says: 87,75 thứ 9/20 in 2022 with each field's X/Y
 * hạng as published; last in public finance in 2021 too; 65,67 thứ 14/20 in the
 * service index of Q1 2023. The script checks all of it with the model's own rank
 * functions and stops if a constraint fails; test/demo.test.ts checks it again
 * from the loaded data.
 *
 * Each table is written in a different shape that district offices really use
 * (separators, BOM, title rows, headers with or without diacritics, NFD text),
 * so the demo exercises the reader too.
 *
 * Usage: node scripts/make-demo-data.ts [data dir]
 */
import { randomLcg, randomNormal } from "d3";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { competitionRanks, denseRanks } from "../src/model/rank.ts";

const OUT = process.argv[2] ?? "data";
const DONG_TAM = "11203";

const UNITS: [string, string][] = [
  ["11155", "Thị trấn Ninh Giang"], ["11161", "Xã Ứng Hoè"], ["11164", "Xã Nghĩa An"], ["11167", "Xã Hồng Đức"],
  ["11173", "Xã An Đức"], ["11176", "Xã Vạn Phúc"], ["11179", "Xã Tân Hương"], ["11185", "Xã Vĩnh Hòa"],
  ["11188", "Xã Đông Xuyên"], ["11197", "Xã Tân Phong"], ["11200", "Xã Ninh Hải"], ["11203", "Xã Đồng Tâm"],
  ["11206", "Xã Tân Quang"], ["11209", "Xã Kiến Quốc"], ["11215", "Xã Hồng Dụ"], ["11218", "Xã Văn Hội"],
  ["11224", "Xã Hồng Phong"], ["11227", "Xã Hiệp Lực"], ["11230", "Xã Hồng Phúc"], ["11233", "Xã Hưng Long"],
];
const OTHERS = UNITS.filter(([c]) => c !== DONG_TAM).map(([c]) => c);

interface Field {
  code: string;
  name: string;
  max: number;
  decimals: number;
  /** Đồng Tâm 2022, from the report: score and "X/Y hạng". */
  published: [score: number, rank: number, levels: number];
}

const FIELDS: Field[] = [
  { code: "chi-dao", name: "Công tác chỉ đạo, điều hành CCHC", max: 15, decimals: 2, published: [11.84, 9, 19] },
  { code: "the-che", name: "Cải cách thể chế", max: 5, decimals: 2, published: [4.75, 2, 3] },
  { code: "tthc", name: "Cải cách thủ tục hành chính", max: 18.5, decimals: 2, published: [16.62, 2, 20] },
  { code: "to-chuc-bo-may", name: "Cải cách tổ chức bộ máy", max: 6, decimals: 2, published: [6, 1, 5] },
  { code: "cong-vu", name: "Cải cách chế độ công vụ", max: 11, decimals: 2, published: [11, 1, 14] },
  { code: "tai-chinh-cong", name: "Cải cách tài chính công", max: 7, decimals: 2, published: [5, 12, 12] },
  { code: "chinh-quyen-so", name: "Xây dựng chính quyền điện tử, chính quyền số", max: 11.5, decimals: 2, published: [10.19, 9, 16] },
  { code: "tac-dong", name: "Tác động của CCHC đến phát triển kinh tế - xã hội", max: 2, decimals: 3, published: [1.577, 14, 20] },
  { code: "dieu-tra-xhh", name: "Đánh giá của các tổ chức đối với CCHC", max: 14, decimals: 2, published: [11.49, 5, 19] },
  { code: "sipas", name: "Chỉ số hài lòng của người dân, tổ chức", max: 10, decimals: 2, published: [9.28, 12, 18] },
];
const DONG_TAM_TOTAL_2022 = 87.75;
const DONG_TAM_SERVICE_Q1_2023 = 65.67;
const DONG_TAM_SERVICE_RANK = 14;

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

type Scores = Map<string, Record<string, number>>;
const totalOf = (s: Record<string, number>) => round(FIELDS.reduce((t, f) => t + s[f.code]!, 0), 2);

/** Evenly spread distinct levels strictly between `from` and `to` (or reaching `to` when `inclusive`). */
function levels(from: number, to: number, count: number, decimals: number, inclusive: boolean): number[] {
  const out: number[] = [];
  for (let k = 1; k <= count; k++) out.push(round(from + ((to - from) * k) / (count + (inclusive ? 0 : 1)), decimals));
  if (new Set(out).size !== out.length || out.some((v) => v === round(from, decimals))) throw new Error(`levels too close: ${from}..${to} × ${count}`);
  return out;
}

/**
 * 2022: for each field, the levels above and below Đồng Tâm's score that give
 * its published X/Y hạng, dealt to the other communes by a seeded strength.
 */
function make2022(seed: number): Scores {
  const random = randomLcg(seed);
  const normal = randomNormal.source(random)(0, 1);
  const strength = new Map(OTHERS.map((c) => [c, normal()]));
  const scores: Scores = new Map(UNITS.map(([c]) => [c, {}]));
  for (const f of FIELDS) {
    const [s, x, y] = f.published;
    scores.get(DONG_TAM)![f.code] = s;
    const above = levels(s, f.max, x - 1, f.decimals, true);
    const floor = Math.max(0, s - f.max * 0.45);
    const below = levels(s, floor, y - x, f.decimals, false);
    const all = [...above, s, ...below];
    const slots = [...above, ...below];
    while (slots.length < OTHERS.length) slots.push(all[Math.floor(random() * all.length)]!);
    slots.sort((a, b) => b - a);
    const order = [...OTHERS].sort((a, b) => strength.get(b)! + normal() * 0.8 - (strength.get(a)! + normal() * 0.8));
    order.forEach((c, i) => (scores.get(c)![f.code] = slots[i]!));
  }
  return scores;
}

/** Another year: each commune's share of each field drawn around its strength. */
function makeYear(seed: number, base: Scores | null): Scores {
  const random = randomLcg(seed);
  const normal = randomNormal.source(random)(0, 1);
  const scores: Scores = new Map();
  for (const [c] of UNITS) {
    const prior = base?.get(c);
    const s: Record<string, number> = {};
    const level = normal() * 0.05;
    for (const f of FIELDS) {
      const share = prior ? prior[f.code]! / f.max + normal() * 0.06 + level : 0.85 + normal() * 0.08 + level;
      s[f.code] = round(clamp(share, 0.3, 1) * f.max, f.decimals);
    }
    scores.set(c, s);
  }
  return scores;
}

function check(condition: boolean, message: string) {
  if (!condition) throw new Error(`make-demo-data: ${message}`);
}

function verify2022(scores: Scores): boolean {
  const codes = UNITS.map(([c]) => c);
  const i = codes.indexOf(DONG_TAM);
  const totals = codes.map((c) => totalOf(scores.get(c)!));
  if (totals[i] !== DONG_TAM_TOTAL_2022) return false;
  const position = competitionRanks(totals)[i]!;
  if (position.rank !== 9 || position.of !== 20 || totals.filter((t) => t === DONG_TAM_TOTAL_2022).length !== 1) return false;
  return FIELDS.every((f) => {
    const d = denseRanks(codes.map((c) => scores.get(c)![f.code]!))[i]!;
    return d.rank === f.published[1] && d.levels === f.published[2];
  });
}

// 2022: the first seed whose totals put Đồng Tâm ninth.
let seed = 1;
let y2022 = make2022(seed);
while (!verify2022(y2022)) {
  seed++;
  check(seed < 100000, "no seed gives Đồng Tâm thứ 9/20");
  y2022 = make2022(seed);
}

// 2021: drawn around 2022, with Đồng Tâm last in public finance (the report: "không tăng bậc so với năm 2021").
const y2021 = makeYear(2021, y2022);
const finance = "tai-chinh-cong";
// Below everyone, but not far below: 4,75/7 against 5/7 in 2022.
for (const c of OTHERS) y2021.get(c)![finance] = Math.max(5, y2021.get(c)![finance]!);
y2021.get(DONG_TAM)![finance] = 4.75;
{
  const codes = UNITS.map(([c]) => c);
  const d = denseRanks(codes.map((c) => y2021.get(c)![finance]!))[codes.indexOf(DONG_TAM)]!;
  check(d.rank === d.levels, "Đồng Tâm is not last in public finance in 2021");
}
const y2023 = makeYear(2023, y2022);

// Tables.
const viNumber = (v: number) => String(v).replace(".", ",");
const quote = (cell: string, sep: string) => (cell.includes(sep) || cell.includes('"') || cell.includes("\n") ? `"${cell.replace(/"/g, '""')}"` : cell);
function write(path: string, rows: string[][], sep: string, bom: boolean) {
  const text = rows.map((r) => r.map((c) => quote(c, sep)).join(sep)).join("\r\n") + "\r\n";
  mkdirSync(join(OUT, path, ".."), { recursive: true });
  writeFileSync(join(OUT, path), (bom ? "\ufeff" : "") + text);
}

function parTable(year: number, scores: Scores, style: "print" | "plain" | "ascii") {
  const codes = UNITS.map(([c]) => c);
  const totals = codes.map((c) => totalOf(scores.get(c)!));
  const ranks = competitionRanks(totals);
  const order = codes.map((c, i) => ({ c, i })).sort((a, b) => ranks[a.i]!.rank - ranks[b.i]!.rank || a.c.localeCompare(b.c));
  const published = year === 2022;
  const fieldHeader = (f: Field, k: number) =>
    style === "print" ? `${k + 1}. ${f.name} (${viNumber(f.max)} điểm)` : style === "ascii" ? f.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toUpperCase() : f.name;
  const header = ["STT", "Đơn vị", ...FIELDS.map(fieldHeader), "Tổng điểm", "Xếp hạng", ...(published ? ["Nguồn"] : [])];
  const rows: string[][] = [];
  if (style === "print") {
    rows.push(["UBND HUYỆN NINH GIANG"], [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year} CỦA UBND CÁC XÃ, THỊ TRẤN`], ["(Số liệu minh họa, không phải số liệu công bố)"], []);
  }
  rows.push(header);
  order.forEach(({ c, i }, k) => {
    const name = UNITS[i]![1];
    const written = style === "plain" ? name.replace(/^(Xã|Thị trấn) /, "") : style === "ascii" ? name.normalize("NFD") : name;
    const s = scores.get(c)!;
    rows.push([
      String(k + 1),
      written,
      ...FIELDS.map((f) => viNumber(s[f.code]!)),
      viNumber(totals[i]!),
      String(ranks[i]!.rank),
      ...(published ? [c === DONG_TAM ? "bc-123-2023-dong-tam" : ""] : []),
    ]);
  });
  rows.push([], [published
    ? "Ghi chú: dòng xã Đồng Tâm là số liệu công bố (Báo cáo 123/BC-UBND ngày 04/4/2023 của UBND xã Đồng Tâm); các dòng khác là số liệu minh họa do scripts/make-demo-data.ts tạo."
    : "Ghi chú: số liệu minh họa do scripts/make-demo-data.ts tạo, không phải số liệu công bố."]);
  write(`par/${year}.csv`, rows, style === "plain" ? "," : ";", style !== "plain");
}

parTable(2021, y2021, "print");
parTable(2022, y2022, "plain");
parTable(2023, y2023, "ascii");

// Service index, Q3 2022 to Q4 2023.
const GROUPS = [
  { code: "CKMB", max: 18 }, { code: "TDGQ", max: 20 }, { code: "MDSH", max: 22 },
  { code: "Cung cấp dịch vụ trực tuyến", max: 22 }, { code: "MDHL", max: 18 },
];
const QUARTERS = ["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"];
/** Đồng Tâm, Q1 2023: the report's dossier figures. The groups were not published: left blank. */
const DONG_TAM_DOSSIERS: Record<string, string> = {
  "Tiếp nhận": "192", "Trực tiếp": "3", "Trực tuyến": "186", "Tồn kỳ trước": "3", "Đúng hạn": "190", "Trễ hạn": "1",
  "Tỷ lệ trễ hạn": "1,1", "Đang giải quyết": "1", "Chứng thực điện tử": "74", "Số hóa khi tiếp nhận": "188",
  "Chưa số hóa khi tiếp nhận": "4", "Số hóa kết quả": "167", "Chưa số hóa kết quả": "24",
  "Mức độ 4": "19", "Mức độ 3": "173", "Thanh toán trực tuyến": "84,89",
};

function groupsFor(total: number, random: () => number): number[] {
  const maxTotal = GROUPS.reduce((s, g) => s + g.max, 0);
  const raw = GROUPS.map((g) => clamp((g.max * total) / maxTotal * (0.85 + random() * 0.3), 0, g.max));
  const scale = total / raw.reduce((s, v) => s + v, 0);
  const parts = raw.map((v, k) => round(clamp(v * scale, 0, GROUPS[k]!.max), 2));
  // Put the rounding remainder where there is room, so the groups add up to the total exactly.
  let rest = round(total - parts.reduce((s, v) => s + v, 0), 2);
  for (let k = 0; k < parts.length && Math.abs(rest) > 1e-9; k++) {
    const room = rest > 0 ? GROUPS[k]!.max - parts[k]! : -parts[k]!;
    const step = rest > 0 ? Math.min(rest, room) : Math.max(rest, room);
    parts[k] = round(parts[k]! + step, 2);
    rest = round(rest - step, 2);
  }
  check(Math.abs(rest) < 1e-9, `cannot split ${total} into groups`);
  return parts;
}

QUARTERS.forEach((q, qi) => {
  const random = randomLcg(7000 + qi);
  const codes = UNITS.map(([c]) => c);
  const totals = new Map<string, number>();
  if (q === "2023-Q1") {
    // 13 communes above 65,67 and 6 below, so that Đồng Tâm is thứ 14/20.
    const shuffled = [...OTHERS].sort(() => random() - 0.5);
    shuffled.forEach((c, k) => totals.set(c, round(k < DONG_TAM_SERVICE_RANK - 1 ? 66 + random() * 22 : 48 + random() * 17, 2)));
    totals.set(DONG_TAM, DONG_TAM_SERVICE_Q1_2023);
  } else {
    for (const c of codes) totals.set(c, round(55 + qi * 3 + random() * 25, 2));
  }
  const ranks = competitionRanks(codes.map((c) => totals.get(c)!));
  if (q === "2023-Q1") check(ranks[codes.indexOf(DONG_TAM)]!.rank === DONG_TAM_SERVICE_RANK, "Đồng Tâm is not thứ 14/20 in Q1 2023");
  const withDossiers = q === "2023-Q1";
  const header = ["STT", "Đơn vị", "Tổng điểm", ...GROUPS.map((g) => g.code), "Xếp hạng", "Nguồn", ...(withDossiers ? Object.keys(DONG_TAM_DOSSIERS) : [])];
  const order = codes.map((c, i) => ({ c, i })).sort((a, b) => ranks[a.i]!.rank - ranks[b.i]!.rank || a.c.localeCompare(b.c));
  const rows: string[][] = [[`BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP - ${q.replace(/(\d{4})-Q(\d)/, "QUÝ $2/$1")} - HUYỆN NINH GIANG`], header];
  order.forEach(({ c, i }, k) => {
    const published = withDossiers && c === DONG_TAM;
    const total = totals.get(c)!;
    rows.push([
      String(k + 1),
      UNITS[i]![1],
      viNumber(total),
      ...(published ? GROUPS.map(() => "") : groupsFor(total, random).map(viNumber)),
      String(ranks[i]!.rank),
      published ? "bc-123-2023-dong-tam" : "",
      ...(withDossiers ? Object.values(DONG_TAM_DOSSIERS).map((v) => (published ? v : "")) : []),
    ]);
  });
  rows.push([], [withDossiers
    ? "Ghi chú: số liệu minh họa, trừ dòng xã Đồng Tâm (Báo cáo 123/BC-UBND; các nhóm chỉ số không được công bố nên để trống)."
    : "Ghi chú: số liệu minh họa do scripts/make-demo-data.ts tạo, không phải số liệu công bố."]);
  write(`service/${q}.csv`, rows, ";", true);
});

console.log(`make-demo-data: wrote ${OUT}/par (2021-2023) and ${OUT}/service (${QUARTERS[0]} to ${QUARTERS.at(-1)}); 2022 seed ${seed}`);
