/**
 * The build's gate: before anything is built, the data directory is read and
 * checked. Any error stops the build with every problem listed (no-stale-site.ts
 * then removes the output folder, so a site built earlier from other data is
 * never mistaken for this data's). Warnings are logged and the build goes on.
 */
import type { AstroIntegration } from "astro";
import { dataDir } from "../data/files.ts";
import { formatIn } from "../data/diagnostic.ts";
import { loadDataset, readData } from "./data.ts";

export function dataGate(): AstroIntegration {
  return {
    name: "cchc-data-gate",
    hooks: {
      "astro:build:start": async ({ logger }) => {
        await loadDataset(); // throws the DataError that lists every problem
        const dir = dataDir();
        for (const d of (await readData(dir)).diagnostics) logger.warn(formatIn(dir, d));
      },
    },
  };
}
