/**
 * Every message of the data layer, in one place: a key (the diagnostic's code,
 * with a "/variant" when one code has several wordings) → the Vietnamese and
 * English text, built from named parameters. A reader edition in one language
 * picks one side; tests read the code. The entries are grouped by what they speak
 * of (./files.ts, ./tables.ts; zod's texts in ./rules.ts), merged here into one catalogue.
 */
import { visible } from "../text.ts";
import { FILE_MESSAGES } from "./files.ts";
import { TABLE_MESSAGES } from "./tables.ts";
import type { Text } from "./text.ts";

export type { Text } from "./text.ts";
export { RULES } from "./rules.ts";

/** The heading of a failed build's list of errors. */
export const NOT_PUBLISHED: Text = { vi: "Dữ liệu có lỗi, không xuất bản", en: "The data has errors, nothing is published" };

/** What is printed when reading fails unexpectedly (a missing directory, a bug), before the details. */
export const READER_FAILED: Text = {
  vi: "Không đọc được thư mục dữ liệu (lỗi bất ngờ, chi tiết bên dưới); không xuất bản",
  en: "The data directory could not be read (an unexpected failure, details below); nothing is published",
};

/** A message ready for a diagnostic: its code and its two texts. */
export interface Message extends Text {
  code: string;
}

const CATALOGUE = { ...FILE_MESSAGES, ...TABLE_MESSAGES };

export type MessageKey = keyof typeof CATALOGUE;
type Params<K extends MessageKey> = Parameters<(typeof CATALOGUE)[K]>[0];

/** Parameters with every text shown visibly (invisible and look-alike characters by code point, see ./text.ts). */
function shown(value: unknown): unknown {
  if (typeof value === "string") return visible(value);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v)]));
  return value;
}

/** The message of a key with its parameters; its code is the key without its "/variant". */
export function message<K extends MessageKey>(key: K, ...params: Params<K> extends undefined ? [] : [Params<K>]): Message {
  const text = (CATALOGUE[key] as (p: unknown) => Text)(shown(params[0]));
  return { code: key.replace(/\/.*$/, ""), ...text };
}
