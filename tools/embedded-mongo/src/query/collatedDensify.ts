/**
 * $densify's partitionByFields under a collation: MongoDB keeps one partition per combination of values the collation
 * calls equal ('North' and 'north' at strength 2), mingo one per spelling. Each document is tagged with its
 * partition's canonical key, mingo densifies by that tag alone, and the documents it generates take the partition
 * values of the first document met in their partition.
 */
import type { Iterator } from 'mingo/lazy';
import { Lazy } from 'mingo/lazy';
import * as stages from 'mingo/operators/pipeline';
import type { Options } from 'mingo/types';
import { resolve, setValue } from 'mingo/util';
import { collationOfOptions } from './collation.js';
import { CollatedValues } from './collatedValues.js';
import { isPlainObject } from '../storage/values.js';

type Stage = (collection: Iterator, expr: unknown, options: Options) => Iterator;
type Doc = Record<string, unknown>;

const mingoStages = stages as unknown as Record<string, Stage>;

/** The tag's field name: BSON field names cannot hold a NUL, so no stored document has it. */
const PARTITION = '\u0000partition';

export const $densify: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  const fields: unknown = isPlainObject(expr) ? expr.partitionByFields : undefined;
  if (
    !collation ||
    !Array.isArray(fields) ||
    fields.length === 0 ||
    !fields.every((f) => typeof f === 'string')
  ) {
    return mingoStages.$densify!(collection, expr, options);
  }
  const paths: string[] = fields;
  return collection.transform((items: unknown[]) => {
    const rows = items.map((item) => ({ item, values: paths.map((path) => resolve(item as Doc, path)) }));
    // mingo requires string partition values: anything else is its to refuse.
    if (!rows.every(({ values }) => values.every((value) => typeof value === 'string'))) {
      return mingoStages.$densify!(Lazy(items), expr, options);
    }
    const classes = new CollatedValues(collation);
    const firstMet = new Map<string, unknown[]>();
    const tagged = rows.map(({ item, values }) => {
      const key = JSON.stringify(values.map((value) => classes.canonical(value)));
      if (!firstMet.has(key)) firstMet.set(key, values);
      return { ...(item as Doc), [PARTITION]: key };
    });
    const densified = mingoStages.$densify!(
      Lazy(tagged),
      { ...(expr as Doc), partitionByFields: [PARTITION] },
      options,
    );
    return densified.map((doc: unknown) => {
      const { [PARTITION]: key, ...rest } = doc as Doc;
      const values = firstMet.get(key as string);
      // A generated document carries only the densified field and the tag.
      if (values && paths.some((path) => resolve(rest, path) === undefined)) {
        paths.forEach((path, i) => setValue(rest, path, values[i]));
      }
      return rest;
    });
  });
};
