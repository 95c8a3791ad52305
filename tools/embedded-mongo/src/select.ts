/**
 * Hand-written: the read path shared by find, count, distinct, update, delete and findAndModify. Narrows candidates
 * through the _id map when the filter pins _id, then lets mingo match, sort, skip, limit and project.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import type { Collection } from './collection.js';
import { MongoCommandError, toMongoError } from './errors.js';
import { applyNear, extractNear } from './geo/near.js';
import { compileFilter, mingoOptions } from './query.js';
import { isPlainObject } from './values.js';

export interface SelectOptions {
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  collation?: Document;
}

/** Documents whose _id the filter pins to one or a few values, or null when a scan is needed. */
function candidatesById(collection: Collection, filter: Document): Document[] | null {
  const id = filter._id as unknown;
  if (id === undefined) return null;
  let values: unknown[] | null = null;
  if (!isPlainObject(id)) values = [id];
  else if (Object.keys(id).length === 1 && '$eq' in id) values = [id.$eq];
  else if (
    Object.keys(id).length === 1 &&
    Array.isArray(id.$in) &&
    !id.$in.some((v) => v instanceof RegExp)
  ) {
    values = id.$in as unknown[];
  }
  if (!values || values.some((v) => isPlainObject(v) || Array.isArray(v) || v instanceof RegExp)) return null;
  const found: Document[] = [];
  const seen = new Set<Document>();
  for (const value of values) {
    const doc = collection.getById(value);
    if (doc && !seen.has(doc)) {
      seen.add(doc);
      found.push(doc);
    }
  }
  return found;
}

export function validateSort(sort: Document | undefined): void {
  if (!sort) return;
  for (const [field, direction] of Object.entries(sort)) {
    if (direction !== 1 && direction !== -1) {
      if (isPlainObject(direction) && '$meta' in direction) {
        throw new MongoCommandError(
          'NotImplemented',
          `$meta sort is not supported by the embedded engine: ${field}`,
        );
      }
      throw new MongoCommandError(
        'BadValue',
        `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
      );
    }
  }
}

export function selectDocuments(
  collection: Collection | undefined,
  filter: Document | undefined,
  options: SelectOptions = {},
): Document[] {
  let criteria = filter ?? {};
  validateSort(options.sort);
  let candidates = collection ? (candidatesById(collection, criteria) ?? collection.all()) : [];
  const extra = options.collation ? { collation: options.collation as never } : {};
  const near = extractNear(criteria);
  if (near) {
    // Filter on the rest, then order by distance; sort/skip/limit/projection below keep that order.
    const matcher = compileFilter(near.rest, extra);
    candidates = applyNear(
      collection,
      candidates.filter((doc) => matcher.test(doc)),
      near.near,
    );
    criteria = {};
  }
  try {
    const query = new Query(criteria, mingoOptions(extra));
    let cursor = query.find<Document>(
      candidates,
      options.projection && Object.keys(options.projection).length ? options.projection : undefined,
    );
    if (options.sort && Object.keys(options.sort).length)
      cursor = cursor.sort(options.sort as Record<string, 1 | -1>);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(Math.abs(options.limit));
    return cursor.all();
  } catch (error) {
    throw toMongoError(error);
  }
}
