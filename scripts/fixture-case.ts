/** A case of the corpus of bad and awkward input (test/fixtures/), as scripts/make-fixtures.ts writes it. */
export interface Case {
  name: string;
  about: string;
  files: Record<string, string | Buffer>;
  /** "file:line:column: severity code", in any order; empty for plain acceptance. */
  diagnostics: string[];
  /** Words each listed message must contain, by its "file:line:column" prefix. */
  words?: Record<string, string[]>;
  /** Values the reader must produce: row file:line, the key (a field or dossier code, "total", "rank", "name"), the value. */
  values?: [string, string, number | string][];
  /** Words a listed message must not contain (a wrong hint), by its "file:line:column" prefix. */
  absent?: Record<string, string[]>;
  /** Symbolic links: path → target, as written in the link. */
  links?: Record<string, string>;
}
