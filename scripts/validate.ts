/**
 * npm run validate -- [data dir]
 * Reads and checks a data directory exactly as the build does, prints every
 * problem as `file:line:column: message`, and exits 1 if there is any error
 * (2 if reading failed unexpectedly: said in both languages, then the details).
 * The directory is the argument, else DATA_DIR, else data/.
 */
import { describeFailure, formatIn, hasErrors, sortDiagnostics } from "../src/data/diagnostic.ts";
import { dataDir, diskFiles } from "../src/data/files.ts";
import { READER_FAILED } from "../src/data/messages/index.ts";
import { readDataset } from "../src/data/read.ts";
import { buildModel } from "../src/model/model.ts";

const dir = process.argv[2] ?? dataDir();
try {
  const { dataset, partial, diagnostics } = await readDataset(diskFiles(dir));
  const all = sortDiagnostics([...diagnostics, ...(dataset ? buildModel(dataset).warnings : [])]);
  for (const d of all) console.log(formatIn(dir, d));
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  console.log(
    `${dir}: ${partial.par.length} dòng CCHC/PAR rows, ${partial.service.length} dòng Chỉ số phục vụ/service rows; ` +
      `${errors} lỗi/errors, ${warnings} cảnh báo/warnings`,
  );
  process.exitCode = hasErrors(all) ? 1 : 0;
} catch (e) {
  console.log(describeFailure(e, READER_FAILED));
  process.exitCode = 2;
}
