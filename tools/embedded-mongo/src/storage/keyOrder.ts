/**
 * The order of index keys. Every indexed value becomes a small comparable key (its BSON type bracket
 * and a number or string inside it), compared in MongoDB's canonical type order: MinKey < null (and missing) <
 * numbers < strings < objects < arrays < BinData < ObjectId < booleans < dates < timestamps < regexes < MaxKey.
 * Range bounds stay inside one bracket ({ $gt: 5 } never reaches strings), as MongoDB's do.
 */
import { Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp, Binary } from 'bson';
import { objectIdHex } from './objectIdHex.js';
import { isPlainObject, keyOf } from './values.js';

export const Rank = {
  MinKey: 0,
  Null: 5,
  Number: 10,
  String: 15,
  Object: 20,
  Array: 25,
  BinData: 30,
  ObjectId: 35,
  Boolean: 40,
  Date: 45,
  Timestamp: 47,
  RegExp: 50,
  Other: 90,
  MaxKey: 100,
} as const;

/** Inside a bracket: the lowest and highest possible value, for bounds such as "every number above 5". */
export const BOTTOM = Symbol('bottom');
export const TOP = Symbol('top');

export interface SortKey {
  r: number;
  v: number | string | typeof BOTTOM | typeof TOP;
}

/** The comparable key of one (non-array) indexed value; undefined (a missing field) indexes as null. */
export function sortKeyOf(value: unknown): SortKey {
  if (value === undefined || value === null) return { r: Rank.Null, v: 0 };
  switch (typeof value) {
    case 'number':
      // NaN sorts below every other number, as in MongoDB.
      return { r: Rank.Number, v: Number.isNaN(value) ? -Infinity : value };
    case 'bigint':
      return { r: Rank.Number, v: Number(value) };
    case 'string':
      return { r: Rank.String, v: value };
    case 'boolean':
      return { r: Rank.Boolean, v: value ? 1 : 0 };
    default:
      break;
  }
  if (value instanceof ObjectId) return { r: Rank.ObjectId, v: objectIdHex(value) };
  if (value instanceof Date) return { r: Rank.Date, v: value.getTime() };
  // Before Long (bson's Timestamp is a subclass of it): its unsigned 64 bits as fixed-width hex, so that the
  // string order is the numeric one.
  if (value instanceof Timestamp) {
    const hex = (bits: number) => (bits >>> 0).toString(16).padStart(8, '0');
    return { r: Rank.Timestamp, v: hex(value.high) + hex(value.low) };
  }
  if (value instanceof Long) return { r: Rank.Number, v: value.toNumber() };
  if (value instanceof Decimal128) return { r: Rank.Number, v: Number(value.toString()) };
  if (value instanceof Binary) return { r: Rank.BinData, v: keyOf(value) };
  if (value instanceof RegExp) return { r: Rank.RegExp, v: keyOf(value) };
  if (value instanceof MinKey) return { r: Rank.MinKey, v: 0 };
  if (value instanceof MaxKey) return { r: Rank.MaxKey, v: 0 };
  if (Array.isArray(value)) return { r: Rank.Array, v: keyOf(value) };
  if (isPlainObject(value)) return { r: Rank.Object, v: keyOf(value) };
  return { r: Rank.Other, v: keyOf(value) };
}

/** Brackets whose order inside equals what a sort on the stored values gives (so an index can serve a sort). */
export const ORDERED_RANKS: ReadonlySet<number> = new Set([
  Rank.Null,
  Rank.Number,
  Rank.String,
  Rank.ObjectId,
  Rank.Boolean,
  Rank.Date,
]);

export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a.r !== b.r) return a.r - b.r;
  const x = a.v;
  const y = b.v;
  if (x === y) return 0;
  if (x === BOTTOM || y === TOP) return -1;
  if (x === TOP || y === BOTTOM) return 1;
  return x < y ? -1 : 1;
}

export type KeyCompare = (a: SortKey, b: SortKey) => number;

/**
 * The key order of an index with a collation: strings by the collator (MongoDB stores collation keys, whose byte
 * order is the collator's), every other bracket as compareSortKeys orders it.
 */
export function collatedKeyCompare(collator: Intl.Collator): KeyCompare {
  return (a, b) =>
    a.r === Rank.String && b.r === Rank.String && typeof a.v === 'string' && typeof b.v === 'string'
      ? collator.compare(a.v, b.v)
      : compareSortKeys(a, b);
}

/** The smallest and largest key of a value's bracket. */
export function bracketOf(key: SortKey): [SortKey, SortKey] {
  return [
    { r: key.r, v: BOTTOM },
    { r: key.r, v: TOP },
  ];
}

export const MIN_KEY: SortKey = { r: -1, v: 0 };
export const MAX_KEY: SortKey = { r: 1000, v: 0 };

/** Renders a key the way explain prints index bounds ("[5, inf.0]", "[\"a\", \"a\"]"). */
export function formatSortKey(key: SortKey, original?: unknown): string {
  if (key.r === MIN_KEY.r) return 'MinKey';
  if (key.r === MAX_KEY.r) return 'MaxKey';
  if (key.v === BOTTOM || key.v === TOP) {
    const low = key.v === BOTTOM;
    switch (key.r) {
      case Rank.Number:
        return low ? '-inf.0' : 'inf.0';
      case Rank.String:
        return low ? '""' : '{}';
      case Rank.ObjectId:
        return low ? "ObjectId('000000000000000000000000')" : "ObjectId('ffffffffffffffffffffffff')";
      case Rank.Date:
        return low ? 'new Date(-9223372036854775808)' : 'new Date(9223372036854775807)';
      default:
        return low ? 'MinKey' : 'MaxKey';
    }
  }
  if (original instanceof ObjectId) return `ObjectId('${original.toHexString()}')`;
  if (original instanceof Date) return `new Date(${original.getTime()})`;
  if (key.r === Rank.Null) return 'null';
  if (key.r === Rank.Boolean) return key.v === 1 ? 'true' : 'false';
  if (typeof key.v === 'string' && key.r === Rank.String) return JSON.stringify(key.v);
  return String(key.v);
}
