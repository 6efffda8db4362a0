/**
 * The model for the pages: the content collections assembled into a dataset and
 * computed once per build (memoised); every page looks up what it needs.
 */
import { getCollection } from "astro:content";
import type { Dataset } from "../data/types.ts";
import { buildModel, type Model } from "../model/model.ts";

let model: Promise<Model> | null = null;

async function dataset(): Promise<Dataset> {
  const data = async <K extends keyof Dataset>(name: K) => (await getCollection(name)).map((e) => e.data) as unknown as Dataset[K];
  return {
    units: await data("units"),
    sources: await data("sources"),
    fields: await data("fields"),
    groups: await data("groups"),
    bands: await data("bands"),
    dossierStats: await data("dossierStats"),
    par: await data("par"),
    service: await data("service"),
  };
}

export function getModel(): Promise<Model> {
  model ??= dataset().then(buildModel);
  return model;
}
