/**
 * The output folder kept between builds (src/site/kept-output.ts): emptied when the last
 * finished build wrote another folder (or none finished), kept when it wrote this one; a
 * finished build deletes the files it neither wrote nor published, and the folders left empty.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { keptOutput } from "../src/site/kept-output.ts";

const TEMP = mkdtempSync(join(tmpdir(), "cchc-kept-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
const url = (dir: string) => pathToFileURL(dir + "/");
const logger = { info: () => undefined };
const old = new Date(Date.now() - 60_000);

/** A file written by an earlier build (its time a minute ago). */
function earlier(file: string): string {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, "earlier");
  utimesSync(file, old, old);
  return file;
}

/** The integration's hooks run as a build into `out` runs them; `publish`: the files the build lists as its output. */
function build(out: string, publish: (out: string) => string[] = () => []) {
  // Only what the integration reads of each hook's argument.
  const hooks = keptOutput().hooks as unknown as Record<string, (arg: unknown) => void>;
  hooks["astro:config:done"]!({ config: { outDir: url(out), publicDir: url(join(TEMP, "public")), cacheDir: url(join(TEMP, "cache")) } });
  hooks["astro:build:start"]!({});
  return () => hooks["astro:build:done"]!({ assets: new Map([["/x", publish(out).map((f) => pathToFileURL(f))]]), logger });
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() : []);

describe("the output folder kept between builds", () => {
  it("is emptied when no build finished writing it, kept when the last one did", () => {
    mkdirSync(join(TEMP, "cache"), { recursive: true });
    mkdirSync(join(TEMP, "public"), { recursive: true });
    earlier(join(TEMP, "public", "favicon.svg"));
    const a = join(TEMP, "a");
    earlier(join(a, "unknown.html"));
    const done = build(a);
    expect(files(a)).toEqual([]);
    for (const f of ["kept.html", "favicon.svg", "x/stale.html"]) earlier(join(a, f));
    writeFileSync(join(a, "written.html"), "now");
    done();
    // Kept: what it published (kept.html), the public folder's file, what it wrote; gone: the rest, and its folder.
    expect(files(a)).toEqual(["favicon.svg", "written.html"]);
    expect(existsSync(join(a, "x"))).toBe(false);
  });

  it("keeps what the last finished build wrote into the same folder, and empties another folder", () => {
    const a = join(TEMP, "b");
    build(a, (out) => [join(out, "page.html")])();
    earlier(join(a, "page.html"));
    const again = build(a, (out) => [join(out, "page.html")]);
    expect(files(a)).toEqual(["page.html"]);
    again();
    expect(files(a)).toEqual(["page.html"]);
    const other = join(TEMP, "c");
    earlier(join(other, "page.html"));
    build(other);
    expect(files(other)).toEqual([]);
  });
});
