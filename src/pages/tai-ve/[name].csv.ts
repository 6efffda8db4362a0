/** CSV downloads of the district (per year), each unit, each field and each service-index period. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../site/model.ts";
import { csvFile } from "../../site/csv.ts";
import { csvDistrict, csvField, csvService, csvUnit, unitYears } from "../../site/views.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const m = await getModel();
  const files: { name: string; table: [string[], string[][]] }[] = [
    ...m.years.map((y) => ({ name: `cchc-${y}`, table: csvDistrict(m, y) })),
    ...[...m.units.keys()].filter((c) => unitYears(m, c).length > 0).map((c) => ({ name: `don-vi-${c}`, table: csvUnit(m, c) })),
    ...[...new Set(m.dataset.fields.map((f) => f.code))].map((c) => ({ name: `linh-vuc-${c}`, table: csvField(m, c) })),
    ...m.periods.map((p) => ({ name: `chi-so-phuc-vu-${p.key}`, table: csvService(m, p.key) })),
  ];
  return files.map((f) => ({ params: { name: f.name }, props: { body: csvFile(...f.table) } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
