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
  units: [string, string, number, number?][];
}

/** The index file, fetched once: each unit's page from one pattern (CODE_SLOT of src/site/search-index.ts). */
async function loadIndex(source: string): Promise<{ match: Matcher; repeated: Set<string> }> {
  const file = (await (await fetch(source)).json()) as IndexFile;
  const units = file.units.map(([code, name, d, year]) => ({
    code,
    name,
    district: file.districts[d] ?? "",
    href: file.href.replace("{code}", code) + (year === undefined ? "" : `${year}/`),
  }));
  return { match: matcher(units), repeated: repeatedNames(units) };
}

/** One result as an option of the list: the name, and the district where names repeat, and the code. */
function optionElement(u: Unit, id: string, repeated: Set<string>, go: (u: Unit) => void): HTMLLIElement {
  const li = document.createElement("li");
  li.id = id;
  li.setAttribute("role", "option");
  li.setAttribute("aria-selected", "false");
  const name = document.createElement("span");
  name.textContent = u.name;
  const extra = document.createElement("span");
  extra.className = "muted";
  extra.textContent = repeated.has(fold(u.name)) ? ` · ${u.district} · ${u.code}` : ` · ${u.code}`;
  li.append(name, extra);
  li.addEventListener("mousedown", (e) => e.preventDefault()); // keep the focus in the box
  li.addEventListener("click", () => go(u));
  return li;
}

class SearchBox {
  readonly input: HTMLInputElement;
  readonly list: HTMLUListElement;
  readonly status: HTMLElement;
  readonly source: string;
  loading: Promise<{ match: Matcher; repeated: Set<string> }> | null = null;
  results: Unit[] = [];
  active = -1;

  constructor(form: HTMLFormElement) {
    this.input = form.querySelector<HTMLInputElement>("input[type=search]")!;
    this.list = form.querySelector<HTMLUListElement>("[data-results]")!;
    this.status = form.querySelector<HTMLElement>("[data-status]")!;
    this.source = form.dataset.index!;
    const { input } = this;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.list.id);
    input.autocomplete = "off";
    input.addEventListener("focus", () => void this.load());
    input.addEventListener("input", () => void this.update());
    input.addEventListener("blur", () => this.close());
    input.addEventListener("keydown", (e) => this.key(e));
  }

  load() {
    return (this.loading ??= loadIndex(this.source));
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
  }

  select(i: number) {
    this.active = i;
    [...this.list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    const option = this.list.children[i];
    if (option) {
      this.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  go(u: Unit) {
    window.location.assign(u.href);
  }

  async update() {
    const query = this.input.value;
    if (!fold(query)) {
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = "";
      this.close();
      return;
    }
    const { match, repeated } = await this.load();
    if (this.input.value !== query) return; // a later keystroke has its own update
    this.results = match.find(query);
    this.list.replaceChildren(...this.results.map((u, i) => optionElement(u, `${this.list.id}-${i}`, repeated, (x) => this.go(x))));
    this.status.textContent = this.results.length ? `${this.results.length} kết quả; dùng phím mũi tên để chọn.` : "Không tìm thấy đơn vị nào.";
    this.list.hidden = this.results.length === 0;
    this.input.setAttribute("aria-expanded", String(this.results.length > 0));
    this.select(-1);
  }

  key(e: KeyboardEvent) {
    const { results, active } = this;
    const open = !this.list.hidden && results.length > 0;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        void this.update();
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      this.select((active + step + results.length + (active < 0 && step < 0 ? 1 : 0)) % results.length);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        this.close();
      } else this.input.value = "";
    } else if (e.key === "Enter") {
      // Enter opens the chosen unit, or the first found; with nothing found the form goes to the A–Z list.
      const u = results[active] ?? (open ? results[0] : undefined);
      if (u) {
        e.preventDefault();
        this.go(u);
      }
    }
  }
}

export function enhanceSearch(form: HTMLFormElement) {
  new SearchBox(form);
}
