/**
 * The build's gate: before anything is built, the data directory is read and
 * checked. Any error stops the build with every problem listed, and removes the
 * output folder, so that a site built earlier from other data is never mistaken
 * for this data's. Warnings are logged and the build goes on.
 */
import { rm } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { formatDiagnostic } from "../data/diagnostic.ts";
import { loadDataset, readData } from "./data.ts";

export function dataGate(): AstroIntegration {
  let outDir: URL | null = null;
  return {
    name: "cchc-data-gate",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = config.outDir;
      },
      "astro:build:start": async ({ logger }) => {
        const { dataset, diagnostics } = await readData();
        if (!dataset) {
          if (outDir) await rm(outDir, { recursive: true, force: true });
          await loadDataset(); // throws the DataError that lists every problem
        }
        for (const d of diagnostics) logger.warn(formatDiagnostic(d));
      },
    },
  };
}
