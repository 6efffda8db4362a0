/**
 * An Astro integration: a build that finishes deletes the cached charts and PNGs it did not
 * use (../charts/disk-cache.ts), so the caches hold one build's worth, not every chart any
 * build ever drew (at the country's scale, a change to a chart module would otherwise leave
 * a whole site's drawings behind each time). Not with CCHC_CHART_CACHE=off, which uses none.
 */
import type { AstroIntegration } from "astro";
import { cacheOff, prune } from "../charts/disk-cache.ts";

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
        const gone = prune(started);
        if (gone.files > 0) logger.info(`deleted ${gone.files} cached chart files this build did not use (${(gone.bytes / 1e6).toFixed(1)} MB)`);
      },
    },
  };
}
