/**
 * The model for the pages: the data directory read once (data.ts) and computed
 * once per build (memoised); every page looks up what it needs.
 */
import { buildModel, type Model } from "../model/model.ts";
import { loadDataset } from "./data.ts";

let model: Promise<Model> | null = null;

export function getModel(): Promise<Model> {
  model ??= loadDataset().then(buildModel);
  return model;
}
