/**
 * Charts drawn ahead of the files and pages that show them, in the time a build would otherwise spend waiting.
 *
 * A cold build asks for its PNGs first (Astro renders the PNG route before the others). Each is rasterised by a worker
 * thread (../charts/png-pool.ts) in several times what it takes this thread to draw its chart (at 1,000 units,
 * 44–61 ms against about 8 ms), so this thread used to wait for most of that phase: a CPU profile of 300 units showed
 * it idle for 35 s of a 121 s build. The charts the SVG files and pages draw next are drawn then instead, into the
 * chart cache (../charts/chart-cache.ts), and read from it when their turn comes: the same charts, drawn once, by the
 * same code; what changes is only when.
 *
 * The charts with a PNG are left out (their own route draws them as it sends them to the workers), as is any chart
 * the cache already holds. With the cache off nothing is drawn ahead: a chart drawn now would be lost.
 */
import type { Atlas } from "../model/atlas.ts";
import { chartRefs, planOf } from "./chart-files.ts";

const ahead = new WeakMap<Atlas, () => boolean>();

/**
 * The next step of drawing `atlas`'s charts ahead, one function for the whole build: each call draws one chart the
 * cache does not hold (skipping those it does) and says whether it drew one; false once every chart is held.
 */
export function drawAhead(atlas: Atlas): () => boolean {
  let step = ahead.get(atlas);
  if (!step) {
    const plans = (function* () {
      for (const model of atlas.models) for (const ref of chartRefs(model)) if (!ref.png) yield planOf(model, ref);
    })();
    step = () => {
      for (let next = plans.next(); !next.done; next = plans.next()) if (next.value.ahead()) return true;
      return false;
    };
    ahead.set(atlas, step);
  }
  return step;
}
