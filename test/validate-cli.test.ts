/** `npm run validate` as a clerk runs it: exit code and messages. */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { DATA } from "./helpers.ts";

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, "..", "scripts", "validate.ts");
const temp = mkdtempSync(join(tmpdir(), "cchc-validate-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function validate(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe("npm run validate", () => {
  it("exits 0 on the demo data", async () => {
    const { code, stdout } = await validate([DATA]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/106 dòng CCHC\/PAR rows, 120 dòng Chỉ số phục vụ\/service rows; 0 lỗi\/errors, 0 cảnh báo\/warnings/);
  });

  it("names the file, line and column of each error in a broken copy, and exits 1", async () => {
    const dir = join(temp, "broken");
    cpSync(DATA, dir, { recursive: true });
    const path = join(dir, "par", "2022.csv");
    const lines = readFileSync(path, "utf8").split("\r\n");
    // Line 3, third column: the first field of the second commune.
    lines[2] = lines[2]!.replace(/^(\d+,[^,]+,)"[\d,]+"/, '$1"mười"');
    writeFileSync(path, lines.join("\r\n"));
    const { code, stdout } = await validate([], { DATA_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(dir, "par", "2022.csv")}:3:3: lỗi/error [not-a-number]: Công tác chỉ đạo, điều hành CCHC: Không phải là số: "mười"`);
    expect(stdout).toMatch(/1 lỗi\/errors/);
  });

  it("names a data directory that is not there, and exits 1", async () => {
    const { code, stdout } = await validate([join(temp, "no-such-directory")]);
    expect(code).toBe(1);
    expect(stdout).toContain("[no-directory]");
  });

  it("says in both languages when reading fails for another reason (a file given as the directory), and exits 2", async () => {
    const file = join(temp, "a-file");
    writeFileSync(file, "");
    const { code, stdout } = await validate([file]);
    expect(code).toBe(2);
    expect(stdout.split("\n")[0]).toContain("Không đọc được thư mục dữ liệu");
    expect(stdout.split("\n")[0]).toContain("The data directory could not be read");
  });
});
