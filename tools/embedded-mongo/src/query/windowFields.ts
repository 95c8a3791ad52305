/**
 * $setWindowFields and $fill. mingo computes each window output through an internal `$function` whose body is a
 * JavaScript function, which the engine's refusal of server-side JavaScript stopped: the `$function` here runs
 * such internal bodies only (a command's `$function` arrives from BSON with a string or Code body and is still
 * refused). Under a collation MongoDB forms partitions and orders them by comparing strings with the collator; mingo
 * partitions binary and sorts key by key (grouping equal strings by spelling), so here each partition is formed and
 * sorted under the collation, and mingo computes the outputs over it in that order.
 */
import { evalExpr } from 'mingo/core';
import { Lazy, concat, type Iterator } from 'mingo/lazy';
import * as stages from 'mingo/operators/pipeline';
import type { Options } from 'mingo/types';
import { MongoCommandError } from '../commands/errors.js';
import { collationOfOptions, type Collation } from './collation.js';
import { groupUnder } from './collatedValues.js';
import { collatedCompare, sortKeys } from './collatedOrder.js';
import { defineField, isPlainObject } from '../storage/values.js';

type Stage = (collection: Iterator, expr: unknown, options: Options) => Iterator;
type Expression = (obj: unknown, expr: unknown, options: Options) => unknown;

const mingoStages = stages as unknown as Record<string, Stage>;

/** Runs mingo's own window computations; anything else is server-side JavaScript, refused as before. */
export const $function: Expression = (obj, expr, options) => {
  if (isPlainObject(expr) && typeof expr.body === 'function') {
    const { body, args } = evalExpr(obj, expr, options) as {
      body: (...args: unknown[]) => unknown;
      args: unknown[];
    };
    return body(...args);
  }
  throw new MongoCommandError(
    'NotImplemented',
    '$function (server-side JavaScript) is not supported by the embedded engine',
  );
};

/**
 * The name of the field carrying each document's place in its partition's collated order. BSON field names cannot
 * hold a NUL, so no stored document has it.
 */
const PLACE = '\u0000place';

/** Window outputs that read the sortBy value itself (numbers or dates, never strings), not just the order. */
function readsSortValues(output: unknown): boolean {
  if (!isPlainObject(output)) return false;
  return Object.values(output).some((field) => {
    if (!isPlainObject(field)) return false;
    const window = field.window;
    return (
      '$derivative' in field ||
      '$integral' in field ||
      '$linearFill' in field ||
      (isPlainObject(window) && ('range' in window || 'unit' in window))
    );
  });
}

/** The value without PLACE anywhere (window outputs may hold the documents themselves, e.g. `$push: '$$ROOT'`). */
function withoutPlace(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlace);
  if (!isPlainObject(value)) return value;
  if (PLACE in value) {
    // A partition's document: PLACE is only at its top level.
    const { [PLACE]: _place, ...rest } = value;
    return rest;
  }
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) defineField(out, field, withoutPlace(item));
  return out;
}

/** Documents grouped by their partitionBy value under the collation, partitions in the collated order of their keys. */
function partitionsUnder(
  collation: Collation,
  docs: unknown[],
  partitionBy: unknown,
  options: Options,
): unknown[][] {
  if (partitionBy === undefined) return [docs];
  const partitions = groupUnder(collation, docs, (doc) => evalExpr(doc, partitionBy, options) ?? null);
  const order = collatedCompare(collation);
  return partitions.sort((a, b) => order(a.key, b.key)).map((partition) => partition.members);
}

/**
 * A partition in its collated sortBy order, each document with PLACE: equal for documents whose sortBy values the
 * collation calls equal (so $rank and $denseRank tie them), increasing otherwise.
 */
function placed(collation: Collation, docs: unknown[], sortBy: Record<string, unknown>): unknown[] {
  const { keyed, order } = sortKeys(collation, sortBy);
  const rows = docs.map(keyed).sort(order);
  let place = 0;
  return rows.map((row, i) => {
    if (i > 0 && order(rows[i - 1]!, row) !== 0) place += 1;
    return { ...(row.doc as Record<string, unknown>), [PLACE]: place };
  });
}

export const $setWindowFields: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  // A malformed specification is mingo's to refuse.
  if (!collation || !isPlainObject(expr) || !isPlainObject(expr.output)) {
    return mingoStages.$setWindowFields!(collection, expr, options);
  }
  const { partitionBy, sortBy, output } = expr;
  return collection.transform((items: unknown[]) => {
    const outputs = partitionsUnder(collation, items, partitionBy, options).map((partition) => {
      if (!isPlainObject(sortBy) || readsSortValues(output)) {
        // No order to give, or outputs that read the (numeric) sortBy values: mingo sorts those alike.
        return mingoStages.$setWindowFields!(Lazy(partition), { sortBy, output }, options);
      }
      const computed = mingoStages.$setWindowFields!(
        Lazy(placed(collation, partition, sortBy)),
        { sortBy: { [PLACE]: 1 }, output },
        options,
      );
      return computed.map((doc: unknown) => {
        const { [PLACE]: _place, ...rest } = doc as Record<string, unknown>;
        // An output field may be a dotted path: its top-level field holds it.
        for (const field of new Set(Object.keys(output).map((path) => path.split('.')[0]!))) {
          if (Object.prototype.hasOwnProperty.call(rest, field)) rest[field] = withoutPlace(rest[field]);
        }
        return rest;
      });
    });
    return concat(...outputs);
  });
};

/**
 * $fill as MongoDB defines it: `method` outputs are $setWindowFields' $locf / $linearFill over the partitions,
 * `value` outputs an $ifNull. Rewritten here (as mingo's $fill does) so its partitions and order go through the
 * collated $setWindowFields above.
 */
export const $fill: Stage = (collection, expr, options) => {
  if (!collationOfOptions(options) || !isPlainObject(expr) || !isPlainObject(expr.output)) {
    return mingoStages.$fill!(collection, expr, options);
  }
  const { partitionBy, partitionByFields, sortBy, output } = expr;
  const fields = Array.isArray(partitionByFields) ? (partitionByFields as unknown[]) : [];
  const methods: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(output)) {
    const fill = isPlainObject(spec) ? spec : {};
    if ('value' in fill && !('method' in fill))
      values[field] = { $ifNull: [`$$CURRENT.${field}`, fill.value] };
    else if (fill.method === 'locf' && !('value' in fill)) methods[field] = { $locf: `$${field}` };
    else if (fill.method === 'linear' && !('value' in fill)) methods[field] = { $linearFill: `$${field}` };
    else return mingoStages.$fill!(collection, expr, options);
  }
  const malformed =
    (partitionBy !== undefined && partitionByFields !== undefined) ||
    (partitionByFields !== undefined && !Array.isArray(partitionByFields)) ||
    fields.some((field) => typeof field !== 'string' || field.startsWith('$')) ||
    (sortBy !== undefined && !isPlainObject(sortBy)) ||
    (sortBy === undefined && Object.keys(methods).length > 0);
  // A malformed specification is mingo's to refuse.
  if (malformed) return mingoStages.$fill!(collection, expr, options);
  const partition =
    partitionBy ??
    (fields.length > 0
      ? Object.fromEntries(fields.map((field) => [String(field), `$${String(field)}`]))
      : undefined);
  let filled = collection;
  if (Object.keys(methods).length > 0) {
    filled = $setWindowFields(filled, { partitionBy: partition, sortBy, output: methods }, options);
  }
  if (Object.keys(values).length > 0) filled = mingoStages.$addFields!(filled, values, options);
  return filled;
};
