/**
 * The CSV downloads: the same figures as the pages, one row per figure, each
 * with its source and whether it is illustrative. File names come from paths.ts.
 */
import { csvNumber } from "../data/locale.ts";
import type { Model } from "../model/model.ts";
import { denseText, positionText } from "../model/wording.ts";
import { csvNames, scopeTag } from "./paths.ts";

export type Table = [head: string[], rows: string[][]];

/** The "Nguồn" and "Minh họa" cells of a row. */
function sourceCells(m: Model, id: string): string[] {
  const s = m.sources.get(id)!;
  return [s.number || s.title, s.kind === "illustrative" ? "có" : "không"];
}

const publishedCell = (rank: number | null) => (rank === null ? "" : String(rank));

export function csvDistrict(m: Model, year: number): Table {
  const py = m.par.get(year)!;
  const head = [
    "Xếp thứ", "Mã", "Đơn vị", ...py.fields.map((f) => `${f.name} (/${csvNumber(f.max)})`),
    "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Thứ hạng công bố", "Nguồn", "Minh họa",
  ];
  const rows = py.results.map((r) => [
    String(r.position.rank), r.unit.code, r.unit.name, ...r.fields.map((f) => csvNumber(f.score)), csvNumber(r.total), csvNumber(r.share * 100),
    r.band?.label ?? "", publishedCell(r.row.publishedRank), ...sourceCells(m, r.row.sourceId),
  ]);
  return [head, rows];
}

function unitParRows(m: Model, code: string): string[][] {
  const history = m.units.get(code)!;
  const rows: string[][] = [];
  for (const [year, r] of [...history.par.entries()].sort((a, b) => a[0] - b[0])) {
    const src = sourceCells(m, r.row.sourceId);
    rows.push(["Chỉ số CCHC", String(year), "Tổng điểm", csvNumber(r.total), csvNumber(r.totalMax), csvNumber(r.share * 100), positionText(r.position), ...src]);
    for (const f of r.fields) {
      rows.push(["Chỉ số CCHC", String(year), f.def.name, csvNumber(f.score), csvNumber(f.def.max), csvNumber(f.share * 100), denseText(f.dense), ...src]);
    }
  }
  return rows;
}

function unitServiceRows(m: Model, code: string): string[][] {
  const history = m.units.get(code)!;
  const rows: string[][] = [];
  for (const p of m.periods) {
    const s = history.service.get(p.key);
    if (!s) continue;
    const sp = m.service.get(p.key)!;
    const src = sourceCells(m, s.row.sourceId);
    const share = csvNumber((s.total / sp.totalMax) * 100);
    rows.push(["Chỉ số phục vụ", p.key, "Tổng điểm", csvNumber(s.total), csvNumber(sp.totalMax), share, positionText(s.position), ...src]);
    for (const g of s.groups) {
      const score = g.score === null ? "" : csvNumber(g.score);
      rows.push(["Chỉ số phục vụ", p.key, g.def.name, score, csvNumber(g.def.max), g.share === null ? "" : csvNumber(g.share * 100), "", ...src]);
    }
    for (const d of s.dossiers) rows.push(["Hồ sơ", p.key, d.def.name, csvNumber(d.value), "", "", "", ...src]);
  }
  return rows;
}

export function csvUnit(m: Model, code: string): Table {
  const head = ["Chỉ số", "Kỳ", "Mục", "Điểm", "Tối đa", "Tỷ lệ (%)", "Xếp hạng", "Nguồn", "Minh họa"];
  return [head, [...unitParRows(m, code), ...unitServiceRows(m, code)]];
}

export function csvField(m: Model, code: string): Table {
  const head = ["Năm", "Mã", "Đơn vị", "Điểm", "Tối đa", "Tỷ lệ (%)", "Xếp hạng", "Nguồn", "Minh họa"];
  const rows: string[][] = [];
  for (const year of m.years) {
    for (const r of m.par.get(year)!.results) {
      const f = r.fields.find((x) => x.def.code === code);
      if (!f) continue;
      rows.push([String(year), r.unit.code, r.unit.name, csvNumber(f.score), csvNumber(f.def.max), csvNumber(f.share * 100), denseText(f.dense), ...sourceCells(m, r.row.sourceId)]);
    }
  }
  return [head, rows];
}

export function csvService(m: Model, key: string): Table {
  const sp = m.service.get(key)!;
  const head = ["Xếp thứ", "Mã", "Đơn vị", "Tổng điểm", ...sp.groups.map((g) => `${g.name} (/${csvNumber(g.max)})`), "Thứ hạng công bố", "Nguồn", "Minh họa"];
  const rows = sp.results.map((r) => [
    String(r.position.rank), r.unit.code, r.unit.name, csvNumber(r.total), ...r.groups.map((g) => (g.score === null ? "" : csvNumber(g.score))),
    publishedCell(r.row.publishedRank), ...sourceCells(m, r.row.sourceId),
  ]);
  return [head, rows];
}

/**
 * Every CSV download of the site: the district by year, each unit, each field and each service-index period. Each
 * table is made when its file is written, not when the files are listed: the list is held for the whole build
 * (a route's getStaticPaths), and the tables of 10,000 units would be some 300 MB of it.
 */
export function allDownloads(m: Model): { name: string; table: () => Table }[] {
  return [
    ...m.years.map((y) => ({ name: csvNames.district(scopeTag(m), y), table: () => csvDistrict(m, y) })),
    ...[...m.units.keys()].filter((c) => m.units.get(c)!.par.size > 0).map((c) => ({ name: csvNames.unit(scopeTag(m), c), table: () => csvUnit(m, c) })),
    ...[...new Set(m.dataset.fields.map((f) => f.code))].map((c) => ({ name: csvNames.field(scopeTag(m), c), table: () => csvField(m, c) })),
    ...m.periods.map((p) => ({ name: csvNames.service(scopeTag(m), p.key), table: () => csvService(m, p.key) })),
  ];
}
