/** The zod schema of a results row's numbers: each value within 0 and its maximum (whole when a count), the total, the rank. */
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

export function rowSchema(options: ResultOptions) {
  return z.object({
    ...Object.fromEntries(options.values.map((v) => [`value:${v.key}`, valueSchema(v)])),
    total: z.number().min(0, says(RULES.negativeTotal)).max(options.totalMax, says(RULES.totalAboveMax(options.totalMax))).nullable(),
    rank: z.number().int(says(RULES.rank)).positive(says(RULES.rank)).nullable(),
  });
}

