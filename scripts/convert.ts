/**
 * npm run convert -- <file.csv> [out.csv]
 * Writes a UTF-8 copy (with BOM, as Excel's "CSV UTF-8") of a CSV table in TCVN3
 * (ABC), VNI or Windows-1258, for a clerk who wants to fix a file once. The encoding
 * is guessed as the reader guesses it (src/data/encoding.ts) and converted as the
 * reader converts it (src/data/legacy.ts). The copy is written beside the file as
 * `<name>.utf8.csv` unless `out` is given: check it, then put it in place of the old file.
 * Exit 0 when written, 1 when there is nothing to convert or it cannot be.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { decode } from "../src/data/encoding.ts";
import { decodeLegacy } from "../src/data/legacy.ts";
import { message, type Message } from "../src/data/messages/index.ts";

const [file, out = file?.replace(/(\.csv)?$/i, ".utf8.csv")] = process.argv.slice(2);
const say = (m: Message) => `${m.vi} — ${m.en}`;

if (!file || !out) {
  console.log(say(message("convert-usage")));
  process.exitCode = 1;
} else {
  const bytes = readFileSync(file);
  const decoded = decode(bytes);
  if (decoded.ok) {
    console.log(`${file}: ${say(message("convert-nothing", { encoding: decoded.encoding }))}`);
    process.exitCode = 1;
  } else if (!decoded.legacy) {
    console.log(`${file}:${decoded.line}:${decoded.column}: ${say(decoded.message)}`);
    process.exitCode = 1;
  } else {
    writeFileSync(out, "\ufeff" + decodeLegacy(bytes, decoded.legacy));
    console.log(`${out}: ${say(message("convert-done", { encoding: decoded.legacy, file }))}`);
  }
}
