/** A text in both languages, as every message of the catalogue is written. */
export interface Text {
  vi: string;
  en: string;
}
