/**
 * CSV downloads of the district (per year), each unit, each field and each service-index period; a rebuild writes
 * again only the tables whose cells changed (pages.ts: keyedRoutes.downloads).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas } from "../../site/load.ts";
import { csvFile } from "../../site/excel-csv.ts";
import type { Table } from "../../site/downloads.ts";
import { keyedRoutes } from "../../site/pages.ts";

export const getStaticPaths: GetStaticPaths = async () => keyedRoutes.downloads(await getAtlas());

export const GET: APIRoute = ({ props }) =>
  new Response(csvFile(...(props.table as () => Table)()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
