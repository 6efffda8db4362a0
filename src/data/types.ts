/**
 * The validated dataset: what the reader produces and the model consumes.
 * Plain JSON values only, so that entries pass through Astro's content layer.
 * The shapes are the content-layer schemas of ./schema.ts.
 */
import type { z } from "astro/zod";
import type * as schema from "./schema.ts";
import type { StatedRank } from "./stated-ranks.ts";

/** "đặc khu" (special zone): the island units from 01/07/2025. */
export type UnitKind = "xã" | "thị trấn" | "phường" | "đặc khu";
export type IndexKind = "par" | "service";

/** A commune-level unit, keyed by its GSO code; a code may have several rows (renames). Dates are ISO, null when open. */
export type Unit = z.infer<typeof schema.unitEntry>;
/** Where a row's numbers come from: the published document, a report quoting it, or "minh họa" (illustrative). */
export type Source = z.infer<typeof schema.sourceEntry>;
/** A PAR field (lĩnh vực) as defined for one year. */
export type FieldDef = z.infer<typeof schema.fieldEntry>;
/** A service-index group as defined for one period. */
export type GroupDef = z.infer<typeof schema.groupEntry>;
/** A classification band: share of the maximum from `minPercent` up to the next band. */
export type Band = z.infer<typeof schema.bandEntry>;
/** One old unit going into a new one on a date (lineage.csv): see ../model/lineage.ts. */
export type LineageEvent = z.infer<typeof schema.lineageEntry>;
/**
 * What a results table ranks: a district (the units of one district, as until 2024) or
 * the province (from 2025, or a table spanning districts). `key` is stable: "huyen-299", "tinh-31".
 */
export interface Scope {
  key: string;
  kind: "district" | "province";
  code: string;
  name: string;
}
export type DossierStatDef = z.infer<typeof schema.dossierEntry>;
/** Where a row stands in its file; `columns` holds the 1-based column of each recognised cell by role or code. */
export type RowLocation = z.infer<typeof schema.location>;
/** `total` is the table's total if it has one, else the sum of the fields rounded to 2 decimals. */
export type ParRow = z.infer<typeof schema.parEntry>;
export type ServiceRow = z.infer<typeof schema.serviceEntry>;

export interface Dataset {
  units: Unit[];
  sources: Source[];
  fields: FieldDef[];
  groups: GroupDef[];
  bands: Band[];
  dossierStats: DossierStatDef[];
  par: ParRow[];
  service: ServiceRow[];
  /** Field ranks a document states for a unit (published-ranks.csv). */
  statedRanks: StatedRank[];
  /** Mergers, splits and renames into new units (lineage.csv, and units.csv's merged_into). */
  lineage: LineageEvent[];
  /** What each results table ranks, by key (rows name theirs in `scope`). */
  scopes: Scope[];
}
