// @ts-check
import { defineConfig } from "astro/config";
import { noStaleSite } from "./src/data/no-stale-site.ts";

export default defineConfig({
  // Directory-style URLs (/don-vi/11203/) work on any static host.
  trailingSlash: "always",
  build: {
    format: "directory",
    // Stylesheets stay files, so the Content-Security-Policy can refuse inline styles.
    inlineStylesheets: "never",
  },
  // No dev toolbar, no telemetry: nothing in the site or its build reaches outside.
  devToolbar: { enabled: false },
  // A build that fails, crash included, leaves no site behind.
  integrations: [noStaleSite()],
});
