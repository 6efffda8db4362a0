/** The built test site served on loopback and a Chromium to read it, for one test file: started before its tests, closed after. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { SITE } from "../build.ts";
import { launch } from "./chromium.ts";
import { serve, type Site } from "./serve.ts";

export interface Session {
  site: Site;
  browser: Browser;
}

/** `headers`: the host's headers to send with every response (the CSP of public/_headers, say). */
export function browserSession(headers?: Record<string, string>): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.site = await serve(SITE, headers);
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
