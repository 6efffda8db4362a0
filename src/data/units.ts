/**
 * Finding the unit a table row speaks of: by GSO code when the table has one,
 * else by name, with or without "Xã" / "Thị trấn" / "Phường", in any case, any
 * tone placement, NFC or NFD. A unit's names are all the names its code has had.
 */
import type { Unit, UnitKind } from "./types.ts";
import { fold } from "./text.ts";
import type { DateSpan } from "./period.ts";

const PREFIXES: [string, UnitKind][] = [
  ["thi tran", "thị trấn"],
  ["tt", "thị trấn"],
  ["xa", "xã"],
  ["phuong", "phường"],
  ["p", "phường"],
];

/** Splits a written name ("UBND xã Đồng Tâm", "TT. Ninh Giang") into its kind (if written) and the folded bare name. */
export function nameKey(written: string): { kind: UnitKind | null; bare: string } {
  let key = fold(written);
  let kind: UnitKind | null = null;
  if (key.startsWith("ubnd ")) key = key.slice(5);
  for (const [prefix, k] of PREFIXES) {
    if (key.startsWith(prefix + " ")) {
      kind = k;
      key = key.slice(prefix.length + 1);
      break;
    }
  }
  return { kind, bare: key };
}

export type UnitMatch =
  | { ok: true; unit: Unit }
  | { ok: false; reason: "unknown" | "ambiguous" | "code-name-mismatch"; candidates: Unit[] };

export type { DateSpan };

export function inForce(unit: Unit, span: DateSpan): boolean {
  return (unit.validFrom === null || unit.validFrom <= span.to) && (unit.validTo === null || unit.validTo >= span.from);
}

export class UnitIndex {
  readonly units: readonly Unit[];
  readonly #byBare = new Map<string, Unit[]>();
  readonly #byCode = new Map<string, Unit[]>();

  constructor(units: readonly Unit[]) {
    this.units = units;
    for (const unit of units) {
      const { bare } = nameKey(unit.name);
      // Every row: a code's rows may differ in kind (a xã that became a thị trấn keeps its name).
      this.#byBare.set(bare, [...(this.#byBare.get(bare) ?? []), unit]);
      this.#byCode.set(unit.code, [...(this.#byCode.get(unit.code) ?? []), unit]);
    }
  }

  /** The unit rows of a code, latest first. */
  byCode(code: string): Unit[] {
    return [...(this.#byCode.get(code) ?? [])].sort((a, b) => (b.validFrom ?? "").localeCompare(a.validFrom ?? ""));
  }

  /** The row of a code in force during the span, else its latest row. */
  resolve(code: string, span?: DateSpan): Unit | undefined {
    const rows = this.byCode(code);
    return (span && rows.find((u) => inForce(u, span))) || rows[0];
  }

  match(written: { name: string; code: string | null }, span: DateSpan): UnitMatch {
    const byName = this.#matchName(written.name, span);
    if (written.code === null || written.code === "") return byName;
    const unit = this.resolve(written.code, span);
    if (!unit) return { ok: false, reason: "unknown", candidates: [] };
    if (written.name !== "" && (!byName.ok || byName.unit.code !== unit.code)) {
      return { ok: false, reason: "code-name-mismatch", candidates: [unit] };
    }
    return { ok: true, unit };
  }

  #matchName(name: string, span: DateSpan): UnitMatch {
    const { kind, bare } = nameKey(name);
    let candidates = this.#byBare.get(bare) ?? [];
    if (kind) candidates = candidates.filter((u) => u.kind === kind);
    const codes = (list: Unit[]) => new Set(list.map((u) => u.code));
    if (codes(candidates).size > 1) {
      const current = candidates.filter((u) => inForce(u, span));
      if (current.length > 0) candidates = current;
    }
    if (codes(candidates).size === 1) return { ok: true, unit: this.resolve(candidates[0]!.code, span)! };
    return { ok: false, reason: candidates.length === 0 ? "unknown" : "ambiguous", candidates };
  }
}
