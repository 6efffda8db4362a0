/** The one script of every page: it only adds to a page that reads fully without it. */
import { enhanceFilter } from "./filter.ts";
import { enhanceSearch } from "./search.ts";
import { enhanceSort } from "./sort.ts";

const live = document.querySelector<HTMLElement>("[data-announce]");
const announce = (text: string) => {
  if (live) live.textContent = text;
};
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-index]")) enhanceSearch(form);
for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhanceSort(table, announce);
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-filter]")) enhanceFilter(form, announce);
