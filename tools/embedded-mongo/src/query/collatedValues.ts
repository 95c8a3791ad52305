/**
 * Values compared under a collation, for grouping and de-duplication ($group keys, $addToSet, distinct). MongoDB
 * compares the strings in such values with the collator, so at strength 2 'abc' and 'ABC' are one value and the first
 * one met stands for both. Intl has no sort keys to hash, so each string met is kept in a B+ tree ordered by
 * collator.compare (hand-written glue: no library maps strings to collation classes) and later strings find their
 * class there in O(log n) with the collator's own equality.
 */
import { HashMap } from 'mingo/util';
import BTree from 'sorted-btree';
import { collatorFor, type Collation } from './collation.js';
import { defineField, isPlainObject } from '../storage/values.js';

export class CollatedValues {
  private readonly strings: BTree<string, string>;

  constructor(collation: Collation) {
    const collator = collatorFor(collation);
    this.strings = new BTree<string, string>(undefined, (a, b) => collator.compare(a, b));
  }

  /**
   * The value with every string (also inside arrays and documents; field names stay binary, as in MongoDB)
   * replaced by the first string met that the collation calls equal to it: equal values under the collation
   * become equal values, to hash or compare as usual.
   */
  canonical(value: unknown): unknown {
    if (typeof value === 'string') {
      const known = this.strings.get(value);
      if (known !== undefined) return known;
      this.strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) return value.map((item: unknown) => this.canonical(item));
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [field, item] of Object.entries(value)) defineField(out, field, this.canonical(item));
      return out;
    }
    return value;
  }
}

/**
 * The values without repeats under the collation, in the order met, each class reported by its first member
 * (what distinct and $addToSet answer). `hash` is the caller's equality for everything but strings.
 */
export function uniqueUnder(
  collation: Collation,
  values: Iterable<unknown>,
  hash: (value: unknown) => string,
): unknown[] {
  const classes = new CollatedValues(collation);
  const seen = new Map<string, unknown>();
  for (const value of values) {
    const key = hash(classes.canonical(value));
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** Whether a value holds a string anywhere (its comparisons then depend on the collation). */
export function holdsString(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(holdsString);
  return isPlainObject(value) && Object.values(value).some(holdsString);
}

/**
 * Items grouped by the value `keyOf` gives them, values the collation calls equal in one group; groups in the order
 * first met, each under the first value met (MongoDB reports that one). Shared by $group and $setWindowFields.
 */
export function groupUnder(
  collation: Collation,
  items: readonly unknown[],
  keyOf: (item: unknown) => unknown,
): { key: unknown; members: unknown[] }[] {
  const classes = new CollatedValues(collation);
  // mingo's HashMap: canonical keys may be arrays or documents, equal by value.
  const groups = HashMap.init<unknown, { key: unknown; members: unknown[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const canonical = classes.canonical(key);
    let group = groups.get(canonical);
    if (!group) {
      group = { key, members: [] };
      groups.set(canonical, group);
    }
    group.members.push(item);
  }
  return [...groups.values()];
}
