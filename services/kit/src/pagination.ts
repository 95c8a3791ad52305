import type { QueryFilter, HydratedDocument } from 'mongoose';
import { openCursor, sealCursor } from './cursor.js';
import { badUserInput } from './errors.js';
import type { ModelOf } from './modelTypes.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection with nothing in it (a parent with no children, a key that can name nothing). */
export function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

export type SortOrder = 1 | -1;

export interface PaginateArgs<T> {
  filter: QueryFilter<T>;
  /** The order of the list; `_id` is appended as the tie-breaker so every position is unique. */
  sort: Record<string, SortOrder>;
  first?: number | null;
  after?: string | null;
  /**
   * How strings compare in the sort and in the keyset condition, e.g. `{ locale: 'ja' }` for 五十音 order. The
   * cursor names it, so a cursor of the code-point list is refused by the collated one and the other way round.
   */
  collation?: { locale: string } | null;
}

/** Validates `first`: absent means the default page, anything outside 0..100 is the caller's mistake. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, {
      argumentName: 'first',
    });
  }
  return first;
}

function withTieBreaker(sort: Record<string, SortOrder>): [string, SortOrder][] {
  const keys = Object.entries(sort);
  return '_id' in sort ? keys : [...keys, ['_id', 1]];
}

/** The list a cursor belongs to: the collection and its sort, so a cursor of one list is refused by another. */
export function cursorList(
  modelName: string,
  keys: [string, SortOrder][],
  collation?: { locale: string } | null,
): string {
  const order = keys.map(([path, direction]) => `${path}${direction === 1 ? '+' : '-'}`).join(',');
  return `${modelName}:${order}${collation ? `@${collation.locale}` : ''}`;
}

/** A sealed cursor (see cursor.ts): opaque, authenticated and bound to the list and sort it came from. */
export function encodeCursor(list: string, values: unknown[]): string {
  return sealCursor(list, values);
}

export function decodeCursor(cursor: string, list: string, length: number): unknown[] {
  return openCursor(cursor, list, length);
}

function valueAt(doc: unknown, path: string): unknown {
  const value = (doc as { get(path: string): unknown }).get(path);
  return value === undefined ? null : value;
}

/**
 * The documents strictly after `values` in the sort order. MongoDB sorts null (and missing) before every other
 * value, and `$gt`/`$lt` never match null, so null positions get explicit conditions.
 */
function afterFilter(keys: [string, SortOrder][], values: unknown[]): QueryFilter<unknown> {
  const branches: QueryFilter<unknown>[] = [];
  for (let i = 0; i < keys.length; i++) {
    const [path, order] = keys[i]!;
    const value = values[i];
    const equalBefore: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) equalBefore[keys[j]![0]] = values[j];
    let beyond: QueryFilter<unknown> | null;
    if (value === null) {
      beyond = order === 1 ? { [path]: { $ne: null } } : null;
    } else if (order === 1) {
      beyond = { [path]: { $gt: value } };
    } else {
      beyond = { $or: [{ [path]: { $lt: value } }, { [path]: null }] };
    }
    if (beyond) branches.push({ $and: [equalBefore, beyond] });
  }
  return branches.length > 0 ? { $or: branches } : { _id: { $exists: false } };
}

function withCollation<Q extends { collation(value: { locale: string }): Q }>(
  query: Q,
  collation: { locale: string } | null | undefined,
): Q {
  return collation ? query.collation(collation) : query;
}

/**
 * A Relay connection over `model` with keyset pagination: the page after a cursor is found through the sort index
 * (no skip), so deep pages cost the same as the first and concurrent inserts never shift a page.
 */
export async function paginate<T, H = HydratedDocument<T>>(
  model: ModelOf<T, H>,
  args: PaginateArgs<T>,
): Promise<Connection<H>> {
  const first = pageSize(args.first);
  const keys = withTieBreaker(args.sort);
  const list = cursorList(model.modelName, keys, args.collation);
  const filter: QueryFilter<T> =
    args.after === null || args.after === undefined
      ? args.filter
      : {
          $and: [args.filter, afterFilter(keys, decodeCursor(args.after, list, keys.length))],
        };

  const [docs, totalCount] = await Promise.all([
    first === 0
      ? Promise.resolve([] as H[])
      : withCollation(
          model
            .find(filter)
            .sort(Object.fromEntries(keys))
            .limit(first + 1),
          args.collation,
        ).exec(),
    withCollation(model.countDocuments(args.filter), args.collation).exec(),
  ]);

  const page = docs.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeCursor(
      list,
      keys.map(([path]) => valueAt(node, path)),
    ),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: docs.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
