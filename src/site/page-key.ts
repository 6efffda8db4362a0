/**
 * A page's cacheKey for Astro's incremental build: the SHA-256 of everything the page renders from the data (its
 * page data, pages.ts). A rebuild renders again only the pages whose data changed; the others are left as the last
 * build wrote them. What else decides a page's bytes is Astro's to key: the page's code and everything it imports
 * (its dependency hash), the configuration and the lockfile.
 *
 * The key is only as sound as the data is complete, so it refuses what it cannot see through: a function, a Set, a
 * class instance other than a chart plan, a value with toJSON (a Date). A chart plan counts by its content key (the key its drawing is kept by,
 * charts/chart-cache.ts) and whether it has a PNG download, which is what the page's figure shows of it.
 */
import { createHash } from "node:crypto";
import type { Model } from "../model/model.ts";
import { hasPng } from "./chart-files.ts";
import { Planned } from "./charts.ts";

/** The JSON of a page's data, charts as their keys; throws on a value whose content JSON would not show. */
export function pageJson(models: readonly Model[], data: unknown): string {
  return JSON.stringify(data, function (this: Record<string, unknown>, name: string, value: unknown) {
    // JSON asks toJSON before this replacer sees the value: a Date or a class with toJSON would pass as its text.
    const original = this[name];
    if (original !== value && typeof original === "object" && original !== null) {
      throw new Error(`page key: "${name}" is a ${original.constructor?.name ?? "value"} with toJSON, which the key cannot see into`);
    }
    if (value instanceof Planned) return { chart: value.key(), png: hasPng(models, value.id) };
    if (value instanceof Map) return { map: [...value.entries()] };
    if (typeof value === "number" && !Number.isFinite(value)) return `number:${value}`;
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw new Error(`page key: "${name}" is a ${typeof value}, which the key cannot see into`);
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new Error(`page key: "${name}" is a ${(value as object).constructor?.name ?? "class instance"}, which the key cannot see into`);
      }
    }
    return value;
  });
}

/** The cacheKey of a page whose data is `data`. */
export const pageKey = (models: readonly Model[], data: unknown): string => createHash("sha256").update(pageJson(models, data)).digest("hex");
