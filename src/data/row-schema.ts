/**
 * The checks of a results row's numbers: each value within 0 and its maximum (whole when a count), the total, the rank.
 * The rules are a zod schema; every row is checked against them, so the common case (every value null or a finite
 * number, which is what the reader's numbers are) is checked by hand, with the same issues in the same order and the
 * same messages as the schema gives (test/row-schema.test.ts compares the two); anything else goes to the schema.
 * Profiled: zod's safeParse was about a tenth of reading a 100,000-row table.
 */
import { z } from "astro/zod";
import { RULES } from "./messages/index.ts";
import type { ResultOptions, ValueSpec } from "./results.ts";
import { says } from "./schema.ts";

function valueSchema(spec: ValueSpec) {
  const label = { vi: spec.label, en: spec.label };
  let n = z.number().min(0, says(RULES.negative(label)));
  if (Number.isFinite(spec.max)) n = n.max(spec.max, says(RULES.aboveMax(label, spec.max)));
  if (spec.integer) n = n.int(says(RULES.whole(label)));
  return n.nullable();
}

/** The rules as a zod schema. */
export function rowZodSchema(options: ResultOptions) {
  return z.object({
    ...Object.fromEntries(options.values.map((v) => [`value:${v.key}`, valueSchema(v)])),
    total: z.number().min(0, says(RULES.negativeTotal)).max(options.totalMax, says(RULES.totalAboveMax(options.totalMax))).nullable(),
    rank: z.number().int(says(RULES.rank)).positive(says(RULES.rank)).nullable(),
  });
}

export interface RowIssue {
  path: PropertyKey[];
  message: string;
}

export type RowCheck = { success: true } | { success: false; error: { issues: RowIssue[] } };

/** One check of a number, in the schema's order: null when it passes, else its message, and whether it stops the later checks. */
type Rule = (v: number) => { message: string; stop: boolean } | null;

const fails = (message: string) => ({ message, stop: false });

/** zod's int(): a number that is not whole stops the later checks; a whole one beyond the safe integers fails without stopping them. */
const whole = (message: string): Rule => (v) => (!Number.isInteger(v) ? { message, stop: true } : Number.isSafeInteger(v) ? null : fails(message));

function valueRules(spec: ValueSpec): Rule[] {
  const label = { vi: spec.label, en: spec.label };
  const rules: Rule[] = [(v) => (v >= 0 ? null : fails(says(RULES.negative(label)).error))];
  if (Number.isFinite(spec.max)) rules.push((v) => (v <= spec.max ? null : fails(says(RULES.aboveMax(label, spec.max)).error)));
  if (spec.integer) rules.push(whole(says(RULES.whole(label)).error));
  return rules;
}

/** The schema of a row's numbers: `safeParse` as zod's, by hand for null and finite numbers. */
export function rowSchema(options: ResultOptions) {
  const keys: [string, Rule[]][] = [
    ...options.values.map((v): [string, Rule[]] => [`value:${v.key}`, valueRules(v)]),
    ["total", [(v) => (v >= 0 ? null : fails(says(RULES.negativeTotal).error)), (v) => (v <= options.totalMax ? null : fails(says(RULES.totalAboveMax(options.totalMax)).error))]],
    ["rank", [whole(says(RULES.rank).error), (v) => (v > 0 ? null : fails(says(RULES.rank).error))]],
  ];
  let schema: ReturnType<typeof rowZodSchema> | undefined;
  return {
    safeParse(input: Record<string, unknown>): RowCheck {
      const issues: RowIssue[] = [];
      for (const [key, rules] of keys) {
        const v = input[key];
        if (v === null) continue;
        if (typeof v !== "number" || !Number.isFinite(v)) return (schema ??= rowZodSchema(options)).safeParse(input);
        for (const rule of rules) {
          const failed = rule(v);
          if (failed === null) continue;
          issues.push({ path: [key], message: failed.message });
          if (failed.stop) break;
        }
      }
      return issues.length === 0 ? { success: true } : { success: false, error: { issues } };
    },
  };
}
