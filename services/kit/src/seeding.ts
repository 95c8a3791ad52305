import type { AnyModel } from './modelTypes.js';

/** A service's seed as plain data: the documents of each of its models, by model name. */
export type SeedDocuments = Record<string, readonly Record<string, unknown>[]>;

/** True when none of the models has a document: the only state in which seeding is safe. */
export async function isDatabaseEmpty(models: readonly AnyModel[]): Promise<boolean> {
  for (const model of models) {
    if ((await model.countDocuments().limit(1).exec()) > 0) return false;
  }
  return true;
}

/**
 * Writes a seed through the service's own models (so every document passes its schema's validation), only into an
 * empty database: a database that has data is left alone and false is returned. Documents for a model the service
 * does not have are refused before anything is written.
 */
export async function seedDatabase(models: readonly AnyModel[], documents: SeedDocuments): Promise<boolean> {
  const byName = new Map(models.map((model) => [model.modelName, model]));
  const unknown = Object.keys(documents).filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new Error(`seed has documents for ${unknown.join(', ')}, not a model of this service`);
  }
  if (!(await isDatabaseEmpty(models))) return false;
  for (const [name, docs] of Object.entries(documents)) {
    if (docs.length > 0) await byName.get(name)!.insertMany(docs);
  }
  return true;
}
