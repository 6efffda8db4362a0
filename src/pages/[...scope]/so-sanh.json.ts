/** A scope's compare page's data: one static JSON file, loaded by that page only (src/site/compare-view.ts). */
import type { APIRoute } from "astro";
import { getAtlas, scopeModel } from "../../site/load.ts";
import { compareData } from "../../site/compare-view.ts";
import { routes } from "../../site/paths.ts";

export async function getStaticPaths() {
  return routes.homes(await getAtlas());
}

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(compareData(await scopeModel(props.scope as string))), { headers: { "Content-Type": "application/json" } });
