/** Every chart as a standalone SVG file: its drawing with its title, "minh họa" label and source line (chart-files.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getAtlas } from "../../site/load.ts";
import { chartFiles, standaloneFile, type ChartFile } from "../../site/chart-files.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const atlas = await getAtlas();
  return atlas.models.flatMap(chartFiles).map((file) => ({ params: { id: file.chart.id }, props: { file } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(standaloneFile((props as { file: ChartFile }).file), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
