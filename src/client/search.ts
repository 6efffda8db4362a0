/**
 * The search box as a combobox (WAI-ARIA 1.2 pattern, list autocomplete): the
 * index is fetched on first use, results show under the box, arrows move, Enter
 * opens, Escape closes, a live region says how many were found. Without
 * JavaScript the same form goes to the A–Z list of units.
 */
import { fold } from "../data/text.ts";
import { matcher, repeatedNames, type Matcher, type Unit } from "./match.ts";

interface IndexFile {
  href: string;
  districts: string[];
  units: [string, string, number][];
}

export function enhanceSearch(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const list = form.querySelector<HTMLUListElement>("[data-results]")!;
  const status = form.querySelector<HTMLElement>("[data-status]")!;
  const source = form.dataset.index!;
  let loading: Promise<{ match: Matcher; repeated: Set<string> }> | null = null;
  let results: Unit[] = [];
  let active = -1;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.autocomplete = "off";

  const load = () =>
    (loading ??= fetch(source)
      .then((r) => r.json() as Promise<IndexFile>)
      .then((file) => {
        const units = file.units.map(([code, name, d]) => ({ code, name, district: file.districts[d] ?? "", href: file.href.replace("{code}", code) })); // CODE_SLOT of src/site/search-index.ts
        return { match: matcher(units), repeated: repeatedNames(units) };
      }));

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(i: number) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    const option = list.children[i];
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  async function update() {
    const query = input.value;
    if (!fold(query)) {
      results = [];
      list.replaceChildren();
      status.textContent = "";
      close();
      return;
    }
    const { match, repeated } = await load();
    if (input.value !== query) return; // a later keystroke has its own update
    results = match.find(query);
    list.replaceChildren(
      ...results.map((u, i) => {
        const li = document.createElement("li");
        li.id = `${list.id}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.textContent = u.name;
        const extra = document.createElement("span");
        extra.className = "muted";
        extra.textContent = repeated.has(fold(u.name)) ? ` · huyện ${u.district} · ${u.code}` : ` · ${u.code}`;
        li.append(name, extra);
        li.addEventListener("mousedown", (e) => e.preventDefault()); // keep the focus in the box
        li.addEventListener("click", () => go(u));
        return li;
      }),
    );
    status.textContent = results.length ? `${results.length} kết quả; dùng phím mũi tên để chọn.` : "Không tìm thấy đơn vị nào.";
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", String(results.length > 0));
    select(-1);
  }

  const go = (u: Unit) => window.location.assign(u.href);

  input.addEventListener("focus", () => void load());
  input.addEventListener("input", () => void update());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (e) => {
    const open = !list.hidden && results.length > 0;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        void update();
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      select((active + step + results.length + (active < 0 && step < 0 ? 1 : 0)) % results.length);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        close();
      } else input.value = "";
    } else if (e.key === "Enter") {
      // Enter opens the chosen unit, or the first found; with nothing found the form goes to the A–Z list.
      const u = results[active] ?? (open ? results[0] : undefined);
      if (u) {
        e.preventDefault();
        go(u);
      }
    }
  });
}
