/**
 * The output folder kept between builds (src/site/kept-output.ts): emptied when the last
 * finished build wrote another folder (or none finished), or a build with another cache folder
 * wrote it since, kept when it wrote this one; a finished build deletes the files it neither wrote
 * nor published, and the folders left empty; Astro's keys and page copies go when the cache
 * folder's last build did not finish.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { keptOutput, markOf } from "../src/site/kept-output.ts";

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
function build(out: string, publish: (out: string) => string[] = () => [], cache = join(TEMP, "cache")) {
  // Only what the integration reads of each hook's argument.
  const hooks = keptOutput().hooks as unknown as Record<string, (arg: unknown) => void>;
  hooks["astro:config:done"]!({ config: { outDir: url(out), publicDir: url(join(TEMP, "public")), cacheDir: url(cache) } });
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

  it("is emptied when a build with another cache folder wrote it since, or one stopped in the middle", () => {
    const out = join(TEMP, "d");
    const [c1, c2] = [join(TEMP, "cache-1"), join(TEMP, "cache-2")];
    for (const c of [c1, c2]) mkdirSync(c, { recursive: true });
    const page = (o: string) => [join(o, "page.html")];
    build(out, page, c1)();
    earlier(join(out, "page.html"));
    expect(existsSync(markOf(out))).toBe(true);
    expect(markOf(out).startsWith(join(out, ".."))).toBe(true);
    expect(markOf(out).startsWith(out + "/")).toBe(false);
    // Another cache folder's build writes the folder (its data, say B), then a build with the first folder (data A).
    build(out, page, c2)();
    earlier(join(out, "page.html"));
    build(out, page, c1);
    expect(files(out)).toEqual([]);
    // A build that starts and never finishes (killed) leaves no mark: the next build does not trust the folder.
    earlier(join(out, "page.html"));
    build(out, page, c1);
    expect(files(out)).toEqual([]);
  });

  it("deletes Astro's keys and page copies when the cache folder's last build did not finish, and keeps them when it did", () => {
    const out = join(TEMP, "e");
    const cache = join(TEMP, "cache-3");
    const keys = join(cache, "incremental-build.json");
    const copy = join(cache, "dist", "don-vi", "index.html");
    mkdirSync(cache, { recursive: true });
    build(out, () => [], cache)();
    writeFileSync(keys, "{}");
    earlier(copy);
    build(out, () => [], cache)();
    expect([existsSync(keys), existsSync(copy)]).toEqual([true, true]);
    // Started, and stopped before it finished: Astro had copied pages of data its keys never recorded.
    build(out, () => [], cache);
    build(out, () => [], cache);
    expect([existsSync(keys), existsSync(copy)]).toEqual([false, false]);
  });
});
