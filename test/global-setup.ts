/** Before any test: build the demo site once into test-output/site, for the browser tests. */
import { rmSync } from "node:fs";
import { buildSite, SITE } from "./build.ts";

export default async function setup() {
  rmSync(SITE, { recursive: true, force: true });
  await buildSite(SITE);
}
