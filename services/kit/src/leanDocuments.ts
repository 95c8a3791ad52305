import type { ModelOf } from './modelTypes.js';

/**
 * Makes plain documents (`.lean()` results, aggregation rows) read like hydrated ones, at a fraction of the cost
 * of hydrating them: the schema's defaults for fields a stored document lacks, and the `id` virtual. No model here
 * has getters, custom virtuals or methods, so that is everything a resolver may read; a resolver given such an
 * object must not call document methods (save, get, populate), which read-only paths never do.
 */
export function asReadDocuments<T, H, D extends object>(model: ModelOf<T, H>, docs: D[]): D[] {
  const statics = model as unknown as {
    applyDefaults(doc: object): object;
    applyVirtuals(doc: object, virtuals: string[]): object;
  };
  for (const doc of docs) {
    statics.applyDefaults(doc);
    statics.applyVirtuals(doc, ['id']);
  }
  return docs;
}
