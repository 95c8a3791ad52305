/**
 * `$in` as a hashed lookup. mingo's `$in` intersects the document's values with the whole list on every call
 * (hashing each member again per document), so a list of n ids costs O(n) per document in every re-check. Members
 * MongoDB compares by value alone (numbers across int/long/double, strings without a collation, ObjectIds,
 * dates, booleans, timestamps) go into a Set of canonical keys once; the others (null, which also matches a
 * missing field, regexes, documents, arrays, BinData, Decimal128, strings under a collation) keep the exact
 * comparison path they had.
 */
import { Long, ObjectId, Timestamp } from 'bson';
import { isPlainObject, keyOf } from '../storage/values.js';

/** The canonical key of a value MongoDB's `$in` compares by value alone, or undefined for any other value. */
export function hashableKey(value: unknown, collated: boolean): string | undefined {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return keyOf(value);
    case 'string':
      // Under a collation equal strings need not be equal code units; Intl has no sort keys to hash.
      return collated ? undefined : keyOf(value);
    case 'object':
      if (
        value instanceof ObjectId ||
        value instanceof Date ||
        value instanceof Long ||
        value instanceof Timestamp
      )
        return keyOf(value);
      return undefined;
    default:
      return undefined;
  }
}

export interface InMembership {
  /** Canonical keys of the hashable members. */
  keys: Set<string>;
  /**
   * Canonical keys of array and document members, which equal a whole array or document value (mingo's `$in`
   * only compares a leaf array's elements, so `{ v: { $in: [[7, 8]] } }` would miss `v: [7, 8]`).
   */
  structuredKeys: Set<string>;
  /** Members that need the exact comparison (see the file comment). */
  rest: unknown[];
}

export function splitInMembers(members: unknown[], collated: boolean): InMembership {
  const keys = new Set<string>();
  const structuredKeys = new Set<string>();
  const rest: unknown[] = [];
  for (const member of members) {
    const key = hashableKey(member, collated);
    if (key !== undefined) keys.add(key);
    else {
      if (Array.isArray(member) || isPlainObject(member)) structuredKeys.add(keyOf(member));
      rest.push(member);
    }
  }
  return { keys, structuredKeys, rest };
}

/** Whether one of `candidates` (a field's values and a leaf array's elements) has a key in `keys`. */
export function anyHashedMember(candidates: unknown[], keys: Set<string>, collated: boolean): boolean {
  if (keys.size === 0) return false;
  for (const candidate of candidates) {
    const key = hashableKey(candidate, collated);
    if (key !== undefined && keys.has(key)) return true;
  }
  return false;
}

/** Whether one of `candidates` is an array or document equal to a structured member. */
export function anyStructuredMember(candidates: unknown[], structuredKeys: Set<string>): boolean {
  if (structuredKeys.size === 0) return false;
  return candidates.some(
    (candidate) =>
      (Array.isArray(candidate) || isPlainObject(candidate)) && structuredKeys.has(keyOf(candidate)),
  );
}
