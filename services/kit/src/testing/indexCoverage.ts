import mongoose from 'mongoose';

/**
 * Index coverage for tests: record every database query a service issues (mongoose's debug hook) and check each
 * against the indexes declared on the models' schemas, so removing an index, or adding a query path without one,
 * fails a test. An index serves a query when its leading keys are pinned by the filter's equality fields and, for a
 * page (a limited, sorted read), the sort follows them. Geo filters need a 2dsphere index on their path.
 */

export interface RecordedQuery {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1> | null;
  limited: boolean;
}

export type IndexKeys = [string, 1 | -1 | string][];

/** The models whose declared indexes the queries are checked against (a subgraph definition's `models`). */
export type IndexedModels = readonly Pick<mongoose.Model<unknown>, 'collection' | 'schema'>[];

export interface IndexCoverageOptions {
  /**
   * 'all' (default): the index must lead with every equality field of the filter, so a flag in front of the sort
   * never passes for a selective filter it cannot narrow. 'first': the index's first key must be pinned (when the
   * filter pins anything).
   */
  leading?: 'all' | 'first';
}

export interface RecordQueriesOptions {
  /**
   * Maps a find-style filter to the one to check, or null to leave the query out (e.g. a cursor page's `$and`,
   * whose first page already checks the path). Default: recorded as issued.
   */
  filter?: (filter: Record<string, unknown>) => Record<string, unknown> | null;
  /** Maps an aggregate pipeline to the query it starts with, or null to leave it out. Default: {@link leadingMatch}. */
  aggregate?: (pipeline: Record<string, unknown>[]) => Omit<RecordedQuery, 'collection' | 'method'> | null;
}

export interface QueryRecorder {
  /** Every query recorded so far. */
  queries: RecordedQuery[];
  stop(): void;
}

const RECORDED_METHODS = ['find', 'findOne', 'countDocuments', 'findOneAndUpdate', 'updateOne'];
const GEO_OPERATORS = ['$geoIntersects', '$geoWithin', '$near', '$nearSphere'];

/** The pipeline's first $match and the $sort of a page: a limited read. */
export function leadingMatch(
  pipeline: Record<string, unknown>[],
): Omit<RecordedQuery, 'collection' | 'method'> {
  const match = pipeline.find((stage) => '$match' in stage)?.$match as Record<string, unknown> | undefined;
  const sort = pipeline.find((stage) => '$sort' in stage)?.$sort as Record<string, 1 | -1> | undefined;
  return { filter: match ?? {}, sort: sort ?? null, limited: true };
}

/** Records the queries mongoose issues (reads, updates and aggregates) until `stop()`. */
export function recordQueries(options: RecordQueriesOptions = {}): QueryRecorder {
  const queries: RecordedQuery[] = [];
  const toFilter = options.filter ?? ((filter) => filter);
  const toQuery = options.aggregate ?? leadingMatch;
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (method === 'aggregate') {
      const query = toQuery((args[0] ?? []) as Record<string, unknown>[]);
      if (query) queries.push({ collection, method, ...query });
      return;
    }
    if (!RECORDED_METHODS.includes(method)) return;
    const filter = toFilter((args[0] ?? {}) as Record<string, unknown>);
    if (!filter) return;
    const queryOptions = (method === 'findOneAndUpdate' || method === 'updateOne' ? args[2] : args[1]) as
      { sort?: Record<string, 1 | -1>; limit?: number } | undefined;
    queries.push({
      collection,
      method,
      filter,
      sort: queryOptions?.sort ?? null,
      limited: typeof queryOptions?.limit === 'number',
    });
  });
  return { queries, stop: () => mongoose.set('debug', false) };
}

const isOperatorObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !(value instanceof mongoose.Types.ObjectId) &&
  !mongoose.isObjectIdOrHexString(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key.startsWith('$'));

/**
 * Fields the filter pins to one value, a set of values or one array element's value: the ones an index prefix
 * serves. `$and` parts are searched too; `$or` parts pin nothing.
 */
export function pinnedFields(filter: Record<string, unknown>, fields = new Set<string>()): Set<string> {
  for (const [path, value] of Object.entries(filter)) {
    if (path === '$and') for (const part of value as Record<string, unknown>[]) pinnedFields(part, fields);
    if (path.startsWith('$')) continue;
    if (!isOperatorObject(value) || '$in' in value || '$eq' in value) fields.add(path);
    else if ('$elemMatch' in value) {
      for (const [sub, subValue] of Object.entries(value.$elemMatch as Record<string, unknown>)) {
        if (!isOperatorObject(subValue)) fields.add(`${path}.${sub}`);
      }
    }
  }
  return fields;
}

function geoFields(filter: Record<string, unknown>): string[] {
  return Object.entries(filter)
    .filter(
      ([, value]) => isOperatorObject(value) && Object.keys(value).some((key) => GEO_OPERATORS.includes(key)),
    )
    .map(([path]) => path);
}

/** The indexes declared on the collection's model, and the implicit one on _id. */
export function indexesOf(models: IndexedModels, collection: string): IndexKeys[] {
  const model = models.find((m) => m.collection.collectionName === collection);
  if (!model) throw new Error(`no model for collection ${collection}`);
  return [[['_id', 1]], ...model.schema.indexes().map(([keys]) => Object.entries(keys) as IndexKeys)];
}

/** Whether one of `indexes` serves the query. */
export function isServed(
  query: RecordedQuery,
  indexes: IndexKeys[],
  options: IndexCoverageOptions = {},
): boolean {
  const geo = geoFields(query.filter);
  if (geo.length > 0)
    return geo.every((path) => indexes.some((keys) => keys.some(([k, v]) => k === path && v === '2dsphere')));
  const pinned = pinnedFields(query.filter);
  // _id is unique: a query pinning it reads one document whatever else it asks.
  if (pinned.has('_id')) return true;
  const sort = Object.entries(query.sort ?? {}).filter(([path]) => !pinned.has(path));
  const needsOrder = query.limited && sort.length > 0;
  return indexes.some((keys) => {
    let prefix = 0;
    while (prefix < keys.length && pinned.has(keys[prefix]![0])) prefix++;
    if ((options.leading ?? 'all') === 'all' ? prefix < pinned.size : pinned.size > 0 && prefix === 0)
      return false;
    if (!needsOrder) return true;
    const rest = keys.slice(prefix, prefix + sort.length);
    if (rest.length < sort.length) return false;
    const same = rest.every(([path, order], i) => path === sort[i]![0] && order === sort[i]![1]);
    const reversed = rest.every(([path, order], i) => path === sort[i]![0] && order === -sort[i]![1]);
    return same || reversed;
  });
}

/**
 * The queries no declared index serves, each described with the collection's indexes, for
 * `expect(unservedQueries(...)).toEqual([])`.
 */
export function unservedQueries(
  models: IndexedModels,
  queries: readonly RecordedQuery[],
  options: IndexCoverageOptions = {},
): string[] {
  return queries
    .filter((query) => !isServed(query, indexesOf(models, query.collection), options))
    .map((query) => {
      const indexes = indexesOf(models, query.collection).map((keys) =>
        JSON.stringify(Object.fromEntries(keys)),
      );
      return (
        `${query.collection}.${query.method}(${JSON.stringify(query.filter)})` +
        `${query.sort ? ` sort ${JSON.stringify(query.sort)}` : ''}${query.limited ? ' limited' : ''}` +
        ` is served by none of ${indexes.join(', ')}`
      );
    });
}
