/** The compare page's data: one static JSON file, loaded by that page only (src/site/compare-view.ts). */
import { getModel } from "../site/load.ts";
import { compareData } from "../site/compare-view.ts";

export async function GET() {
  return new Response(JSON.stringify(compareData(await getModel())), { headers: { "Content-Type": "application/json" } });
}
