/** What the method page shows: the sources, the structure of each year, the bands, the warnings and the units. */
import { formatDiagnostic } from "../data/diagnostic.ts";
import { viNumber } from "../data/locale.ts";
import type { Model } from "../model/model.ts";
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

export function methodView(m: Model) {
  const structures = m.years.map((year) => {
    const py = m.par.get(year)!;
    const ids = new Set(py.fields.map((f) => f.source));
    return {
      year,
      /** The one document every field of the year is defined by, named in the caption; null when they differ (then each row names its own). */
      source: ids.size === 1 ? refOf(m, [...ids][0]!) : null,
      totalMax: viNumber(py.totalMax),
      fields: py.fields.map((f) => ({ name: f.name, shortName: f.shortName, max: viNumber(f.max), href: fieldHref(m, f.code, year), source: refOf(m, f.source) })),
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
    rows: m.dataset.par.filter((r) => r.sourceId === s.id).length + m.dataset.service.filter((r) => r.sourceId === s.id).length,
  }));
  return {
    district: m.district,
    /** The 75 % rule's threshold as the page writes it. */
    weakLabel: WEAK_LABEL,
    sources,
    structures,
    groups,
    bands: m.dataset.bands.filter((b) => b.index === "par").sort((a, b) => b.minPercent - a.minPercent).map((b) => ({ label: b.label, from: viNumber(b.minPercent), note: b.note })),
    warnings: m.warnings.map(formatDiagnostic),
    units: [...m.units.values()].map((u) => ({ code: u.code, name: u.unit.name, note: u.unit.note, href: unitHref(m, u.code) })),
  };
}
