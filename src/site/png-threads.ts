/**
 * An Astro integration: names the PNG worker module (../charts/png-worker.ts) in
 * CCHC_PNG_WORKER, so that the built page code, which runs from a bundle elsewhere, can
 * start its worker threads (../charts/png-pool.ts).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

export function pngThreads(): AstroIntegration {
  return {
    name: "cchc-png-threads",
    hooks: {
      "astro:config:setup": () => {
        process.env.CCHC_PNG_WORKER ??= fileURLToPath(new URL("../charts/png-worker.ts", import.meta.url));
      },
    },
  };
}
