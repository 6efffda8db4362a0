/** Every chart as a standalone SVG file, the same SVG the pages embed. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../site/load.ts";
import { allCharts } from "../../site/charts.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await getModel();
  return allCharts(model).map((chart) => ({ params: { id: chart.id }, props: { svg: chart.svg } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
