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
  ["dac khu", "đặc khu"],
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
  | { ok: false; reason: "unknown" | "ambiguous" | "code-name-mismatch" | "unknown-code" | "spelling"; candidates: Unit[] };

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * How a word is spelled, beyond its folded letters: each letter's marks (circumflex,
 * breve, horn, the stroke of đ) and the word's tones, wherever they sit ("Hoè" and
 * "Hòe" spell alike).
 */
function spelling(word: string): { marks: string[]; tones: Set<string> } {
  const nfd = word.toLowerCase().normalize("NFD");
  const tones = new Set(nfd.match(TONES) ?? []);
  const marks: string[] = [];
  for (const c of nfd.replace(TONES, "")) {
    if (/\p{M}/u.test(c) && marks.length > 0) marks[marks.length - 1] += c;
    else marks.push(c === "đ" ? "\u0111" : "");
  }
  return { marks, tones };
}

/** The words of a written name after its kind ("UBND xã Đồng Tâm" → ["đồng", "tâm"]), as written. */
function bareWords(written: string): string[] {
  const words = written.normalize("NFC").split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  const folded = words.map(fold);
  let skip = folded[0] === "ubnd" ? 1 : 0;
  for (const [prefix] of PREFIXES) {
    const n = prefix.split(" ").length;
    if (folded.slice(skip, skip + n).join(" ") === prefix) {
      skip += n;
      break;
    }
  }
  return words.slice(skip);
}

/**
 * Whether a written name agrees with a unit's name word by word: "exact" when every
 * mark and tone is the same (wherever the tone sits), "compatible" when some words
 * are written without any diacritics (a plain keyboard), else "contradicts": a word
 * written with diacritics is spelled as written ("Đông" is not "Đồng").
 */
export function agreement(written: string, name: string): "exact" | "compatible" | "contradicts" {
  const a = bareWords(written);
  const b = bareWords(name);
  if (a.length !== b.length) return "compatible";
  let exact = true;
  for (let i = 0; i < a.length; i++) {
    const x = spelling(a[i]!);
    const y = spelling(b[i]!);
    const plain = x.tones.size === 0 && x.marks.every((m) => m === "");
    const same = x.marks.join("|") === y.marks.join("|") && x.tones.size === y.tones.size && [...x.tones].every((t) => y.tones.has(t));
    if (same) continue;
    if (!plain) return "contradicts";
    exact = false;
  }
  return exact ? "exact" : "compatible";
}

/** A code as written: "11203", or Excel's float "11203.0" / "11203,0". */
export function writtenCode(raw: string): string {
  const m = /^\s*(\d+)(?:[.,]0+)?\s*$/.exec(raw);
  return m ? m[1]! : raw.trim();
}

export type { DateSpan };

/** A district as written, without its kind: "Huyện Ninh Giang", "H. Ninh Giang", "ninh giang" → "ninh giang". */
export function districtKey(written: string): string {
  return fold(written).replace(/^(huyen|quan|thi xa|thanh pho|tp|tx|h|q)\.?\s+/, "").trim();
}

/** Whether a unit is in the district a table's cell names (by name, with or without its kind, or by code). */
export function inDistrict(unit: Unit, written: string): boolean {
  const w = written.trim();
  if (/^\d{3}$/.test(w)) return unit.districtCode === w;
  return unit.districtName !== null && districtKey(unit.districtName) === districtKey(w);
}

export function inForce(unit: Unit, span: DateSpan): boolean {
  return (unit.validFrom === null || unit.validFrom <= span.to) && (unit.validTo === null || unit.validTo >= span.from);
}

/**
 * The day a results table's units are taken on: the last of its period. A year's index ranks the units
 * in force at its end (a commune formed on 01/07/2025 is in 2025's table; the units it replaced are not).
 */
export const lastDay = (span: DateSpan): DateSpan => ({ from: span.to, to: span.to });

