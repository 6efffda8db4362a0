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
    // Two charts sent to each worker at a time: it starts the next as soon as it is done, while this thread is busy
    // drawing (rasterisePng's `meanwhile`) rather than free to hand it one.
    pool = file && threads > 0 ? new Piscina({ filename: file, minThreads: 0, maxThreads: threads, idleTimeout: IDLE_MS, concurrentTasksPerWorker: 2 }) : null;
  }
  return pool;
}

/** How many worker threads are running (none until the first PNG, none without the pool, none once idle). */
export const runningThreads = (): number => pool?.threads.length ?? 0;

/** Whether a caller is doing its `meanwhile` work now: one at a time, one step a turn of the event loop. */
let helping = false;

/**
 * The PNG of a standalone SVG (png.ts renderPng), by a worker thread when the build started them.
 *
 * While a worker rasterises it, this thread, which would otherwise wait, does `meanwhile`'s work: one step (a chart
 * drawn, a few milliseconds) a turn of the event loop, so that the workers' answers and the build's other work come
 * in between, until the PNG is back or `meanwhile` says it has nothing left (false). The build draws the charts its
 * SVG files and pages ask for next (../site/draw-ahead.ts). Only one waiting caller does it at a time.
 */
export async function rasterisePng(svg: string, meanwhile?: () => boolean): Promise<Uint8Array> {
  const p = workers();
  if (!p) return renderPng(svg);
  const job = p.run({ svg, fonts: faceFiles() }) as Promise<Uint8Array>;
  if (meanwhile && !helping) {
    let settled = false;
    const done = () => void (settled = true);
    job.then(done, done);
    helping = true;
    try {
      while (!settled && meanwhile()) await new Promise(setImmediate);
    } finally {
      helping = false;
    }
  }
  return new Uint8Array(await job);
}
