/**
 * Hand-written: the read path shared by find, count, distinct, update, delete and findAndModify. Narrows candidates
 * through the _id map or a secondary index when the filter pins an indexed field to values, handles a top-level
 * $near, then lets mingo match, sort, skip, limit and project.
 */
import { ObjectId, type Document } from 'bson';
import { Query } from 'mingo/query';
import type { Collection } from './collection.js';
import { MongoCommandError, toMongoError } from './errors.js';
import { applyNear, extractNear } from './geo/near.js';
import { intlCollation, parseCollation } from './collation.js';
import { checkFilter } from './filterChecks.js';
import { checkedScan } from './commandScope.js';
import { project } from './projection.js';
import { compileFilter, mingoOptions, withoutComment } from './query.js';
import { isPlainObject } from './values.js';

export interface SelectOptions {
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  collation?: Document;
  /** The command's `let` variables, visible as $$name in $expr. */
  variables?: Document;
  /** An index the client asked for; it must exist, though the engine plans on its own. */
  hint?: unknown;
}

/** MongoDB refuses a hint naming an index that does not exist; the engine does too, then ignores it. */
export function checkHint(collection: Collection | undefined, hint: unknown): void {
  if (hint === undefined || hint === null || !collection) return;
  const specs = collection.indexSpecs();
  const exists =
    typeof hint === 'string'
      ? specs.some((spec) => spec.name === hint)
      : isPlainObject(hint) &&
        (Object.keys(hint).length === 0 ||
          '$natural' in hint ||
          specs.some((spec) => JSON.stringify(spec.key) === JSON.stringify(hint)));
  if (!exists) {
    throw new MongoCommandError(
      'BadValue',
      `error processing query: ns=${collection.namespace} planner returned error :: caused by :: hint provided does not correspond to an existing index`,
    );
  }
}

/** Values an index can look up exactly: anything whose canonical key equals MongoDB's equality. */
function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof ObjectId ||
    value instanceof Date
  );
}

/** The values a top-level condition pins a field to ({ f: v }, { f: { $eq: v } }, { f: { $in: [...] } }), or null. */
function pinnedValues(condition: unknown): unknown[] | null {
  if (isScalar(condition)) return [condition];
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1) return null;
  if ('$eq' in condition && isScalar(condition.$eq)) return [condition.$eq];
  if (Array.isArray(condition.$in) && condition.$in.every(isScalar)) return condition.$in as unknown[];
  return null;
}

/**
 * Narrows the documents to scan through the _id map or a secondary index when the filter pins an indexed field.
 * The result is a superset of the matches (mingo still applies the whole filter), in natural order.
 */
function candidates(collection: Collection, filter: Document, collation: boolean): Document[] {
  // Collation changes string equality, and dotted paths with array positions have their own rules: scan then.
  if (collation) return collection.all();
  const id = pinnedValues(filter._id);
  if (id) {
    const found = new Set<Document>();
    for (const value of id) {
      const doc = collection.getById(value);
      if (doc) found.add(doc);
    }
    return collection.inNaturalOrder([...found]);
  }
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$') || /(^|\.)\d+(\.|$)/.test(field)) continue;
    const values = pinnedValues(condition);
    const docs = values && collection.candidatesByField(field, values);
    if (docs) return docs;
  }
  return collection.all();
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
  let criteria = withoutComment(filter) ?? {};
  checkFilter(criteria);
  validateSort(options.sort);
  checkHint(collection, options.hint);
  // The command's collation, else the collection's default one (MongoDB's rule).
  const collation = parseCollation(options.collation ?? collection?.options.collation);
  let docs = collection ? candidates(collection, criteria, collation !== null) : [];
  const extra = {
    ...(collation ? { collation: intlCollation(collation) as never } : {}),
    ...(options.variables ? { variables: options.variables } : {}),
  };
  // { $natural: ±1 } is insertion order (or its reverse), not a field.
  let sort = options.sort;
  if (sort && Object.keys(sort).length === 1 && '$natural' in sort) {
    if (sort.$natural === -1) docs = [...docs].reverse();
    sort = undefined;
  }
  const near = extractNear(criteria);
  if (near) {
    // Filter on the rest, then order by distance; sort/skip/limit/projection below keep that order.
    const matcher = compileFilter(near.rest, extra);
    docs = applyNear(
      collection,
      docs.filter((doc) => matcher.test(doc)),
      near.near,
    );
    criteria = {};
  }
  try {
    const query = new Query(criteria, mingoOptions(extra));
    let cursor = query.find<Document>(checkedScan(docs)); // checkedScan: maxTimeMS stops a slow scan
    if (sort && Object.keys(sort).length) cursor = cursor.sort(sort as Record<string, 1 | -1>);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(Math.abs(options.limit));
    docs = cursor.all();
  } catch (error) {
    throw toMongoError(error);
  }
  return project(docs, options.projection, criteria, extra);
}
