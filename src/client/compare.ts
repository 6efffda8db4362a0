/**
 * The compare page: 2 to 4 units side by side on the same scales (each figure as a
 * <meter> from 0 to its maximum, the district median beside), drawn from /so-sanh.json.
 * The URL is the state: adding or removing a unit or changing the year pushes a new
 * URL, and back and forward redraw it.
 */
import type { CompareData } from "../site/compare-view.ts";
import { COMPARE_MAX, compareQuery, parseCompare, type CompareState } from "../site/compare-url.ts";

/** An element with properties (className, value, selected…) and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

/** A figure on its scale: the meter (0 to the maximum) and the text that says it. */
function figure(share: number, text: string, label: string) {
  const meter = h("meter", { min: 0, max: 1, value: share });
  meter.setAttribute("aria-label", label);
  return h("div", { className: "figure" }, meter, h("span", {}, text));
}

/** A table that may scroll sideways on a phone: a region the keyboard can reach, named by its caption. */
function scroller(table: HTMLTableElement) {
  const wrap = h("div", { className: "table-wrap", tabIndex: 0 }, table);
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", table.caption?.textContent ?? "");
  return wrap;
}

const badge = () => h("span", { className: "badge" }, "minh họa");

export async function enhanceCompare(root: HTMLElement) {
  const data = (await fetch(root.dataset.compare!).then((r) => r.json())) as CompareData;
  const page = root.dataset.page!;
  const names = new Map(data.units.map(([code, name, href]) => [code, { name, href }]));
  const live = h("p", { className: "visually-hidden" });
  live.setAttribute("role", "status");
  const view = h("div");
  root.replaceChildren(view, live);

  const state = (): CompareState => {
    const s = parseCompare(location.search);
    return { codes: s.codes.filter((c) => names.has(c)), year: s.year !== null && data.years[s.year] ? s.year : null };
  };
  const go = (s: CompareState) => {
    history.pushState(null, "", page + compareQuery(s));
    draw();
  };

  function draw() {
    const s = state();
    const year = s.year ?? data.latestYear;
    const y = data.years[year]!;
    // The controls: the year, a unit to add, a button to remove each.
    const yearSelect = h("select", { name: "nam" }, ...Object.keys(data.years).map((k) => h("option", { value: k, selected: Number(k) === year }, `Năm ${k}`)));
    yearSelect.addEventListener("change", () => go({ ...s, year: Number(yearSelect.value) }));
    const choices = data.units.filter(([c]) => !s.codes.includes(c)).map(([c, n]) => h("option", { value: c }, `${n} (${c})`));
    const add = h("select", { name: "them" }, h("option", { value: "" }, "Chọn đơn vị…"), ...choices);
    add.disabled = s.codes.length >= COMPARE_MAX;
    add.addEventListener("change", () => add.value && go({ ...s, codes: [...s.codes, add.value] }));
    const controls = h(
      "form",
      { className: "filters compare-controls" },
      h("label", {}, "Năm", yearSelect),
      h("label", {}, s.codes.length >= COMPARE_MAX ? `Đã đủ ${COMPARE_MAX} đơn vị` : "Thêm đơn vị", add),
    );
    controls.setAttribute("aria-label", "Chọn năm và đơn vị để so sánh");
    controls.addEventListener("submit", (e) => e.preventDefault());

    const introText =
      s.codes.length < 2
        ? `Chọn thêm ${2 - s.codes.length} đơn vị nữa để so sánh (tối đa ${COMPARE_MAX}).`
        : `${s.codes.length} đơn vị, năm ${year}, trên cùng thang điểm; cột cuối là trung vị huyện.`;
    const intro = h("p", { className: "lead" }, introText);
    if (s.codes.length === 0) {
      view.replaceChildren(controls, intro);
      return;
    }
    const units = s.codes.map((c) => ({ code: c, ...names.get(c)!, r: y.units[c] }));
    const head = h(
      "tr",
      {},
      h("th", { scope: "col" }, "Chỉ số"),
      ...units.map((u) => {
        const remove = h("button", { type: "button", className: "remove" }, "Bỏ");
        remove.setAttribute("aria-label", `Bỏ ${u.name} khỏi so sánh`);
        remove.addEventListener("click", () => go({ ...s, codes: s.codes.filter((c) => c !== u.code) }));
        return h("th", { scope: "col" }, h("a", { href: u.href }, u.name), " ", ...(u.r?.illustrative ? [badge(), " "] : []), remove);
      }),
      h("th", { scope: "col" }, `Trung vị ${data.among}`),
    );
    const row = (label: string | Node, cells: (Node | string)[], median: Node | string) =>
      h("tr", {}, h("th", { scope: "row" }, label), ...cells.map((c) => h("td", {}, c)), h("td", {}, median));
    const none = "không có số liệu";
    const rows = [
      row(
        `Tổng điểm (/${y.maxText})`,
        units.map((u) => (u.r ? figure(u.r.share, u.r.total, `${u.name}: ${u.r.total}/${y.maxText}`) : none)),
        figure(y.median[1], y.median[0], `Trung vị ${data.among}: ${y.median[0]}/${y.maxText}`),
      ),
      row("Vị trí", units.map((u) => u.r?.position ?? none), ""),
      row("Xếp loại", units.map((u) => u.r?.band || none), ""),
      row("So với năm trước", units.map((u) => (u.r?.change ? h("span", { className: u.r.change[1] }, u.r.change[0]) : "—")), ""),
      ...y.fields.map((f, i) =>
        row(
          `${f.name} (/${f.max})`,
          units.map((u) => {
            const x = u.r?.fields[i];
            return x ? figure(x[1], `${x[0]} · ${x[2]}`, `${u.name}, ${f.name}: ${x[0]}/${f.max}`) : none;
          }),
          figure(f.median[1], f.median[0], `Trung vị ${data.among}, ${f.name}: ${f.median[0]}/${f.max}`),
        ),
      ),
    ];
    const caption = h("caption", {}, `Chỉ số CCHC năm ${year}: điểm so với tối đa (thanh từ 0 đến điểm tối đa) và xếp hạng`);
    const table = h("table", { className: "compare" }, caption, h("thead", {}, head), h("tbody", {}, ...rows));
    const service = data.periods.length
      ? h(
          "table",
          { className: "compare" },
          h("caption", {}, "Chỉ số phục vụ người dân, doanh nghiệp qua các kỳ"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Kỳ"), ...units.map((u) => h("th", { scope: "col" }, u.name)), h("th", { scope: "col" }, `Trung vị ${data.among}`))),
          h(
            "tbody",
            {},
            ...data.periods.map((p) =>
              row(
                p.label,
                units.map((u) => {
                  const x = p.units[u.code];
                  if (!x) return none;
                  const f = figure(x[1], `${x[0]} · ${x[2]}`, `${u.name}, ${p.label}: ${x[0]}/${p.max}`);
                  if (x[3]) f.append(" ", badge());
                  return f;
                }),
                figure(p.median[1], p.median[0], `Trung vị ${data.among}, ${p.label}: ${p.median[0]}/${p.max}`),
              ),
            ),
          ),
        )
      : null;
    view.replaceChildren(controls, intro, scroller(table), ...(service ? [h("h2", {}, "Chỉ số phục vụ"), scroller(service)] : []));
    live.textContent = intro.textContent ?? "";
  }

  window.addEventListener("popstate", draw);
  draw();
}
