/** What the method page shows: the sources, the structure of each year, the bands, the warnings and the units. */
import { formatDiagnostic } from "../data/diagnostic.ts";
import { viNumber } from "../data/locale.ts";
import { mainModel, type Atlas } from "../model/atlas.ts";
import type { Model } from "../model/model.ts";
import { scopeName } from "../data/scope.ts";
import { siteName } from "./atlas-view.ts";
import type { Source } from "../data/types.ts";
import { WEAK_LABEL } from "../model/weak.ts";
import { fieldHref, unitHref } from "./paths.ts";

const KIND_ORDER = { published: 0, report: 1, illustrative: 2 } as const;

/**
 * A document named once, in the sources table (its anchor), and referred to
 * elsewhere on the page by its number ("3395/QĐ-UBND") or a short word.
 */
export interface SourceRef {
  anchor: string;
  short: string;
  illustrative: boolean;
}

export function sourceRef(s: Source): SourceRef {
  return { anchor: `nguon-${s.id}`, short: s.number || s.title, illustrative: s.kind === "illustrative" };
}

function refOf(m: Model, id: string): SourceRef | null {
  const s = m.sources.get(id);
  return s ? sourceRef(s) : null;
}

/** What the page says it covers: the district and its code on a one-district site, else the site's name and its scopes. */
function covers(a: Atlas): string {
  const only = a.models.length === 1 ? a.models[0]!.scope : null;
  if (only?.kind === "district") return `Huyện ${only.name} (mã ${only.code}).`;
  const span = (years: number[]) => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? ""));
  const parts = a.models.map((m) => `${scopeName(m.scope)}${m.scope.code ? ` (mã ${m.scope.code})` : ""}, ${span(m.years)}`);
  return `${upperFirst(siteName(a))}. Các bảng xếp hạng: ${parts.join("; ")}.`;
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

export function methodView(a: Atlas) {
  const m = mainModel(a);
  const years = [...new Set(a.models.flatMap((x) => x.years))].sort((x, y) => x - y);
  const structures = years.map((year) => {
    const ym = a.models.find((x) => x.par.has(year))!;
    const py = ym.par.get(year)!;
    const ids = new Set(py.fields.map((f) => f.source));
    return {
      year,
      /** The one document every field of the year is defined by, named in the caption; null when they differ (then each row names its own). */
      source: ids.size === 1 ? refOf(m, [...ids][0]!) : null,
      totalMax: viNumber(py.totalMax),
      fields: py.fields.map((f) => ({ name: f.name, shortName: f.shortName, max: viNumber(f.max), href: fieldHref(ym, f.code, year), source: refOf(m, f.source) })),
    };
  });
  // Each group once, in the order the definitions give (the service page's column order).
  const groups = [...new Map([...m.dataset.groups].sort((a, b) => a.order - b.order).map((g) => [g.code, g])).values()].map((g) => ({
    name: g.name,
    max: viNumber(g.max),
    source: refOf(m, g.source),
  }));
  const sources = [...m.dataset.sources].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id)).map((s) => ({
    source: s,
    ref: sourceRef(s),
    rows: a.dataset.par.filter((r) => r.sourceId === s.id).length + a.dataset.service.filter((r) => r.sourceId === s.id).length,
  }));
  return {
    covers: covers(a),
    /** The 75 % rule's threshold as the page writes it. */
    weakLabel: WEAK_LABEL,
    sources,
    structures,
    groups,
    bands: m.dataset.bands.filter((b) => b.index === "par").sort((a, b) => b.minPercent - a.minPercent).map((b) => ({ label: b.label, from: viNumber(b.minPercent), note: b.note })),
    warnings: a.models.flatMap((x) => x.warnings).map(formatDiagnostic),
    units: units(a),
  };
}

/** Every unit with a result, once, in the order of the scopes (a code in two scopes is one unit's history). */
function units(a: Atlas) {
  const seen = new Map<string, { code: string; name: string; note: string; href: string | null }>();
  for (const m of a.models) for (const u of m.units.values()) seen.set(u.code, { code: u.code, name: u.unit.name, note: u.unit.note, href: unitHref(m, u.code) });
  return [...seen.values()];
}
