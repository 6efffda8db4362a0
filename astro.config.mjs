// @ts-check
import { defineConfig } from "astro/config";
import { dataGate } from "./src/site/integration.ts";
import { noStaleSite } from "./src/site/no-stale-site.ts";
import { cachePrune } from "./src/site/cache-prune.ts";

export default defineConfig({
  // dataGate: reads and checks the data directory before anything is built, so data with an error publishes nothing.
  // noStaleSite: a build that fails, crash included, leaves no site behind.
  // cachePrune: a build that finishes deletes the cached charts and PNGs it did not use.
  integrations: [dataGate(), noStaleSite(), cachePrune()],
  // Directory-style URLs (/don-vi/11203/) work on any static host.
  trailingSlash: "always",
  build: {
    format: "directory",
    // Stylesheets stay files, so the Content-Security-Policy can refuse inline styles.
    inlineStylesheets: "never",
  },
  vite: {
    build: {
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
  // whose code is unchanged) is copied from that build, not rendered again (src/site/chart-files.ts: fileKey).
  experimental: { incrementalBuild: true },
  // CCHC_CACHE_DIR: every cache of the build in one folder (Astro's, the drawn charts', the PNGs'; src/charts/disk-cache.ts).
  ...(process.env.CCHC_CACHE_DIR ? { cacheDir: process.env.CCHC_CACHE_DIR } : {}),
  // No dev toolbar, no telemetry: nothing in the site or its build reaches outside.
  devToolbar: { enabled: false },
});
