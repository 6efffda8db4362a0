/**
 * A district table's filters (`form[data-filter]`, rendered hidden and shown here):
 * by band (`data-band` of a row), by district (`data-district`, where the table holds
 * several: a province's) and by a field under the 75 % rule (`data-weak`, the codes of
 * the row's weak fields, computed at build time from src/model/weak.ts).
 */
export function enhanceFilter(form: HTMLFormElement, announce: (text: string) => void) {
  const table = document.getElementById(form.dataset.filter!) as HTMLTableElement | null;
  if (!table) return;
  const body = table.tBodies[0];
  if (!body) return;
  const rows = () => [...body.rows];
  const apply = () => {
    const band = (form.elements.namedItem("xep-loai") as HTMLSelectElement).value;
    const weak = (form.elements.namedItem("duoi-nguong") as HTMLSelectElement).value;
    const district = (form.elements.namedItem("huyen") as HTMLSelectElement | null)?.value ?? "";
    let shown = 0;
    for (const r of rows()) {
      const ok =
        (!band || r.dataset.band === band) &&
        (!district || r.dataset.district === district) &&
        (!weak || (r.dataset.weak ?? "").split(" ").includes(weak));
      r.hidden = !ok;
      if (ok) shown++;
    }
    announce(`Hiện ${shown}/${rows().length} đơn vị.`);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("reset", () => setTimeout(apply));
  form.hidden = false;
}
