/**
 * An Astro integration: a build that does not finish, for any reason (data
 * errors, a crash, an exception in a page), leaves no site in the output folder,
 * so an older or half-written site is never mistaken for this data's.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

export function noStaleSite(): AstroIntegration {
  let building = false;
  let finished = false;
  return {
    name: "cchc-no-stale-site",
    hooks: {
      "astro:config:setup": ({ command }) => {
        building = command === "build";
      },
      "astro:config:done": ({ config }) => {
        if (!building) return;
        const outDir = fileURLToPath(config.outDir);
        // On exit, whatever the cause, unless the build said it was done.
        process.once("exit", () => {
          if (!finished) rmSync(outDir, { recursive: true, force: true });
        });
      },
      "astro:build:done": () => {
        finished = true;
      },
    },
  };
}
