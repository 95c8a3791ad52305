/**
 * Hand-written glue around mingo's projection: mingo emits projected fields in the projection's order with _id
 * last, while MongoDB keeps the document's field order. We let mingo decide what to keep, then restore the order.
 */
import type { Document } from 'bson';
import { Query } from 'mingo/query';
import { MongoCommandError, toMongoError } from './errors.js';
import type { Options } from 'mingo/types';
import { mingoOptions } from './query.js';
import { deepClone, isPlainObject } from './values.js';

function orderLike(projected: unknown, source: unknown): unknown {
  if (!isPlainObject(projected) || !isPlainObject(source)) return projected;
  const ordered: Document = {};
  for (const key of Object.keys(source)) {
    if (key in projected) ordered[key] = orderLike(projected[key], source[key]);
  }
  // Fields the projection computed that the source did not have keep their place at the end.
  for (const key of Object.keys(projected)) if (!(key in ordered)) ordered[key] = projected[key];
  return ordered;
}

/**
 * Applies a find-style projection to documents, keeping MongoDB's field order. `filter` is the query the documents
 * matched, which the positional `field.$` projection needs.
 */
export function project(
  docs: Document[],
  projection: Document | undefined,
  filter: Document = {},
  options: Partial<Options> = {},
): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  // Only the positional operator needs the filter; otherwise re-matching would be wasted work.
  const positional = Object.keys(projection).some((key) => key.endsWith('.$'));
  let projected: Document[];
  try {
    // mingo's exclusion projection deletes fields in place: project copies, never stored documents.
    projected = new Query(positional ? filter : {}, mingoOptions(options))
      .find<Document>(docs.map(deepClone), projection)
      .all();
  } catch (error) {
    throw toMongoError(error);
  }
  if (projected.length !== docs.length) {
    throw new MongoCommandError(
      'BadValue',
      'positional projection requires the array field to be in the query',
    );
  }
  return projected.map((doc, position) => orderLike(doc, docs[position]) as Document);
}
