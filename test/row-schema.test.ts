/** The hand-written row check (src/data/row-schema.ts) gives exactly the issues of the zod schema it stands for. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ResultOptions } from "../src/data/results.ts";
import { rowSchema, rowZodSchema } from "../src/data/row-schema.ts";

const edge = fc.constantFrom(0, -0, -1, 0.5, 1, 2, 5, 18.5, 18.51, 100, 100.01, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e300, -1e300, Number.MIN_VALUE);
const number = fc.oneof(edge, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 300 }));
const cell = fc.oneof(fc.constant(null), number, number);
const spec = fc.record({
  max: fc.oneof(fc.constantFrom(5, 18.5, 100, Infinity), fc.double({ min: 0, max: 1000, noNaN: true })),
  integer: fc.boolean(),
  percent: fc.boolean(),
});

describe("row checks", () => {
  it("give the issues of the zod schema, in its order", () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 6 }), fc.double({ min: 1, max: 1000, noNaN: true }), fc.array(cell, { minLength: 8, maxLength: 8 }), (specs, totalMax, cells) => {
        const values = specs.map((s, i) => ({ ...s, key: `k${i}`, label: `Lĩnh vực ${i}`, aliases: [], required: false }));
        const options = { values, totalMax } as unknown as ResultOptions;
        const input: Record<string, unknown> = { total: cells[6], rank: cells[7] };
        values.forEach((v, i) => (input[`value:${v.key}`] = cells[i]));
        const zod = rowZodSchema(options).safeParse(input);
        const own = rowSchema(options).safeParse(input);
        expect(own.success).toBe(zod.success);
        const issues = (r: typeof own) => (r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message })));
        expect(issues(own)).toEqual(issues(zod));
      }),
      { numRuns: 3000 },
    );
  });

  it("leave anything but null and finite numbers to the schema", () => {
    const options = { values: [{ key: "a", label: "A", aliases: [], max: 5, percent: false, integer: false, required: false }], totalMax: 100 } as unknown as ResultOptions;
    for (const odd of [NaN, Infinity, "1", undefined]) {
      const input = { "value:a": odd, total: null, rank: null };
      expect(rowSchema(options).safeParse(input)).toEqual(rowZodSchema(options).safeParse(input));
    }
  });
});
