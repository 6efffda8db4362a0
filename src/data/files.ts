/** The real file system behind {@link DataFiles}: a data directory on disk. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DataFiles } from "./reading.ts";

/** The data directory: `DATA_DIR` if set, else `data/` (relative to the working directory). */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return env.DATA_DIR && env.DATA_DIR.trim() !== "" ? env.DATA_DIR : "data";
}

export function diskFiles(dir: string): DataFiles {
  return {
    async list() {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
    },
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    display: (path) => join(dir, path),
  };
}
