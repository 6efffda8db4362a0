/**
 * The district table's filters, in a DOM: by band, by a field under the 75 % rule,
 * and by district where a table holds several (a province's table; the reader admits
 * one district a directory until the province scope of issue 10 lands, so this is
 * tested on a table made here).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { enhanceFilter } from "../src/client/filter.ts";

function page(withDistricts: boolean) {
  const dom = new JSDOM(`<!doctype html><body>
    <form data-filter="t" hidden>
      <select name="xep-loai"><option value="">Tất cả</option><option>Tốt</option><option>Khá</option></select>
      ${withDistricts ? '<select name="huyen"><option value="">Tất cả</option><option>Ninh Giang</option><option>Tứ Kỳ</option></select>' : ""}
      <select name="duoi-nguong"><option value="">Bất kỳ</option><option>tai-chinh-cong</option></select>
    </form>
    <table id="t"><tbody>
      <tr data-band="Tốt" data-district="Ninh Giang" data-weak="tai-chinh-cong"><th>Xã Đồng Tâm</th></tr>
      <tr data-band="Tốt" data-district="Tứ Kỳ" data-weak=""><th>Xã Đại Đồng</th></tr>
      <tr data-band="Khá" data-district="Tứ Kỳ" data-weak="tai-chinh-cong"><th>Xã Hưng Đạo</th></tr>
    </tbody></table></body>`);
  const { document, Event } = dom.window;
  (globalThis as { document?: Document }).document = document;
  const form = document.querySelector("form")!;
  const said: string[] = [];
  enhanceFilter(form, (t) => said.push(t));
  const choose = (name: string, value: string) => {
    (form.elements.namedItem(name) as HTMLSelectElement).value = value;
    form.dispatchEvent(new Event("change"));
  };
  const shown = () => [...document.querySelectorAll("tbody tr")].filter((r) => !(r as HTMLElement).hidden).map((r) => r.textContent);
  return { form, choose, shown, said };
}

describe("the district table's filters", () => {
  it("show the form, and filter by district where the table holds several", () => {
    const p = page(true);
    expect(p.form.hidden).toBe(false);
    p.choose("huyen", "Tứ Kỳ");
    expect(p.shown()).toEqual(["Xã Đại Đồng", "Xã Hưng Đạo"]);
    p.choose("duoi-nguong", "tai-chinh-cong");
    expect(p.shown()).toEqual(["Xã Hưng Đạo"]);
    expect(p.said.at(-1)).toBe("Hiện 1/3 đơn vị.");
  });
  it("filter by band and by a field under the threshold when there is no district choice", () => {
    const p = page(false);
    p.choose("xep-loai", "Tốt");
    expect(p.shown()).toEqual(["Xã Đồng Tâm", "Xã Đại Đồng"]);
    p.choose("duoi-nguong", "tai-chinh-cong");
    expect(p.shown()).toEqual(["Xã Đồng Tâm"]);
  });
});
