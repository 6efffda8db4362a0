/** The data directory as content collections, each entry checked again by its zod schema. */
import { defineCollection } from "astro:content";
import { datasetLoader } from "./data/loader.ts";
import * as schema from "./data/schema.ts";

export const collections = {
  units: defineCollection({ loader: datasetLoader("units"), schema: schema.unitEntry }),
  sources: defineCollection({ loader: datasetLoader("sources"), schema: schema.sourceEntry }),
  fields: defineCollection({ loader: datasetLoader("fields"), schema: schema.fieldEntry }),
  groups: defineCollection({ loader: datasetLoader("groups"), schema: schema.groupEntry }),
  bands: defineCollection({ loader: datasetLoader("bands"), schema: schema.bandEntry }),
  dossierStats: defineCollection({ loader: datasetLoader("dossierStats"), schema: schema.dossierEntry }),
  par: defineCollection({ loader: datasetLoader("par"), schema: schema.parEntry }),
  service: defineCollection({ loader: datasetLoader("service"), schema: schema.serviceEntry }),
};
