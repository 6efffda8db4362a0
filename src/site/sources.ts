/** How a source is named on a page, and which sources a set of rows rests on. */
import type { Source } from "../data/types.ts";
import type { Model } from "../model/model.ts";

/** "2023-04-04" → "04/4/2023", as Vietnamese documents write dates. */
export function viDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${Number(m)}/${y}`;
}

/** "Báo cáo số 123/BC-UBND ngày 04/4/2023 của UBND xã Đồng Tâm", or "Số liệu minh họa (…)". */
export function sourceLabel(s: Source): string {
  if (s.kind === "illustrative") return s.title;
  const parts = [s.title];
  if (s.number) parts.push(`số ${s.number}`);
  if (s.date) parts.push(`ngày ${viDate(s.date)}`);
  if (s.issuer) parts.push(`của ${s.issuer}`);
  return parts.join(" ");
}

export interface SourceUse {
  source: Source;
  /** Names of the units whose rows rest on it (empty when it covers them all). */
  units: string[];
}

/** The sources of some rows, the published ones first, each with the units it covers. */
export function sourcesOf(rows: { sourceId: string; name: string }[], byId: ReadonlyMap<string, Source>): SourceUse[] {
  const units = new Map<string, string[]>();
  // Each name once a source: a chart over several periods draws a unit once a period.
  for (const r of rows) {
    const names = units.get(r.sourceId) ?? [];
    if (!names.includes(r.name)) names.push(r.name);
    units.set(r.sourceId, names);
  }
  const single = units.size === 1;
  return [...units.entries()]
    .map(([id, names]) => ({ source: byId.get(id)!, units: single ? [] : names }))
    .sort((a, b) => Number(a.source.kind === "illustrative") - Number(b.source.kind === "illustrative") || a.source.id.localeCompare(b.source.id));
}

export const isIllustrative = (id: string, byId: ReadonlyMap<string, Source>) => byId.get(id)?.kind === "illustrative";

export type IllustrativeShare = "none" | "some" | "all";

/** Whether none, some or all of some rows are illustrative. */
export function illustrativeShare(rows: { sourceId: string }[], byId: ReadonlyMap<string, Source>): IllustrativeShare {
  const n = rows.filter((r) => isIllustrative(r.sourceId, byId)).length;
  return n === 0 ? "none" : n === rows.length ? "all" : "some";
}

/** Whether a row that is not itself illustrative has its change measured against an illustrative row. */
export function comparedWithIllustrative(
  row: { sourceId: string },
  change: { previousSourceId: string } | null,
  byId: ReadonlyMap<string, Source>,
): boolean {
  return !isIllustrative(row.sourceId, byId) && change !== null && isIllustrative(change.previousSourceId, byId);
}

/** What a rank's cell says of where the rank comes from. */
export interface RankLabel {
  kind: "published" | "illustrative";
  text: string;
  title: string;
  /** The document that states it ("Văn bản 123/BC-UBND"), for a published rank. */
  by?: string;
}

/**
 * The label of a rank computed for a row that is not itself illustrative:
 * "công bố" where a document states it (saying whether the computation agrees),
 * else "minh họa" where it was computed among illustrative rows; null where it
 * rests on published rows only. An illustrative row's page says so as a whole.
 */
export function rankLabel(
  computed: { rank: number; of: number },
  stated: { rank: number; of: number | null; sourceId: string } | null,
  row: { sourceId: string },
  others: "none" | "some" | "all",
  byId: ReadonlyMap<string, Source>,
): RankLabel | null {
  if (isIllustrative(row.sourceId, byId)) return null;
  const c = `${computed.rank}/${computed.of}`;
  if (stated && !isIllustrative(stated.sourceId, byId)) {
    const document = byId.get(stated.sourceId);
    const by = document?.number ? `Văn bản ${document.number}` : "Văn bản công bố";
    const s = stated.of === null ? String(stated.rank) : `${stated.rank}/${stated.of}`;
    const agrees = stated.rank === computed.rank && (stated.of === null || stated.of === computed.of);
    return agrees
      ? { kind: "published", text: "công bố, khớp tính toán", title: `${by} ghi ${s}; khớp với thứ hạng tính được`, by }
      : { kind: "published", text: `công bố ${s}, tính được ${c}`, title: `${by} ghi ${s}; tính từ các bảng được ${c}`, by };
  }
  if (others === "none") return null;
  return { kind: "illustrative", text: "minh họa", title: "Tính cùng điểm minh họa của các đơn vị khác; không văn bản nào ghi thứ hạng này" };
}

const yearShares = new WeakMap<Model, Map<number, IllustrativeShare>>();

/** Whether none, some or all of a PAR year's rows are illustrative ("none" for no year), computed once a year. */
export function parYearShare(m: Model, year: number | null): IllustrativeShare {
  if (year === null) return "none";
  let shares = yearShares.get(m);
  if (!shares) yearShares.set(m, (shares = new Map()));
  let share = shares.get(year);
  if (share === undefined) shares.set(year, (share = illustrativeShare(m.par.get(year)!.results.map((r) => r.row), m.sources)));
  return share;
}

/**
 * Whether a figure of a row that is not itself illustrative (its rank, the move of its rank, a median
 * beside it) was computed among tables some of whose rows are illustrative.
 */
export function computedAmongIllustrative(row: { sourceId: string }, tables: IllustrativeShare[], byId: ReadonlyMap<string, Source>): boolean {
  return !isIllustrative(row.sourceId, byId) && tables.some((t) => t !== "none");
}
