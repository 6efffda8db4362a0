/**
 * Sortable tables (`table[data-sortable]`): each column header becomes a button;
 * a click (or Enter, or Space) sorts by it, a second one reverses; `aria-sort`
 * says which column and which way, and a live region says it in words. The first
 * click sorts a number column the way a reader expects: ranks and positions up,
 * scores and changes down. The page's order without JavaScript is the published one.
 */
import { changeNumber, compareKeys, viNumber } from "./sort-key.ts";

type Key = number | string;

function cellKey(cell: Element | undefined, numeric: boolean): Key {
  if (!cell) return "";
  const el = cell as HTMLElement;
  if (el.dataset.sort !== undefined) return numeric ? Number(el.dataset.sort) : el.dataset.sort;
  // Badges ("minh họa", a published rank that differs) are notes, not the value.
  const text = [...cell.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains("badge"))).map((n) => n.textContent).join(" ").trim();
  if (!numeric) return text;
  const delta = cell.querySelector(".better, .worse, .same");
  return delta ? changeNumber(delta.textContent ?? "", delta.className as "better" | "worse" | "same") : viNumber(text);
}

export function enhanceSort(table: HTMLTableElement, announce: (text: string) => void) {
  const headRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const body = table.tBodies[0];
  if (!headRow || !body) return;
  const heads = [...headRow.cells];
  const original = [...body.rows];
  heads.forEach((th, col) => {
    const label = th.textContent!.trim();
    const rows = original;
    const numeric = rows.filter((r) => !Number.isNaN(Number(cellKey(r.cells[col], true)))).length > rows.length / 2;
    const rankLike = /xếp|hạng|thứ/i.test(label) && !/thay đổi|thứ bậc/i.test(label);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const now = th.getAttribute("aria-sort");
      const firstDescending = numeric && !rankLike;
      const descending = now === null || now === "none" ? firstDescending : now === "ascending";
      heads.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      const keyed = [...body.rows].map((r) => ({ r, k: cellKey(r.cells[col], numeric), i: original.indexOf(r) }));
      keyed.sort((a, b) => compareKeys(a.k, b.k, descending) || a.i - b.i);
      body.append(...keyed.map((x) => x.r));
      announce(`Đã xếp theo ${label}, ${descending ? "giảm dần" : "tăng dần"}.`);
    });
  });
}
