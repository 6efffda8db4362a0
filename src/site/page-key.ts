/**
 * A page's cacheKey for Astro's incremental build: the SHA-256 of everything the page renders from the data (its
 * page data, pages.ts). A rebuild renders again only the pages whose data changed; the others are left as the last
 * build wrote them. What else decides a page's bytes is Astro's to key: the page's code and everything it imports
 * (its dependency hash), the configuration and the lockfile.
 *
 * The key is only as sound as the data is complete, so it refuses what it cannot see through (charts/chart-cache.ts:
 * inputJson, which keys the charts by the same rules): a function, a Set, a class instance other than a chart plan,
 * a value with toJSON (a Date). A chart plan counts by its content key (the key its drawing is kept by,
 * charts/chart-cache.ts) and whether it has a PNG download, which is what the page's figure shows of it.
 */
import { createHash } from "node:crypto";
import { inputJson } from "../charts/chart-cache.ts";
import type { Model } from "../model/model.ts";
import { hasPng } from "./chart-files.ts";
import { Planned } from "./charts.ts";

/** The JSON of a page's data, charts as their keys; throws on a value whose content JSON would not show. */
export const pageJson = (models: readonly Model[], data: unknown): string =>
  inputJson(data, { is: (v) => v instanceof Planned, write: (plan: Planned) => ({ chart: plan.key(), png: hasPng(models, plan.id) }) });

/** The cacheKey of a page whose data is `data`. */
export const pageKey = (models: readonly Model[], data: unknown): string => createHash("sha256").update(pageJson(models, data)).digest("hex");
