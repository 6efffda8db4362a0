/** The search index: one static JSON file, built from the model (src/site/search-index.ts). */
import { getAtlas } from "../site/load.ts";
import { indexedUnits, searchIndex } from "../site/search-index.ts";

export async function GET() {
  return new Response(JSON.stringify(searchIndex(indexedUnits((await getAtlas()).models))), { headers: { "Content-Type": "application/json" } });
}
