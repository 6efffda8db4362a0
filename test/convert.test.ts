/** npm run convert: a UTF-8 copy of a TCVN3 table, read by the reader without a warning; a UTF-8 file is left alone. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { decode } from "../src/data/encoding.ts";
import { ROOT } from "./build.ts";

const run = promisify(execFile);
const TEMP = mkdtempSync(join(tmpdir(), "cchc-convert-"));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
const convert = (...args: string[]) => run(process.execPath, [join(ROOT, "scripts", "convert.ts"), ...args]).then(
  (r) => ({ code: 0, out: r.stdout }),
  (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
);
const TABLE = "STT;Đơn vị;Tổng điểm\r\n1;Xã Đồng Tâm;87,75\r\n2;Thị trấn Ninh Giang;92,8\r\n";

describe("npm run convert", () => {
  it("writes a UTF-8 copy of a TCVN3 file beside it, the encoding named", async () => {
    const file = join(TEMP, "2022.csv");
    writeFileSync(file, iconv.encode(TABLE, "tcvn"));
    const r = await convert(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("TCVN3 (ABC)");
    const copy = readFileSync(join(TEMP, "2022.utf8.csv"));
    const d = decode(copy);
    expect(d.ok && d.encoding).toBe("UTF-8");
    expect(d.ok && d.text).toBe(TABLE);
  });
  it("leaves a UTF-8 file alone and says so", async () => {
    const file = join(TEMP, "ok.csv");
    writeFileSync(file, TABLE);
    const r = await convert(file, join(TEMP, "out.csv"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("nothing to convert");
  });
});
