/**
 * Every chart as a standalone SVG file: its drawing with its title, "minh họa" label and source line (chart-files.ts).
 * The paths carry only what names the chart (chart-files.ts: ChartRef); each file is drawn, or read from the chart
 * cache, when it is written, so no chart is held for the whole build.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas, scopeModel } from "../../site/load.ts";
import { chartFileOf, chartRefs, fileKey, standaloneFile, type ChartRef } from "../../site/chart-files.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const atlas = await getAtlas();
  return atlas.models.flatMap(chartRefs).map((ref) => ({ params: { id: ref.id }, props: { ref }, cacheKey: fileKey(atlas.byScope.get(ref.scope)!, ref) }));
};

export const GET: APIRoute = async ({ props }) => {
  const { ref } = props as { ref: ChartRef };
  const file = chartFileOf(await scopeModel(ref.scope), ref);
  return new Response(standaloneFile(file), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
