import DataLoader from 'dataloader';
import type { HydratedDocument, QueryFilter } from 'mongoose';
import { isObjectIdHex } from './ids.js';
import type { ModelOf } from './modelTypes.js';

/**
 * Loads documents by id: every id asked for during one tick becomes a single `{_id: {$in: [...]}}` query. Results
 * come back in the order asked, with null for unknown ids and for malformed ones (a reference from another
 * subgraph that is not an ObjectId cannot exist here, so it is not an error).
 */

export function createIdLoader<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
): DataLoader<string, H | null> {
  return new DataLoader<string, H | null>(async (ids) => {
    const valid = [...new Set(ids.filter(isObjectIdHex).map((id) => id.toLowerCase()))];
    const byId = new Map<string, H>();
    if (valid.length > 0) {
      const docs = (await model.find({ _id: { $in: valid } } as QueryFilter<T>).exec()) as H[];
      for (const doc of docs) byId.set(String((doc as { _id: unknown })._id), doc);
    }
    return ids.map((id) => (isObjectIdHex(id) ? (byId.get(id.toLowerCase()) ?? null) : null));
  });
}

function isObjectIdPath<T, H>(model: ModelOf<T, H>, field: string): boolean {
  const path = model.schema.path(field) as { instance?: string; caster?: { instance?: string } } | undefined;
  return path?.instance === 'ObjectId' || path?.caster?.instance === 'ObjectId';
}

/**
 * Loads the children of many parents at once (e.g. the rooms of each facility): one `{[field]: {$in: keys}}` query
 * per batch, grouped back by parent key, an empty list for a parent with none. `extraFilter` narrows the children
 * (e.g. only active ones); `sort` keeps each group's order stable.
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
      const docs = (await model
        .find({ ...extraFilter, [field]: { $in: values } } as QueryFilter<T>)
        .sort(sort)
        .exec()) as H[];
      for (const doc of docs) {
        const value: unknown = (doc as unknown as { get(path: string): unknown }).get(field);
        // A multi-valued field (an array of parent ids) puts the child in every parent's group it names.
        for (const key of Array.isArray(value) ? value : [value]) groups.get(String(key))?.push(doc);
      }
    }
    return keys.map((key) => groups.get(normalize(key)) ?? []);
  });
}
