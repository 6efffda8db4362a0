/**
 * The charts people paste into a report (chart-files.ts: `png`) as PNG files, rasterised at build time. The paths
 * carry only what names the chart (ChartRef); each is drawn, or read from the caches, when its file is written.
 * While a worker rasterises it, the build draws the charts of the SVG files and pages that follow (draw-ahead.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas, scopeModel } from "../../site/load.ts";
import { chartFileOf, chartRefs, fileKey, pngFile, type ChartRef } from "../../site/chart-files.ts";
import { drawAhead } from "../../site/draw-ahead.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const atlas = await getAtlas();
  return atlas.models.flatMap(chartRefs).filter((ref) => ref.png).map((ref) => ({ params: { id: ref.id }, props: { ref }, cacheKey: fileKey(atlas.byScope.get(ref.scope)!, ref) }));
};

export const GET: APIRoute = async ({ props }) => {
  const { ref } = props as { ref: ChartRef };
  const png = await pngFile(chartFileOf(await scopeModel(ref.scope), ref), drawAhead(await getAtlas()));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
