/**
 * The order of values and of documents by a sort specification under a collation: mingo's value order with strings
 * compared by the collator. Used by $sort, find's sort when no index gave the order, and every operator that sorts
 * by a sortBy ($topN and the like, $sortArray, $setWindowFields).
 */
import { compare, resolve } from 'mingo/util';
import { collatorFor, type Collation } from './collation.js';

/** mingo's value order with strings compared by the collator (strings form one contiguous type bracket there). */
export function collatedCompare(collation: Collation): (a: unknown, b: unknown) => number {
  const collator = collatorFor(collation);
  return (a, b) => (typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : compare(a, b));
}

interface Keyed {
  doc: unknown;
  values: unknown[];
}

/**
 * Documents with the values of a sort specification's paths (read as mingo's $sort reads them), and the order of
 * such rows: key by key, each in its direction, so strings the collation calls equal leave the tie to the next key.
 */
export function sortKeys(
  collation: Collation,
  spec: Record<string, unknown>,
): { keyed: (doc: unknown) => Keyed; order: (a: Keyed, b: Keyed) => number } {
  const compareValues = collatedCompare(collation);
  const keys = Object.entries(spec).map(([path, direction]) => ({
    path,
    direction: direction === -1 ? -1 : 1,
  }));
  return {
    keyed: (doc) => ({
      doc,
      values: keys.map(({ path }) => resolve(doc as Record<string, unknown>, path)),
    }),
    order: (a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const c = compareValues(a.values[i], b.values[i]);
        if (c !== 0) return c * keys[i]!.direction;
      }
      return 0;
    },
  };
}

/** Documents in the order of a sort specification under a collation (one stable sort). */
export function sortUnder(collation: Collation, docs: unknown[], spec: Record<string, unknown>): unknown[] {
  const { keyed, order } = sortKeys(collation, spec);
  return docs
    .map(keyed)
    .sort(order)
    .map((row) => row.doc);
}
