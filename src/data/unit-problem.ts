/**
 * Why a row's unit is not found, in the words that send the reader the right way: an unknown code, a name
 * that contradicts its code, a name several units share (each named with its district), letters of a
 * wrongly converted legacy encoding, a look-alike character, diacritics that contradict every candidate.
 */
import { message, type Message } from "./messages/index.ts";
import { unitLabel } from "./scope.ts";
import { codePointName, foreignLetters, oddCharacters } from "./text.ts";
import type { Unit } from "./types.ts";
import { nameKey, type UnitMatch } from "./units.ts";

export type Reason = Exclude<UnitMatch, { ok: true }>["reason"];

/**
 * A name that is not the code's unit's: where only the kind differs ("Phường 5" written, the unit list saying
 * the code is a xã named "Phường 5"), the message says so, rather than "is Phường 5, not Phường 5".
 */
function codeMismatch(written: { name: string; code: string | null }, unit: Unit): Message {
  const asWritten = nameKey(written.name);
  const listed = nameKey(unit.name);
  if (asWritten.kind && asWritten.kind !== unit.kind && asWritten.bare === listed.bare) {
    return message("unit-kind-mismatch", { code: written.code!, unit: unitLabel(unit), kind: unit.kind, written: asWritten.kind });
  }
  return message("unit-code-mismatch", { code: written.code!, unit: unitLabel(unit), written: written.name });
}

/** The message, and whether it belongs at the code's cell rather than the name's. */
export function unitProblem(reason: Reason, written: { name: string; code: string | null }, shown: string, found: Unit[]): { message: Message; atCode: boolean } {
  const candidates = found.map(unitLabel).join("; ");
  const letters = foreignLetters(shown);
  const odd = oddCharacters(shown);
  if (reason === "unknown-code") return { message: message("unknown-code", { code: written.code! }), atCode: true };
  const text = (() => {
    if (reason === "code-name-mismatch") return codeMismatch(written, found[0]!);
    if (reason === "ambiguous") return message("ambiguous-unit", { shown, candidates });
    if (letters) return message("garbled-text", { shown, letters });
    if (odd.length > 0) return message("lookalike-character", { shown, chars: odd.map(codePointName).join(", ") });
    if (reason === "spelling") return message("unknown-unit/spelling", { shown, candidates });
    return message("unknown-unit", { shown });
  })();
  return { message: text, atCode: false };
}
