/**
 * PNGs rasterised in worker threads (piscina: a maintained pool for Node's worker_threads),
 * so that a build's PNGs, most of its time, use every core: the page code keeps drawing the
 * next charts while the workers rasterise. Each worker runs png-worker.ts, the same code as
 * rasterising in the calling thread: the same bytes.
 *
 * The page code runs from a bundle that does not know where src/ is: the build names the
 * worker module in CCHC_PNG_WORKER (../site/png-threads.ts). Without it (a test, a script),
 * or with CCHC_PNG_THREADS=0, PNGs are rasterised in the calling thread.
 * CCHC_PNG_THREADS: at most how many workers, one a core unless set.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { faceFiles, renderPng } from "./png.ts";

let pool: Piscina | null | undefined;

/** At most how many worker threads CCHC_PNG_THREADS asks for: one a core unless it names a whole number. */
export function threadCount(env = process.env): number {
  const n = Number(env.CCHC_PNG_THREADS ?? availableParallelism());
  return Number.isInteger(n) && n >= 0 ? n : availableParallelism();
}

/** How long a worker waits for another PNG before it ends, its memory freed for the pages that follow. */
export const IDLE_MS = 1000;

/**
 * The pool, made at the first PNG; null when PNGs are rasterised in this thread. Workers are started as PNGs queue
 * up (a rebuild that rasterises a few starts one), up to the thread count, and end once idle for IDLE_MS (the build
 * asks for every PNG first, then the SVG files and the pages).
 */
function workers(): Piscina | null {
  if (pool === undefined) {
    const file = process.env.CCHC_PNG_WORKER;
    const threads = threadCount();
    // Idle workers do not keep the process alive (piscina unrefs them).
    pool = file && threads > 0 ? new Piscina({ filename: file, minThreads: 0, maxThreads: threads, idleTimeout: IDLE_MS }) : null;
  }
  return pool;
}

/** How many worker threads are running (none until the first PNG, none without the pool, none once idle). */
export const runningThreads = (): number => pool?.threads.length ?? 0;

/** The PNG of a standalone SVG (png.ts renderPng), by a worker thread when the build started them. */
export async function rasterisePng(svg: string): Promise<Uint8Array> {
  const p = workers();
  return p ? new Uint8Array((await p.run({ svg, fonts: faceFiles() })) as Uint8Array) : renderPng(svg);
}
