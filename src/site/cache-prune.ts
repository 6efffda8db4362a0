/**
 * An Astro integration: a build that finishes deletes the cached charts and PNGs no build has
 * used for CCHC_CACHE_DAYS days (../charts/disk-cache.ts), so the caches do not keep every
 * chart any build ever drew (at the country's scale, a change to a chart module leaves a whole
 * site's drawings behind). Not with CCHC_CHART_CACHE=off, which uses none.
 */
import type { AstroIntegration } from "astro";
import { cacheOff, keptFor, prune } from "../charts/disk-cache.ts";

export function cachePrune(): AstroIntegration {
  let started = 0;
  return {
    name: "cchc-cache-prune",
    hooks: {
      "astro:build:start": () => {
        started = Date.now();
      },
      "astro:build:done": ({ logger }) => {
        if (cacheOff() || started === 0) return;
        const gone = prune(started - keptFor());
        if (gone.files > 0) logger.info(`deleted ${gone.files} cached chart files no build used for ${keptFor() / 86_400_000} days (${(gone.bytes / 1e6).toFixed(1)} MB)`);
      },
    },
  };
}
