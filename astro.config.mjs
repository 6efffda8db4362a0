// @ts-check
import { defineConfig } from "astro/config";
import { dataGate } from "./src/site/integration.ts";
import { noStaleSite } from "./src/site/no-stale-site.ts";
import { cachePrune } from "./src/site/cache-prune.ts";
import { keptOutput } from "./src/site/kept-output.ts";
import { pngThreads } from "./src/site/png-threads.ts";
import { buildMemory } from "./src/site/build-memory.ts";

export default defineConfig({
  // dataGate: reads and checks the data directory before anything is built, so data with an error publishes nothing.
  // noStaleSite: a build that fails, crash included, leaves no site behind.
  // cachePrune: a build that finishes deletes the cached charts and PNGs no build used for a week.
  // keptOutput: the output folder is kept between builds (emptyOutDir below), so reused files are not copied back;
  // a folder not written by the last finished build is emptied, and a finished build deletes what it did not publish.
  // pngThreads: PNG downloads are rasterised in worker threads, up to one a core (src/charts/png-pool.ts).
  // buildMemory: the build's heap grows by at most 30 % over what it holds before V8 collects it (src/site/build-memory.ts).
  integrations: [dataGate(), noStaleSite(), cachePrune(), keptOutput(), pngThreads(), buildMemory()],
  // Directory-style URLs (/don-vi/11203/) work on any static host.
  trailingSlash: "always",
  build: {
    format: "directory",
    // Four pages at a time: a page's files are written while the next renders (a rebuild of 1,000 units: 23.4 s with
    // one, 19.6 s with four, 19.5 s with sixteen). Pages do not depend on the order they are drawn in.
    concurrency: 4,
    // Stylesheets stay files, so the Content-Security-Policy can refuse inline styles.
    inlineStylesheets: "never",
  },
  vite: {
    build: {
      emptyOutDir: false,
      // Scripts stay files too (Astro would inline a small one), so the Content-Security-Policy can refuse inline scripts.
      assetsInlineLimit: (file) => (/\.[cm]?[jt]s$/.test(file) ? false : undefined),
      rolldownOptions: {
        output: {
          // The stylesheet keeps one name (site.<hash>.css) whichever module the bundler happens to name its chunk
          // after, so that moving code between modules leaves the built site byte-identical.
          assetFileNames: (info) =>
            (info.names?.[0] ?? "").endsWith(".css") ? "_astro/site.[hash][extname]" : "_astro/[name].[hash][extname]",
        },
      },
    },
  },
  // Incremental build: a page or file whose getStaticPaths entry carries a `cacheKey` equal to the last build's (and
  // whose code is unchanged) is left as that build wrote it (or copied from Astro's cache), not rendered again
  // (src/site/chart-files.ts: fileKey; src/site/kept-output.ts).
  experimental: { incrementalBuild: true },
  // CCHC_CACHE_DIR: every cache of the build in one folder (Astro's, the drawn charts', the PNGs'; src/charts/disk-cache.ts).
  ...(process.env.CCHC_CACHE_DIR ? { cacheDir: process.env.CCHC_CACHE_DIR } : {}),
  // No dev toolbar, no telemetry: nothing in the site or its build reaches outside.
  devToolbar: { enabled: false },
});
