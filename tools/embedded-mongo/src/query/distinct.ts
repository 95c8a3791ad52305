/**
 * The values `distinct` reports: every value at the path (array elements one by one), once each, in the order met.
 * Under a collation (the command's, else the collection's default) values that differ only by it are one value,
 * reported as the first met, as MongoDB does.
 */
import type { Document } from 'bson';
import type { Collection } from '../storage/collection.js';
import { parseCollation } from './collation.js';
import { uniqueUnder } from './collatedValues.js';
import { keyOf, valuesAtPath } from '../storage/values.js';

export function distinctValues(
  collection: Collection | undefined,
  docs: Document[],
  path: string,
  rawCollation: Document | undefined,
): unknown[] {
  const values = docs.flatMap((doc) => valuesAtPath(doc, path).filter((value) => value !== undefined));
  const collation = parseCollation(rawCollation ?? collection?.options.collation);
  if (collation) return uniqueUnder(collation, values, keyOf);
  const seen = new Map<string, unknown>();
  for (const value of values) {
    const key = keyOf(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}
