/**
 * Plot's output made smaller without changing what it shows: coordinates rounded to
 * half a pixel (Plot writes up to seventeen digits, "-12.064177772475912"; halves keep
 * its half-pixel offsets, which draw one-pixel lines crisp), colours as hex rather than
 * "rgb(10, 76, 146)", and an axis's tick marks, one <path> each, as one path.
 * Deterministic: the same drawing, the same bytes.
 */

/** Attributes that hold coordinates or lengths. */
const GEOMETRY = new Set(["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "dx", "dy", "width", "height", "d", "transform", "points", "viewBox"]);
const COLOR = new Set(["fill", "stroke", "color"]);

/** A number with a fraction, not a length in em or a percentage ("0.32em" stays). */
const FRACTION = /-?\d*\.\d+(?:e-?\d+)?(?![\d.a-z%])/g;

/** A number to the nearest half, without a trailing ".0" or a "-0". */
function half(n: string): string {
  const r = Math.round(Number(n) * 2) / 2;
  return String(Object.is(r, -0) ? 0 : r);
}

const hex2 = (n: string) => Number(n).toString(16).padStart(2, "0");
const RGB = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/;

/** An attribute's value compacted: coordinates rounded to halves, an rgb() colour as hex; any other as it is. */
export function compactValue(name: string, value: string): string {
  if (GEOMETRY.has(name)) return value.includes(".") ? value.replace(FRACTION, half) : value;
  if (!COLOR.has(name)) return value;
  const rgb = RGB.exec(value);
  return rgb ? `#${hex2(rgb[1]!)}${hex2(rgb[2]!)}${hex2(rgb[3]!)}` : value;
}

function attributes(el: Element): void {
  for (const { name, value } of [...el.attributes]) {
    const compacted = compactValue(name, value);
    if (compacted !== value) el.setAttribute(name, compacted);
  }
}

/** An axis's ticks: a group of paths, each only a translate and a line from its origin ("M0,0L-6,0"). */
const TICK = { transform: /^translate\((-?[\d.]+),(-?[\d.]+)\)$/, d: /^M0,0L(-?[\d.]+),(-?[\d.]+)$/ };

/** One tick mark (its compacted transform and d) as a segment of the merged path, or null if it is not a tick. */
export function tickSegment(transform: string, d: string): string | null {
  const at = TICK.transform.exec(transform);
  const to = TICK.d.exec(d);
  return at && to ? `M${at[1]},${at[2]}l${to[1]},${to[2]}` : null;
}

function mergeTicks(g: Element): void {
  const paths = [...g.children];
  if (paths.length < 2 || paths.some((p) => p.tagName !== "path" || p.attributes.length !== 2)) return;
  let d = "";
  for (const p of paths) {
    const segment = tickSegment(p.getAttribute("transform") ?? "", p.getAttribute("d") ?? "");
    if (segment === null) return;
    d += segment;
  }
  for (const p of paths.slice(1)) p.remove();
  paths[0]!.removeAttribute("transform");
  paths[0]!.setAttribute("d", d);
}

/** Compacts the tree in place (xml.ts does the same as it writes; this is for the trees it does not write). */
export function compact(root: Element): Element {
  for (const el of [root, ...root.querySelectorAll("*")]) attributes(el);
  for (const g of root.querySelectorAll("g")) mergeTicks(g);
  return root;
}
