/** The golden files' formatting: line breaks between tags, nothing else but asset hashes. */
import { describe, expect, it } from "vitest";
import { normalizeHtml, unformatHtml, withoutHashes } from "./normalize-html.ts";

describe("normalizeHtml", () => {
  it("puts adjacent tags on lines of their own, indented by nesting", () => {
    expect(normalizeHtml('<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="/f.svg"></head><body><p>a <b>b</b> c</p></body></html>')).toBe(
      ['<!DOCTYPE html>', '<html>', '  <head>', '    <meta charset="utf-8">', '    <link rel="icon" href="/f.svg">', "  </head>", "  <body>", "    <p>a <b>b</b> c</p>", "  </body>", "</html>", ""].join("\n"),
    );
  });
  it("keeps an empty element on one line and text where it is, spaces included", () => {
    expect(normalizeHtml('<g><path d="M0"></path><th><a href="/x">X</a> </th></g>')).toBe(
      ["<g>", '  <path d="M0"></path>', "  <th>", '    <a href="/x">X</a> </th>', "</g>", ""].join("\n"),
    );
  });
  it("replaces only the hash of an asset's name", () => {
    expect(withoutHashes('<link href="/_astro/Base.ht1ByO9C.css"><a href="/_astro/be-vietnam-pro-latin-400-normal.PpnXBOrz.woff2">')).toBe(
      '<link href="/_astro/Base.[hash].css"><a href="/_astro/be-vietnam-pro-latin-400-normal.[hash].woff2">',
    );
    expect(withoutHashes("/tai-ve/cchc-2022.csv /don-vi/11203/")).toBe("/tai-ve/cchc-2022.csv /don-vi/11203/");
  });
  it("is undone by unformatHtml, so a golden file stands for the page byte for byte", () => {
    const page = '<html><body><p title="a > b">x</p><blockquote>one\n- two</blockquote><td class="num">1,5</td> <td>2</td></body></html>';
    expect(unformatHtml(normalizeHtml(page))).toBe(page);
  });
});
