/**
 * zod schemas of the data contract (see data/README.md). The same schemas check
 * each record as it is read (so that an issue points at its file, line and column)
 * and each entry again in Astro's content layer (src/content.config.ts).
 *
 * Messages are bilingual: {@link says} packs a Vietnamese and an English text
 * into one zod message, {@link saying} unpacks it.
 */
import { z } from "astro/zod";
import { RULES, type Text } from "./messages/index.ts";
import { parseNumber } from "./number.ts";
import { YEARS } from "./period.ts";
import { fold } from "./text.ts";

const SEPARATOR = " \u2016 ";

/** One zod message in two languages. */
export function says(text: Text): { error: string } {
  return { error: `${text.vi}${SEPARATOR}${text.en}` };
}

export function saying(message: string): { vi: string; en: string } {
  const [vi, en] = message.split(SEPARATOR);
  return { vi: vi!, en: en ?? vi! };
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A number written either way ("18,5" or "18.5"). */
const decimal = z.string().transform((raw, ctx) => {
  const parsed = parseNumber(raw, "comma");
  if (!parsed.ok || parsed.value === null) {
    ctx.addIssue({ code: "custom", ...says(RULES.notANumber(raw)) });
    return z.NEVER;
  }
  return parsed.value;
});

const year = z.coerce
  .number(says(RULES.yearDigits))
  .int(says(RULES.yearWhole))
  .min(YEARS.from, says(RULES.yearPlausible))
  .max(YEARS.to, says(RULES.yearPlausible));

const isoDate = z.preprocess(
  blankToNull,
  z.iso.date(says(RULES.isoDate)).nullable(),
);

const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, says(RULES.code));

const text = z.string().default("");
const filled = z.string(says(RULES.missingColumn)).min(1, says(RULES.emptyCell));
const order = z.coerce
  .number(says(RULES.orderNumber))
  .int(says(RULES.orderWhole));

/** "a | b | c" → ["a", "b", "c"]. */
const list = (separator: RegExp) =>
  z
    .string()
    .default("")
    .transform((s) => s.split(separator).map((a) => a.trim()).filter(Boolean));

const KINDS = { xa: "xã", "thi tran": "thị trấn", phuong: "phường", "dac khu": "đặc khu" } as const;

export const unitKind = z.string().transform((raw, ctx) => {
  const kind = KINDS[fold(raw) as keyof typeof KINDS];
  if (!kind) {
    ctx.addIssue({ code: "custom", ...says(RULES.unitKind(raw)) });
    return z.NEVER;
  }
  return kind;
});

const unitCode = z.string().regex(/^\d{5}$/, says(RULES.unitCode));
const blankOr = <T extends z.ZodType>(s: T) => z.preprocess(blankToNull, s.nullable().default(null));

/**
 * A unit and the district it belongs to; a unit with no district (the units in force
 * from 01/07/2025) names its province. The province columns may be left out.
 */
export const unitRecord = z
  .object({
    code: unitCode,
    name: z.string().min(1, says(RULES.unitName)),
    kind: unitKind,
    province_code: blankOr(z.string().regex(/^\d{2}$/, says(RULES.provinceCode))),
    province_name: blankOr(z.string()),
    district_code: blankOr(z.string().regex(/^\d{3}$/, says(RULES.districtCode))),
    district_name: blankOr(z.string()),
    valid_from: isoDate,
    valid_to: isoDate,
    merged_into: blankOr(z.string().regex(/^\d{5}$/, says(RULES.mergedInto))),
    note: text,
  })
  .refine((u) => u.district_code === null || u.district_name !== null, { path: ["district_name"], ...says(RULES.districtName) })
  .refine((u) => u.district_code !== null || u.province_code !== null, { path: ["district_code"], ...says(RULES.districtOrProvince) })
  .refine((u) => u.province_code === null || u.province_name !== null, { path: ["province_name"], ...says(RULES.provinceName) });

/** One old unit going into a new one (lineage.csv): a merger, a split (`partial`), or a code kept by a merged unit. */
export const lineageRecord = z.object({
  date: z.iso.date(says(RULES.isoDate)),
  old_code: unitCode,
  new_code: unitCode,
  part: z.enum(["full", "partial"], says(RULES.lineagePart)),
  resolution: text,
  note: text,
});

