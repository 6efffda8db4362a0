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

function attributes(el: Element): void {
  for (const { name, value } of [...el.attributes]) {
    if (GEOMETRY.has(name)) {
      const rounded = value.replace(FRACTION, half);
      if (rounded !== value) el.setAttribute(name, rounded);
    } else if (COLOR.has(name)) {
      const rgb = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(value);
      if (rgb) el.setAttribute(name, `#${hex2(rgb[1]!)}${hex2(rgb[2]!)}${hex2(rgb[3]!)}`);
    }
  }
}

/** An axis's ticks: a group of paths, each only a translate and a line from its origin ("M0,0L-6,0"). */
const TICK = { transform: /^translate\((-?[\d.]+),(-?[\d.]+)\)$/, d: /^M0,0L(-?[\d.]+),(-?[\d.]+)$/ };

function mergeTicks(g: Element): void {
  const paths = [...g.children];
  if (paths.length < 2 || paths.some((p) => p.tagName !== "path" || p.attributes.length !== 2)) return;
  let d = "";
  for (const p of paths) {
    const at = TICK.transform.exec(p.getAttribute("transform") ?? "");
    const to = TICK.d.exec(p.getAttribute("d") ?? "");
    if (!at || !to) return;
    d += `M${at[1]},${at[2]}l${to[1]},${to[2]}`;
  }
  for (const p of paths.slice(1)) p.remove();
  paths[0]!.removeAttribute("transform");
  paths[0]!.setAttribute("d", d);
}

/** Compacts the tree in place. */
export function compact(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")]) attributes(el);
  for (const g of root.querySelectorAll("g")) mergeTicks(g);
}
