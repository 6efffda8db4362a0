/** The real file system behind {@link DataFiles}: a data directory on disk. */
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { DataFiles, OtherEntry } from "./reading.ts";

/** The data directory: `DATA_DIR` if set, else `data/` (relative to the working directory). */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return env.DATA_DIR && env.DATA_DIR.trim() !== "" ? env.DATA_DIR : "data";
}

const inside = (root: string, path: string) => {
  const r = relative(root, path);
  return r !== "" && !r.startsWith("..") && !isAbsolute(r);
};

/** Where a symbolic link leads, or null when it leads outside the root (by its text or once resolved). */
function linkTarget(root: string, link: string): string | null {
  const lexical = resolve(dirname(link), readlinkSync(link));
  if (!inside(root, lexical)) return null;
  try {
    const real = realpathSync(link);
    return inside(realpathSync(root), real) ? real : null;
  } catch {
    return lexical;
  }
}

export function diskFiles(dir: string): DataFiles {
  const root = resolve(dir);
  const rel = (parent: string, name: string) => relative(root, join(parent, name)).split(sep).join("/");
  let others: OtherEntry[] = [];
  return {
    async list() {
      others = [];
      // A directory that is not there holds no file: every required one is then reported missing.
      if (!lstatSync(root, { throwIfNoEntry: false })) {
        others.push({ path: "", kind: "no-directory" });
        return [];
      }
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      const files: string[] = [];
      for (const e of entries) {
        const path = rel(e.parentPath, e.name);
        if (e.isFile()) files.push(path);
        else if (e.isDirectory()) others.push({ path: `${path}/`, kind: "folder" });
        else if (e.isSymbolicLink()) {
          const target = linkTarget(root, join(e.parentPath, e.name));
          if (target === null) others.push({ path, kind: "symlink-outside" });
          else if (lstatSync(target, { throwIfNoEntry: false })?.isFile()) files.push(path);
          else others.push({ path, kind: "not-a-file" });
        } else others.push({ path, kind: "not-a-file" });
      }
      return files;
    },
    async others() {
      return others;
    },
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(root, path)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    // Relative to the data directory: a published page never shows where the build machine keeps it.
    display: (path) => path,
  };
}
