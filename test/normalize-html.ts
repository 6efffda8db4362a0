/**
 * Built pages made readable for golden files, as observablehq/framework keeps
 * its built output: Astro writes each page on one line, so a line break and
 * indentation go between every two adjacent tags (`><`), and nothing else
 * changes but the hash in asset names. Text and attributes stay byte for byte:
 * `unformatHtml` undoes the breaks, and the golden test checks that it gives
 * back the page.
 */

/** Elements that have no end tag, so do not open a level. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** A start or end tag (quoted attribute values may hold `>`); `<!DOCTYPE>` and `<?xml?>` are not matched. */
const TAG = /<(\/?)([A-Za-z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
const INDENT = "  ";

/** `/_astro/Base.ht1ByO9C.css` → `/_astro/Base.[hash].css`: the hash changes with any byte of the asset. */
export function withoutHashes(html: string): string {
  return html.replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js|woff2?|svg|png|jpe?g|webp)\b/g, "$1.[hash].$2");
}

export function normalizeHtml(html: string): string {
  // Split between adjacent tags, but keep an empty element (`<path …></path>`) on one line.
  const parts: string[] = [];
  for (const part of withoutHashes(html).split("><")) {
    const last = parts.at(-1);
    const opened = last?.match(/^<?([A-Za-z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'"<>])*$/)?.[1];
    if (last !== undefined && opened && (part === `/${opened}` || part.startsWith(`/${opened}>`))) parts[parts.length - 1] = `${last}><${part}`;
    else parts.push(part);
  }
  let depth = 0;
  const lines = parts.map((part, i) => {
    const line = (i > 0 ? "<" : "") + part + (i < parts.length - 1 ? ">" : "");
    // A line sits at the level where it starts; one that starts by closing an element, at that element's level.
    const level = line.startsWith("</") ? depth - 1 : depth;
    for (const [, close, name, selfClosing] of line.matchAll(TAG)) {
      if (close) depth--;
      else if (!selfClosing && !VOID.has(name!.toLowerCase())) depth++;
    }
    return INDENT.repeat(Math.max(0, level)) + line;
  });
  return lines.join("\n") + "\n";
}

/** The inverse of normalizeHtml's line breaks (not of its hash replacement). */
export function unformatHtml(text: string): string {
  return text.replace(/\n$/, "").replace(/>\n *</g, "><");
}