export const sourceRecord = z.object({
  id: code,
  kind: z.enum(["published", "report", "illustrative"], says(RULES.sourceKind)),
  number: text,
  date: isoDate,
  issuer: text,
  title: z.string().min(1, says(RULES.documentTitle)),
  url: text,
  applies_to: list(/\s+/),
  note: text,
});

const max = decimal.pipe(z.number().positive(says(RULES.maxPositive)));

/** What a PAR field and a service group share: order, code, names, maximum, header aliases, the defining source. */
const definition = { order, code, name: filled, short_name: filled, max, aliases: list(/\|/), source: text };

export const fieldRecord = z.object({
  from_year: year,
  to_year: z.preprocess(blankToNull, year.nullable()),
  ...definition,
});

const periodKey = z.string().regex(/^\d{4}(-(Q[1-4]|M(0[1-9]|1[0-2])|H[12]))?$/, says(RULES.period));

export const groupRecord = z.object({
  from_period: periodKey,
  to_period: z.preprocess(blankToNull, periodKey.nullable()),
  ...definition,
});

export const bandRecord = z.object({
  index: z.enum(["par", "service"], says(RULES.index)),
  from_year: year,
  to_year: z.preprocess(blankToNull, year.nullable()),
  min_percent: decimal.pipe(z.number().min(0, says(RULES.percentRange)).max(100, says(RULES.percentRange))),
  label: filled,
  note: text,
});

export const columnRecord = z.object({
  role: z.enum(["unit", "unit_code", "district", "order", "total", "rank", "band", "note", "source"], says(RULES.role)),
  aliases: list(/\|/),
});

export const dossierRecord = z.object({
  order,
  code,
  name: filled,
  unit: z.enum(["count", "percent"], says(RULES.dossierUnit)),
  aliases: list(/\|/),
});

// Entries as they pass through Astro's content layer: the shapes of ./types.ts.

export const location = z.object({ file: z.string(), line: z.number().int().positive(), columns: z.record(z.string(), z.number().int()) });
const score = z.number().min(0).nullable();

export const unitEntry = z.object({
  code: z.string(), name: z.string(), kind: z.enum(["xã", "thị trấn", "phường", "đặc khu"]),
  provinceCode: z.string().nullable(), provinceName: z.string().nullable(), districtCode: z.string().nullable(), districtName: z.string().nullable(),
  validFrom: z.string().nullable(), validTo: z.string().nullable(), note: z.string(),
});
export const lineageEntry = z.object({
  date: z.string(), oldCode: z.string(), newCode: z.string(), part: z.enum(["full", "partial"]), resolution: z.string(), note: z.string(),
});
export const sourceEntry = z.object({
  id: z.string(), kind: z.enum(["published", "report", "illustrative"]), number: z.string(), date: z.string().nullable(), issuer: z.string(),
  title: z.string(), url: z.string(), appliesTo: z.array(z.string()), note: z.string(),
});
export const fieldEntry = z.object({
  year: z.number().int(), order: z.number(), code: z.string(), name: z.string(), shortName: z.string(), max: z.number().positive(), aliases: z.array(z.string()), source: z.string(),
});
export const groupEntry = fieldEntry.omit({ year: true }).extend({ period: z.string() });
export const bandEntry = z.object({
  index: z.enum(["par", "service"]), fromYear: z.number().int(), toYear: z.number().int().nullable(), minPercent: z.number().min(0).max(100), label: z.string(), note: z.string(),
});
export const dossierEntry = z.object({ order: z.number(), code: z.string(), name: z.string(), unit: z.enum(["count", "percent"]), aliases: z.array(z.string()) });
export const parEntry = z.object({
  year: z.number().int(), unitCode: z.string(), writtenName: z.string(), scores: z.record(z.string(), score), total: z.number().min(0), totalPublished: z.boolean(),
  publishedRank: z.number().int().positive().nullable(), publishedBand: z.string().nullable(), sourceId: z.string(), note: z.string(), location,
  scope: z.string(),
});
export const serviceEntry = z.object({
  period: z.string(), unitCode: z.string(), writtenName: z.string(), total: score, groups: z.record(z.string(), score), publishedRank: z.number().int().positive().nullable(),
  dossiers: z.record(z.string(), score), sourceId: z.string(), note: z.string(), location, scope: z.string(),
});
