import DataLoader from 'dataloader';
import type { HydratedDocument, QueryFilter } from 'mongoose';
import { isObjectIdHex } from './ids.js';
import { asReadDocuments } from './leanDocuments.js';
import type { ModelOf } from './modelTypes.js';

/**
 * Loads documents by id: every id asked for during one tick becomes a single `{_id: {$in: [...]}}` query. Results
 * come back in the order asked, with null for unknown ids and for malformed ones (a reference from another
 * subgraph that is not an ObjectId cannot exist here, so it is not an error). Loaders only read: documents come
 * back lean (plain objects with defaults and `id`, see leanDocuments.ts), never hydrated.
 */

export function createIdLoader<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
): DataLoader<string, H | null> {
  return new DataLoader<string, H | null>(async (ids) => {
    const valid = [...new Set(ids.filter(isObjectIdHex).map((id) => id.toLowerCase()))];
    const byId = new Map<string, H>();
    if (valid.length > 0) {
      const docs = asReadDocuments(
        model,
        (await model
          .find({ _id: { $in: valid } } as QueryFilter<T>)
          .lean()
          .exec()) as object[],
      ) as H[];
      for (const doc of docs) byId.set(String((doc as { _id: unknown })._id), doc);
    }
    return ids.map((id) => (isObjectIdHex(id) ? (byId.get(id.toLowerCase()) ?? null) : null));
  });
}

/** The value at a dotted path of a plain document (undefined where a step is missing). */
function valueAt(doc: unknown, path: string): unknown {
  let value = doc;
  for (const step of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[step];
  return value;
}

function isObjectIdPath<T, H>(model: ModelOf<T, H>, field: string): boolean {
  const path = model.schema.path(field) as { instance?: string; caster?: { instance?: string } } | undefined;
  return path?.instance === 'ObjectId' || path?.caster?.instance === 'ObjectId';
}

/**
 * Loads the children of many parents at once (e.g. the rooms of each facility): one `{[field]: {$in: keys}}` query
 * per batch, grouped back by parent key, an empty list for a parent with none. `extraFilter` narrows the children
 * (e.g. only active ones); `sort` keeps each group's order stable. Lean, as createIdLoader's.
 */
export function createGroupLoader<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
  field: string,
  extraFilter: QueryFilter<T> = {},
  sort: Record<string, 1 | -1> = { _id: 1 },
): DataLoader<string, H[]> {
  return new DataLoader<string, H[]>(async (keys) => {
    // For an ObjectId field, mongoose casts the hex keys; a malformed key would fail the whole batch, and can
    // match nothing anyway, so it is left out of the query and gets an empty group.
    const objectIdField = isObjectIdPath(model, field);
    const normalize = (key: string) => (objectIdField ? key.toLowerCase() : key);
    const values = [...new Set(keys.filter((key) => !objectIdField || isObjectIdHex(key)).map(normalize))];
    const groups = new Map<string, H[]>(values.map((key) => [key, []]));
    if (values.length > 0) {
      const docs = asReadDocuments(
        model,
        (await model
          .find({ ...extraFilter, [field]: { $in: values } } as QueryFilter<T>)
          .sort(sort)
          .lean()
          .exec()) as object[],
      ) as H[];
      for (const doc of docs) {
        const value = valueAt(doc, field);
        // A multi-valued field (an array of parent ids) puts the child in every parent's group it names.
        for (const key of Array.isArray(value) ? value : [value]) groups.get(String(key))?.push(doc);
      }
    }
    return keys.map((key) => groups.get(normalize(key)) ?? []);
  });
}
