/**
 * "Nothing overflows its box", measured in the page: every element of <main>
 * lies inside main's content box, except inside a deliberate sideways scroller
 * (a .table-wrap whose row names stay in view, position: sticky); every label
 * of a visible chart lies inside its SVG. Returns one line per problem.
 */
import type { Page } from "playwright-core";

export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector("main")!;
    const cs = getComputedStyle(main);
    const box = main.getBoundingClientRect();
    const left = box.left + parseFloat(cs.paddingLeft) - 1;
    const right = box.right - parseFloat(cs.paddingRight) + 1;
    const name = (el: Element) => {
      const id = el.closest("[id]")?.id;
      return `${el.tagName.toLowerCase()}${el.classList.length ? "." + [...el.classList].join(".") : ""}${id ? ` in #${id}` : ""}`;
    };
    const scrollerOf = (el: Element): HTMLElement | null => {
      for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        // A visually hidden element (a card table's head: 1 px, clipped) is no scroller a reader sees.
        if ((o === "auto" || o === "scroll" || o === "hidden") && p.clientWidth > 1) return p;
      }
      return null;
    };
    const keepsNames = (scroller: HTMLElement) => {
      const first = scroller.querySelector("tbody th[scope=row]");
      return scroller.classList.contains("table-wrap") && first !== null && getComputedStyle(first).position === "sticky";
    };
    const seen = new Set<HTMLElement>();
    for (const el of main.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue; // chart marks: checked below
      const scroller = scrollerOf(el);
      if (scroller) {
        if (!seen.has(scroller)) {
          seen.add(scroller);
          if (scroller.scrollWidth > scroller.clientWidth + 1 && !keepsNames(scroller)) {
            problems.push(`${name(scroller)} scrolls sideways (${scroller.scrollWidth} in ${scroller.clientWidth} px) without keeping its names in view`);
          }
        }
        continue;
      }
      if (r.left < left || r.right > right) problems.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, outside ${Math.round(left)}–${Math.round(right)}`);
    }
    for (const svg of main.querySelectorAll("figure.chart svg[role=img]")) {
      const s = svg.getBoundingClientRect();
      if (s.width === 0) continue; // the other width's drawing, hidden
      for (const t of svg.querySelectorAll("text")) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) {
          problems.push(`label "${t.textContent}" of ${svg.getAttribute("aria-label")} lies outside its chart`);
        }
      }
    }
    return problems;
  });
}
