/**
 * A chart's SVG as XML, written in one walk over the tree Plot drew into jsdom: byte for
 * byte what chart.ts wrote before by stripping the drawing in the DOM, compacting it
 * (compact.ts) and calling jsdom's XMLSerializer (test/xml.test.ts compares the two on
 * every chart of the demo).
 *
 * Why by hand: that path was a fifth of a site build's profile. On the demo's 606 drawings
 * (303 charts at two widths), warm: XMLSerializer 1.2 s (w3c-xmlserializer copies a
 * namespace map per element and reads every attribute through jsdom's Attr wrappers),
 * compact() 0.7 s and the stripping 0.2 s; this walk 0.25-0.3 s. Reading all their
 * attributes costs 0.26-0.32 s through `el.attributes` and 64 ms through getAttributeNames
 * and getAttributeNS, used here (jsdom's internal attribute list, 36 ms, is not public).
 * No library writes these bytes faster: outerHTML is HTML (`&nbsp;`, `<path></path>`), and
 * DOM serialisers on npm read attributes through the same wrappers.
 *
 * What it writes, as w3c-xmlserializer does for an <svg> with no namespace context: the
 * root declares `xmlns` first, attributes in their order, values escaped (& " < > and tab,
 * newline, CR as character references), text escaped (& < >), an element without
 * children as `<tag/>`, comments as they are. On the way it drops what serialize() strips
 * (<style> elements, style attributes, aria-label below the root) and compacts as compact()
 * does: values through {@link compactValue}, an axis's tick paths merged. A tree it does not
 * write exactly (an element outside the SVG namespace, a namespaced attribute such as
 * xlink:href, a processing instruction, a prefixed root) gives null: the caller takes the
 * old path.
 */
import { compactValue, tickSegment } from "./compact.ts";

const SVG = "http://www.w3.org/2000/svg";
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** The XML written so far; `ok` false once the walk met what it does not write. */
interface Out {
  xml: string;
  ok: boolean;
}

const ATTR_ENTITY: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "\t": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };
const ATTR_SPECIAL = /[&"<>\t\n\r]/g;
const TEXT_SPECIAL = /[&<>]/g;
const entity = (c: string) => ATTR_ENTITY[c]!;

/** An attribute value escaped as w3c-xmlserializer escapes it. */
export function escapeAttribute(value: string): string {
  ATTR_SPECIAL.lastIndex = 0;
  return ATTR_SPECIAL.test(value) ? value.replace(ATTR_SPECIAL, entity) : value;
}

/** Text escaped as w3c-xmlserializer escapes it. */
export function escapeText(data: string): string {
  TEXT_SPECIAL.lastIndex = 0;
  return TEXT_SPECIAL.test(data) ? data.replace(TEXT_SPECIAL, entity) : data;
}

/**
 * The chart as XML, stripped and compacted (see above), or null if it holds something
 * this writer does not write exactly. Reads the tree only; changes nothing in it.
 */
export function chartXml(svg: Element): string | null {
  if (svg.namespaceURI !== SVG || svg.prefix !== null) return null;
  const out: Out = { xml: "", ok: true };
  element(svg, out, true);
  return out.ok ? out.xml : null;
}

/** Drawn by serialize() before compacting: <style> elements go. */
const isStyle = (node: Node) => node.nodeType === ELEMENT && (node as Element).localName === "style";

function element(el: Element, out: Out, root: boolean): void {
  const attrs = el.namespaceURI === SVG ? attributes(el, root) : null;
  if (attrs === null) {
    out.ok = false;
    return;
  }
  const ticks = el.localName === "g" ? mergedTicks(el) : null;
  write(el, root ? ` xmlns="${SVG}"${attrs}` : attrs, ticks, out);
}

/** An element with its attributes (as written), and what it holds (`ticks`: see {@link tickChildren}), or `<tag/>` if nothing. */
function write(el: Element, attrs: string, ticks: string | null, out: Out): void {
  const name = el.localName;
  if (!holdsAny(el)) {
    out.xml += `<${name}${attrs}/>`;
    return;
  }
  out.xml += `<${name}${attrs}>`;
  if (ticks === null) children(el, out);
  else tickChildren(el, ticks, out);
  out.xml += `</${name}>`;
}

/** Whether an element holds anything once its <style> elements are gone. */
function holdsAny(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (!isStyle(node)) return true;
  return false;
}

/**
 * The attributes serialize() keeps, compacted and escaped, each with its leading space; null
 * if one is in a namespace (getAttributeNS(null, …) misses it, or two share a name).
 */
function attributes(el: Element, root: boolean): string | null {
  const names = el.getAttributeNames();
  let s = "";
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const value = el.getAttributeNS(null, name);
    if (value === null || names.indexOf(name, i + 1) !== -1) return null;
    if (name === "style" || (name === "aria-label" && !root)) continue;
    s += ` ${name}="${escapeAttribute(compactValue(name, value))}"`;
  }
  return s;
}

/** What an element holds, each child after the other. */
function children(el: Element, out: Out): void {
  for (let node = el.firstChild; node && out.ok; node = node.nextSibling) if (!isStyle(node)) child(node, out);
}

function child(node: Node, out: Out): void {
  if (node.nodeType === ELEMENT) element(node as Element, out, false);
  else if (node.nodeType === TEXT) out.xml += escapeText((node as Text).data);
  else if (node.nodeType === COMMENT) out.xml += `<!--${(node as Comment).data}-->`;
  else out.ok = false;
}

/**
 * The path an axis's tick marks become (compact.ts), if `g` holds only tick paths: each a path
 * with a transform and a d (once serialize() dropped its style and aria-label) and nothing else.
 */
function mergedTicks(g: Element): string | null {
  let d = "";
  let paths = 0;
  for (let el = g.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === "style") continue;
    const segment = el.tagName === "path" ? tickOf(el) : null;
    if (segment === null) return null;
    d += segment;
    paths++;
  }
  return paths < 2 ? null : d;
}

function tickOf(path: Element): string | null {
  const names = path.getAttributeNames();
  if (!inNoNamespace(path, names) || names.filter((name) => name !== "style" && name !== "aria-label").length !== 2) return null;
  return tickSegment(compactValue("transform", path.getAttribute("transform") ?? ""), compactValue("d", path.getAttribute("d") ?? ""));
}

/** Whether every attribute of `el` (`names`) is in no namespace, as those {@link attributes} writes. */
function inNoNamespace(el: Element, names: string[]): boolean {
  return names.every((name, i) => el.getAttributeNS(null, name) !== null && names.indexOf(name, i + 1) === -1);
}

/** A tick group's children: its first path with the merged d, the other paths dropped. */
function tickChildren(g: Element, d: string, out: Out): void {
  let first = true;
  for (let node = g.firstChild; node && out.ok; node = node.nextSibling) {
    if (isStyle(node)) continue;
    if (node.nodeType !== ELEMENT) child(node, out);
    else if (first) {
      first = false;
      write(node as Element, ` d="${escapeAttribute(d)}"`, null, out);
    }
  }
}
