/** Types of the unicode-name package (it ships none): the name of a character, e.g. "WORD JOINER". */
declare module "unicode-name" {
  export function unicodeName(char: string): string | undefined;
}
