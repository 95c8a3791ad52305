/**
 * BSON type names for stored values and the $type query operator. mingo's $type reasons about
 * JavaScript types and does not know ObjectId, Decimal128 or Long; MongoDB's matches any array element too.
 * Numbers arrive promoted to JS numbers, so an integer in the int32 range reads as "int" and any other number as
 * "double", which is what the JS drivers write for them.
 */
import { Binary, BSONRegExp, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp, Code } from 'bson';
import { MongoCommandError } from '../commands/errors.js';
import { numberKind } from '../storage/numberTypes.js';
import { isPlainObject } from '../storage/values.js';

const TYPE_NUMBERS: Record<string, number> = {
  double: 1,
  string: 2,
  object: 3,
  array: 4,
  binData: 5,
  undefined: 6,
  objectId: 7,
  bool: 8,
  date: 9,
  null: 10,
  regex: 11,
  javascript: 13,
  int: 16,
  timestamp: 17,
  long: 18,
  decimal: 19,
  minKey: -1,
  maxKey: 127,
};
const NUMERIC = new Set([1, 16, 18, 19]);

/** The BSON type alias MongoDB prints for a value (e.g. "string", "objectId"). */
export function bsonTypeName(value: unknown): string {
  const number = bsonTypeNumber(value);
  return Object.entries(TYPE_NUMBERS).find(([, n]) => n === number)?.[0] ?? 'unknown';
}

/** The BSON type number of a (non-array) value as MongoDB would store it. */
export function bsonTypeNumber(value: unknown): number {
  if (value === null) return 10;
  if (value === undefined) return 6;
  switch (typeof value) {
    case 'string':
      return 2;
    case 'boolean':
      return 8;
    case 'number':
      return Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 ? 16 : 1;
    case 'bigint':
      return 18;
    default:
      break;
  }
  if (Array.isArray(value)) return 4;
  if (value instanceof ObjectId) return 7;
  if (value instanceof Date) return 9;
  if (value instanceof RegExp || value instanceof BSONRegExp) return 11;
  if (value instanceof Decimal128) return 19;
  // Timestamp first: bson's Timestamp is a subclass of Long.
  if (value instanceof Timestamp) return 17;
  if (value instanceof Long) return 18;
  if (value instanceof Binary || Buffer.isBuffer(value)) return 5;
  if (value instanceof Code) return 13;
  if (value instanceof MinKey) return -1;
  if (value instanceof MaxKey) return 127;
  return 3;
}

function parseTypes(spec: unknown): Set<number> | 'number' {
  const list = Array.isArray(spec) ? spec : [spec];
  const wanted = new Set<number>();
  for (const item of list) {
    if (item === 'number') {
      for (const n of NUMERIC) wanted.add(n);
    } else if (typeof item === 'string' && item in TYPE_NUMBERS) {
      wanted.add(TYPE_NUMBERS[item] as number);
    } else if (typeof item === 'number' && Object.values(TYPE_NUMBERS).includes(item)) {
      wanted.add(item);
    } else {
      throw new MongoCommandError('BadValue', `Unknown type name alias: ${String(item)}`);
    }
  }
  return wanted;
}

/** Leaf values at a dotted path: intermediate arrays are traversed, a leaf array is returned whole. */
function leaves(doc: unknown, parts: string[], index = 0): unknown[] {
  if (index === parts.length) return [doc];
  if (Array.isArray(doc)) {
    const part = parts[index] as string;
    const byPosition = /^\d+$/.test(part) ? leaves(doc[Number(part)], parts, index + 1) : [];
    return [...byPosition, ...doc.flatMap((item) => (isPlainObject(item) ? leaves(item, parts, index) : []))];
  }
  if (isPlainObject(doc)) {
    const part = parts[index] as string;
    return part in doc ? leaves(doc[part], parts, index + 1) : [];
  }
  return [];
}

/** Leaf values at a dotted path (a leaf array whole), for operators that test values themselves. */
export function leafValues(doc: unknown, selector: string): unknown[] {
  return leaves(doc, selector.split('.'));
}

/** BSON type number of `container[key]`, using the Double/Long type it arrived with (numberTypes.ts). */
function typeAt(container: object, key: string, value: unknown): number {
  const kind = typeof value === 'number' ? numberKind(container, key) : undefined;
  return kind === 'double' ? 1 : kind === 'long' ? 18 : bsonTypeNumber(value);
}

/** BSON type numbers at a dotted path: each leaf's, and each element's of a leaf array. */
function typesAtPath(doc: unknown, parts: string[], index = 0, container?: object, key?: string): number[] {
  if (index === parts.length) {
    const own = container && key !== undefined ? typeAt(container, key, doc) : bsonTypeNumber(doc);
    if (!Array.isArray(doc)) return [own];
    return [own, ...doc.map((item, i) => typeAt(doc, String(i), item))];
  }
  const part = parts[index] as string;
  if (Array.isArray(doc)) {
    const byPosition = /^\d+$/.test(part) ? typesAtPath(doc[Number(part)], parts, index + 1, doc, part) : [];
    return [
      ...byPosition,
      ...doc.flatMap((item) => (isPlainObject(item) ? typesAtPath(item, parts, index) : [])),
    ];
  }
  if (isPlainObject(doc)) return part in doc ? typesAtPath(doc[part], parts, index + 1, doc, part) : [];
  return [];
}

export function $type(selector: string, spec: unknown): (doc: Record<string, unknown>) => boolean {
  const wanted = parseTypes(spec) as Set<number>;
  const parts = selector.split('.');
  return (doc) => typesAtPath(doc, parts).some((type) => wanted.has(type));
}
