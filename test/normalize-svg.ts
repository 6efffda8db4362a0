/**
 * SVG normalised for snapshots, as Plot's own tests do: the stylesheet's hashed
 * class name replaced, coordinates rounded to 2 decimals, one element per line,
 * so that a diff shows what changed in the drawing and nothing else.
 */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<")
    .concat("\n");
}
