/**
 * Query operators whose mingo versions give answers MongoDB never would. mingo compares BinData by
 * its string form (no length-then-subtype order, subtype ignored in equality), applies $bits* to JS numbers only,
 * reads `$all` on a non-array field as no match, and takes `$elemMatch: { $id: ... }` (a DBRef) for an operator.
 * mingo also ignores a collation in filters: string comparisons here use it. Everything not involving those cases
 * is handed back to mingo's operator.
 */
import { Binary } from 'bson';
import * as mingoQueryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { leafValues } from './bsonType.js';
import { collationOfOptions, collatorFor, type Collation } from './collation.js';
import { MongoCommandError } from '../commands/errors.js';
import { formatValue, isPlainObject } from '../storage/values.js';
import { anyHashedMember, anyStructuredMember, splitInMembers } from './inMembership.js';

type Predicate = (doc: Record<string, unknown>) => boolean;
type Operator = (selector: string, value: unknown, options: Options) => Predicate;

const mingo = mingoQueryOperators as unknown as Record<string, Operator>;

function bytesOf(value: Binary): Uint8Array {
  return value.buffer.subarray(0, value.position);
}

/** MongoDB's BinData order: by length, then by subtype, then byte by byte. */
export function compareBinary(a: Binary, b: Binary): number {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  if (a.sub_type !== b.sub_type) return a.sub_type < b.sub_type ? -1 : 1;
  for (let i = 0; i < x.length; i += 1) {
    if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number) ? -1 : 1;
  }
  return 0;
}

/** Values a comparison at `selector` considers: each leaf, and each element of a leaf array. */
function candidates(doc: Record<string, unknown>, selector: string): unknown[] {
  return leafValues(doc, selector).flatMap((value) =>
    Array.isArray(value) ? [value, ...(value as unknown[])] : [value],
  );
}

/** The command's collation, when strings compare under one (mingo hands it to operators in their options). */
const collationOf = (options: Options): Collation | undefined => collationOfOptions(options);

function binaryComparison(test: (order: number) => boolean): (name: string) => Operator {
  return (name) => (selector, value, options) => {
    const collation = collationOf(options);
    if (typeof value === 'string' && collation) {
      const collator = collatorFor(collation);
      return (doc) =>
        candidates(doc, selector).some(
          (item) => typeof item === 'string' && test(collator.compare(item, value)),
        );
    }
    if (!(value instanceof Binary)) return mingo[name]!(selector, value, options);
    return (doc) =>
      candidates(doc, selector).some((item) => item instanceof Binary && test(compareBinary(item, value)));
  };
}

const binaryEq = binaryComparison((order) => order === 0)('$eq');

/**
 * $in: hashable members are looked up in a Set (inMembership.ts); BinData members compare by subtype and bytes,
 * strings under a collation by the collator, and the rest (null, regexes, documents, arrays) go to mingo.
 */
const $in: Operator = (selector, value, options) => {
  if (!Array.isArray(value)) return mingo.$in!(selector, value, options);
  const collation = collationOf(options);
  const collated = collation !== undefined;
  const { keys, structuredKeys, rest: unhashed } = splitInMembers(value, collated);
  const binaries = unhashed.filter((item): item is Binary => item instanceof Binary);
  const strings = collated ? unhashed.filter((item): item is string => typeof item === 'string') : [];
  const others = unhashed.filter(
    (item) => !(item instanceof Binary) && !(collated && typeof item === 'string'),
  );
  const rest = others.length > 0 ? mingo.$in!(selector, others, options) : () => false;
  const collator = collation ? collatorFor(collation) : undefined;
  return (doc) => {
    const values = candidates(doc, selector);
    if (anyHashedMember(values, keys, collated)) return true;
    if (anyStructuredMember(values, structuredKeys)) return true;
    if (rest(doc)) return true;
    if (binaries.length === 0 && strings.length === 0) return false;
    return values.some(
      (item) =>
        (item instanceof Binary && binaries.some((binary) => compareBinary(item, binary) === 0)) ||
        (collator !== undefined &&
          typeof item === 'string' &&
          strings.some((string) => collator.compare(item, string) === 0)),
    );
  };
};

/** `{ f: { $all: [a, b] } }` is `{ $and: [{ f: a }, { f: b }] }` in MongoDB, so a scalar field can match. */
const $all: Operator = (selector, value, options) => {
  if (!Array.isArray(value)) throw new MongoCommandError('BadValue', '$all needs an array');
  if (value.length === 0) return () => false;
  const clauses = value.map((item) => {
    if (item instanceof RegExp) return { [selector]: item };
    if (isPlainObject(item) && Object.keys(item)[0] === '$elemMatch') return { [selector]: item };
    return { [selector]: { $eq: item } };
  });
  const query = new Query({ $and: clauses }, options);
  return (doc) => query.test(doc);
};