export class UnitIndex {
  readonly units: readonly Unit[];
  /** How many districts the units belong to: with more than one, a name may repeat across them. */
  readonly districts: number;
  readonly #byBare = new Map<string, Unit[]>();
  readonly #byCode = new Map<string, Unit[]>();

  /** code → the dates a new unit began under it (./unit-starts.ts): a name of the code before such a date is another unit's. */
  readonly #starts: ReadonlyMap<string, readonly string[]>;

  constructor(units: readonly Unit[], starts: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.units = units;
    this.#starts = starts;
    this.districts = new Set(units.map((u) => u.districtCode).filter((d) => d !== null)).size;
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

  /** The row of a code in force on the span's last day, else during the span, else its latest row. */
  resolve(code: string, span?: DateSpan): Unit | undefined {
    const rows = this.byCode(code);
    return (span && (rows.find((u) => inForce(u, lastDay(span))) ?? rows.find((u) => inForce(u, span)))) || rows[0];
  }

  /** Whether two rows of one code are the same unit: no new unit began under the code between them. */
  sameUnit(a: Unit, b: Unit): boolean {
    if (a.code !== b.code) return false;
    const [lo, hi] = [a.validFrom ?? "", b.validFrom ?? ""].sort() as [string, string];
    return !(this.#starts.get(a.code) ?? []).some((d) => d > lo && d <= hi);
  }

  /**
   * The unit a row names: by code, else by name within the district the row names (a
   * province's table has a district column), else by name among every unit.
   */
  match(written: { name: string; code: string | null; district?: string | null }, span: DateSpan): UnitMatch {
    if (written.code === null || written.code === "") return this.#matchName(written.name, span, written.district ?? null);
    const code = writtenCode(written.code);
    const unit = this.resolve(code, span);
    if (!unit) return { ok: false, reason: "unknown-code", candidates: [] };
    // The name beside a code is checked against the names of that unit only: another unit may share the name, and
    // a merged unit that kept the code is not the unit it replaced (Xã Đồng Tâm is not Xã Ninh Giang, though both are 11203).
    const { kind, bare } = nameKey(written.name);
    const named = (u: Unit) => nameKey(u.name).bare === bare && (!kind || u.kind === kind) && agreement(written.name, u.name) !== "contradicts";
    if (written.name !== "" && !this.byCode(code).some((u) => this.sameUnit(u, unit) && named(u))) return { ok: false, reason: "code-name-mismatch", candidates: [unit] };
    return { ok: true, unit };
  }

  #matchName(name: string, span: DateSpan, district: string | null): UnitMatch {
    const { kind, bare } = nameKey(name);
    let candidates = this.#byBare.get(bare) ?? [];
    if (kind) candidates = candidates.filter((u) => u.kind === kind);
    if (district) candidates = candidates.filter((u) => inDistrict(u, district));
    // Folding finds candidates; the spelling decides: an exact one wins, one it contradicts is never picked.
    const exact = candidates.filter((u) => agreement(name, u.name) === "exact");
    const compatible = candidates.filter((u) => agreement(name, u.name) !== "contradicts");
    if (exact.length === 0 && compatible.length === 0 && candidates.length > 0) return { ok: false, reason: "spelling", candidates };
    candidates = exact.length > 0 ? exact : compatible;
    const codes = (list: Unit[]) => new Set(list.map((u) => u.code));
    // The rows named that are in force on the table's last day decide; else the name is of a unit no longer in force (returned, to be said so).
    const current = candidates.filter((u) => inForce(u, lastDay(span)));
    if (codes(current).size === 1) return { ok: true, unit: current[0]! };
    if (current.length === 0 && codes(candidates).size === 1) return { ok: true, unit: candidates.sort((a, b) => (b.validFrom ?? "").localeCompare(a.validFrom ?? ""))[0]! };
    if (current.length > 0) candidates = current;
    return { ok: false, reason: candidates.length === 0 ? "unknown" : "ambiguous", candidates };
  }
}
