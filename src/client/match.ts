/**
 * Finding units by what a reader types: folded by the project's one `fold` (no
 * diacritics, no case), so "dong tam", "DONG TAM" and "đông tâm" are alike. Exact
 * matches first (the name, the name without its kind, or the code), then names that
 * start with the query, then close matches by uFuzzy (one typo or a missing letter
 * per word), each in the index's order.
 */
import uFuzzy from "@leeoniya/ufuzzy";
import { fold } from "../data/text.ts";

export interface Unit {
  code: string;
  name: string;
  district: string;
  href: string;
}

/** Abbreviations officials write ("TT Ninh Giang", "P. 3"), spelled out before matching. */
const ABBREVIATIONS: Record<string, string> = { tt: "thi tran", x: "xa", p: "phuong", tx: "thi xa" };
const KIND = /^(xa|thi tran|phuong|thi xa) /;

export const foldQuery = (q: string) =>
  fold(q)
    .split(" ")
    .map((w, i) => (i === 0 ? (ABBREVIATIONS[w] ?? w) : w))
    .join(" ");

/**
 * How many errors a term may hold. uFuzzy's default allows none in a term of up to
 * four letters, which is almost every Vietnamese syllable ("tam", "phuc"): here a term
 * of two letters may miss one ("tm" → "tâm"), one of three or more may also have one
 * letter wrong or two swapped, one of four or more one letter too many. The first
 * letter must be right; a term of digits (a code) must match exactly.
 */
const VIETNAMESE_SYLLABLES = (term: string) => {
  const n = /\D/.test(term) ? term.length : 0;
  return { intraSlice: [1, Infinity] as [number, number], intraIns: n >= 2 ? 1 : 0, intraSub: n >= 3 ? 1 : 0, intraTrn: n >= 3 ? 1 : 0, intraDel: n >= 4 ? 1 : 0 } as const;
};

export interface Matcher {
  find(query: string, limit?: number): Unit[];
}

export function matcher(units: Unit[]): Matcher {
  const keys = units.map((u) => {
    const full = fold(u.name);
    return { unit: u, full, proper: full.replace(KIND, "") };
  });
  // uFuzzy searches one haystack: the folded name with the code, so a code is a close match too.
  const haystack = keys.map((k) => `${k.full} ${k.unit.code}`);
  const fuzzy = new uFuzzy({ intraMode: 1, intraRules: VIETNAMESE_SYLLABLES });
  return {
    find(query, limit = 8) {
      const q = foldQuery(query);
      if (!q) return [];
      const exact: number[] = [];
      const prefix: number[] = [];
      keys.forEach(({ unit, full, proper }, i) => {
        if (full === q || proper === q || unit.code === q) exact.push(i);
        else if (full.startsWith(q) || proper.startsWith(q) || unit.code.startsWith(q)) prefix.push(i);
      });
      const seen = new Set([...exact, ...prefix]);
      const close = (fuzzy.filter(haystack, q) ?? []).filter((i) => !seen.has(i));
      return [...exact, ...prefix, ...close].slice(0, limit).map((i) => keys[i]!.unit);
    },
  };
}

/** Units whose folded names repeat: the list shows their district. */
export function repeatedNames(units: Unit[]): Set<string> {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(fold(u.name), (counts.get(fold(u.name)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
}
