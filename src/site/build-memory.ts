/**
 * An Astro integration: the build's heap grows by at most {@link HEAP_GROWING_PERCENT} % over what the last full
 * collection found alive before the next one, instead of V8's own factor (up to 4×), so that the build's memory
 * follows what it holds rather than how fast it makes garbage.
 *
 * Why: a build holds the model and the routes (about 1 GB at 10,000 units, 90 MB of it code) but makes
 * garbage fast (each SVG download and page parses a chart and writes a file while others wait on the disk), and
 * V8 let the heap grow to 2.6 GB between collections in the SVG downloads of a 10,000-unit build: resident
 * memory 3.1 GB, over the 2 GB target. Pages V8 frees stay resident, so the peak is what counts.
 *
 * The flag is read by V8 whenever it sets the next collection's limit, so setting it when the configuration
 * loads applies to the rest of the build (and to the PNG workers, which share V8's flags). It costs more
 * collections of the main heap: measured in README.md (bench:site).
 */
import type { AstroIntegration } from "astro";
import { setFlagsFromString } from "node:v8";

/** How far over the live heap the next full collection starts, in percent of it. */
export const HEAP_GROWING_PERCENT = 30;

/** Sets the heap's growth for this process (V8's --heap-growing-percent). */
export const limitHeapGrowth = (percent = HEAP_GROWING_PERCENT) => setFlagsFromString(`--heap-growing-percent=${percent}`);

export function buildMemory(): AstroIntegration {
  return {
    name: "cchc-build-memory",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command === "build") limitHeapGrowth();
      },
    },
  };
}
