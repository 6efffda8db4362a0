/** PNG downloads are kept between builds by content: the same SVG is rasterised once, a changed one again. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedPng } from "../src/charts/png-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "chart-png-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("PNG cache", () => {
  it("renders an SVG once, then returns the same bytes from the cache; another SVG is rendered", async () => {
    let calls = 0;
    const render = (svg: string) => (calls++, new TextEncoder().encode(`png of ${svg}`));
    const first = await cachedPng("<svg>a</svg>", render, dir);
    const again = await cachedPng("<svg>a</svg>", render, dir);
    expect(calls).toBe(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    await cachedPng("<svg>b</svg>", render, dir);
    expect(calls).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(2);
  });
  it("is bypassed with CCHC_CHART_CACHE=off", async () => {
    let calls = 0;
    const render = () => (calls++, new Uint8Array([1]));
    process.env.CCHC_CHART_CACHE = "off";
    try {
      await cachedPng("<svg>a</svg>", render, dir);
    } finally {
      delete process.env.CCHC_CHART_CACHE;
    }
    expect(calls).toBe(1);
  });
});