/** Bit positions a $bits* mask names: a list of positions, a number's set bits, or a BinData's set bits. */
function maskPositions(operator: string, mask: unknown): number[] {
  const positions: number[] = [];
  if (Array.isArray(mask)) {
    for (const position of mask) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
        throw new MongoCommandError(
          'BadValue',
          `bit positions must be non-negative integers but found: ${formatValue(position)}`,
        );
      }
      positions.push(position);
    }
    return positions;
  }
  if (typeof mask === 'number') {
    if (!Number.isInteger(mask) || mask < 0) {
      throw new MongoCommandError('BadValue', `${operator} bitmask must be a non-negative integer: ${mask}`);
    }
    for (let bit = 0, rest = BigInt(mask); rest > 0n; bit += 1, rest >>= 1n)
      if (rest & 1n) positions.push(bit);
    return positions;
  }
  if (mask instanceof Binary) {
    bytesOf(mask).forEach((byte, index) => {
      for (let bit = 0; bit < 8; bit += 1) if (byte & (1 << bit)) positions.push(index * 8 + bit);
    });
    return positions;
  }
  throw new MongoCommandError(
    'BadValue',
    `${operator} takes an Array, a number, or a BinData but received: ${operator}: ${formatValue(mask)}`,
  );
}

/** Bit `position` of a value, or null when the value is not something $bits* tests (non-integral, not BinData). */
function bitAt(value: unknown, position: number): boolean | null {
  if (value instanceof Binary) {
    const bytes = bytesOf(value);
    const byte = bytes[position >> 3];
    return byte !== undefined && (byte & (1 << (position & 7))) !== 0;
  }
  const integer =
    typeof value === 'number' && Number.isInteger(value)
      ? BigInt(value)
      : typeof value === 'bigint'
        ? value
        : isPlainObject(value) || value === null || value === undefined
          ? null
          : typeof (value as { toBigInt?: unknown }).toBigInt === 'function'
            ? (value as { toBigInt(): bigint }).toBigInt()
            : null;
  if (integer === null) return null;
  // Two's complement over 64 bits; positions past 63 read the sign bit, as in MongoDB.
  const bits = BigInt.asUintN(64, integer);
  return ((bits >> BigInt(Math.min(position, 63))) & 1n) === 1n;
}

function bitwise(operator: string, test: (bits: boolean[]) => boolean): Operator {
  return (selector, mask) => {
    const positions = maskPositions(operator, mask);
    return (doc) =>
      candidates(doc, selector).some((value) => {
        if (Array.isArray(value)) return false;
        const bits = positions.map((position) => bitAt(value, position));
        if (bits.some((bit) => bit === null)) return false;
        return test(bits as boolean[]);
      });
  };
}

const DBREF_FIELDS = new Set(['$ref', '$id', '$db']);
/** DBRef fields renamed so mingo reads them as fields, not operators (no real field can start with this). */
const DBREF_PREFIX = '\u0000dbref';

function renameDbRefFields(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const renamed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    renamed[DBREF_FIELDS.has(key) ? DBREF_PREFIX + key : key] = item;
  }
  return renamed;
}

/** `$elemMatch: { $id: x, $ref: 'c' }` matches DBRef sub-documents by their fields. */
const $elemMatch: Operator = (selector, criteria, options) => {
  if (!isPlainObject(criteria) || !Object.keys(criteria).some((key) => DBREF_FIELDS.has(key))) {
    return mingo.$elemMatch!(selector, criteria, options);
  }
  const query = new Query(renameDbRefFields(criteria) as Record<string, unknown>, options);
  return (doc) =>
    leafValues(doc, selector).some(
      (value) =>
        Array.isArray(value) &&
        value.some(
          (item) => isPlainObject(item) && query.test(renameDbRefFields(item) as Record<string, unknown>),
        ),
    );
};

export const bsonQueryOperators: Record<string, Operator> = {
  $eq: binaryEq,
  $ne: (selector, value, options) => {
    if (!(value instanceof Binary) && !(typeof value === 'string' && collationOf(options))) {
      return mingo.$ne!(selector, value, options);
    }
    const eq = binaryEq(selector, value, options);
    return (doc) => !eq(doc);
  },
  $gt: binaryComparison((order) => order > 0)('$gt'),
  $gte: binaryComparison((order) => order >= 0)('$gte'),
  $lt: binaryComparison((order) => order < 0)('$lt'),
  $lte: binaryComparison((order) => order <= 0)('$lte'),
  $in,
  $nin: (selector, value, options) => {
    const test = $in(selector, value, options);
    return (doc) => !test(doc);
  },
  $all,
  $elemMatch,
  $bitsAllSet: bitwise('$bitsAllSet', (bits) => bits.every(Boolean)),
  $bitsAnySet: bitwise('$bitsAnySet', (bits) => bits.some(Boolean)),
  $bitsAllClear: bitwise('$bitsAllClear', (bits) => bits.every((bit) => !bit)),
  $bitsAnyClear: bitwise('$bitsAnyClear', (bits) => bits.some((bit) => !bit)),
};
