/** The charts people paste into a report (chart-files.ts: `png`) as PNG files, rasterised at build time. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas } from "../../site/load.ts";
import { chartFiles, pngFile, type ChartFile } from "../../site/chart-files.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const atlas = await getAtlas();
  return atlas.models.flatMap(chartFiles).filter((f) => f.png).map((file) => ({ params: { id: file.chart.id }, props: { file } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(pngFile((props as { file: ChartFile }).file) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
