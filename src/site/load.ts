/**
 * The model for the pages: the data directory read once (data.ts) and computed
 * once per build (memoised); every page looks up what it needs. A site holds one
 * model a scope (../model/atlas.ts); `getModel` is the main one: the only one of a
 * one-district site, else the latest (the province's ranking from 2025).
 */
import { buildAtlas, mainModel, type Atlas } from "../model/atlas.ts";
import type { Model } from "../model/model.ts";
import { loadDataset } from "./data.ts";

let atlas: Promise<Atlas> | null = null;

export function getAtlas(): Promise<Atlas> {
  atlas ??= loadDataset().then(buildAtlas);
  return atlas;
}

export { mainModel };

export async function getModel(): Promise<Model> {
  return mainModel(await getAtlas());
}

/** The model of a scope's page, from the key its route passes as a prop. */
export async function scopeModel(key: string): Promise<Model> {
  return (await getAtlas()).byScope.get(key)!;
}
