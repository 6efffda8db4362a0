/** CSV downloads of the district (per year), each unit, each field and each service-index period. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas } from "../../site/load.ts";
import { csvFile } from "../../site/excel-csv.ts";
import { allDownloads, type Table } from "../../site/downloads.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getAtlas()).models.flatMap(allDownloads).map((f) => ({ params: { name: f.name }, props: { table: f.table } }));

export const GET: APIRoute = ({ props }) =>
  new Response(csvFile(...(props.table as () => Table)()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
