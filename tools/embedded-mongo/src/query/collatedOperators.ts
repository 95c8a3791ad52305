/**
 * Aggregation operators that compare values, made to honour a collation. mingo hands the command's collation only
 * to $sort (and there sorts by each key in turn, grouping strings the collation calls equal by spelling, so a second
 * key no longer breaks their ties); MongoDB compares the strings in $group keys (also $sortByCount's), $addToSet members, $min/$max and the
 * set expressions under it. A group's _id is the first key value its group met, as in MongoDB. Without a collation
 * each name is mingo's own operator, called unchanged; with one, the grouping or comparing is done here and the
 * accumulating is still mingo's.
 */
import { evalExpr } from 'mingo/core';
import { Lazy, type Iterator } from 'mingo/lazy';
import * as accumulators from 'mingo/operators/accumulator';
import * as arrayOperators from 'mingo/operators/expression/array';
import * as comparisonOperators from 'mingo/operators/expression/comparison';
import * as setOperators from 'mingo/operators/expression/set';
import * as stages from 'mingo/operators/pipeline';
import type { Options } from 'mingo/types';
import { HashMap, isNil } from 'mingo/util';
import { MongoCommandError } from '../commands/errors.js';
import { collationOfOptions, collatorFor, type Collation } from './collation.js';
import { CollatedValues, groupUnder, holdsString } from './collatedValues.js';
import { collatedCompare, sortUnder } from './collatedOrder.js';
import { isPlainObject } from '../storage/values.js';

type Stage = (collection: Iterator, expr: unknown, options: Options) => Iterator;
type Accumulator = (collection: unknown[], expr: unknown, options: Options) => unknown;
type Expression = (obj: unknown, expr: unknown, options: Options) => unknown;

const mingoStages = stages as unknown as Record<string, Stage>;
const mingoAccumulators = accumulators as unknown as Record<string, Accumulator>;
const mingoExpressions = {
  ...arrayOperators,
  ...comparisonOperators,
  ...setOperators,
} as unknown as Record<string, Expression>;

/** Values in the order met without repeats under the collation (mingo's equality otherwise), first of each kept. */
function uniqueValues(collation: Collation, values: unknown[]): unknown[] {
  const classes = new CollatedValues(collation);
  const seen = HashMap.init<unknown, unknown>();
  for (const value of values) {
    const key = classes.canonical(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

const $group: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  // A malformed specification is mingo's to refuse.
  if (!collation || !isPlainObject(expr) || !('_id' in expr))
    return mingoStages.$group!(collection, expr, options);
  const spec = expr;
  return collection.transform((items: unknown[]) => {
    const groups = groupUnder(collation, items, (item) => evalExpr(item, spec._id, options) ?? null);
    // Each group is accumulated by mingo's $group over its members, under the first key it met.
    return Lazy(
      groups.flatMap(({ key, members }) =>
        mingoStages.$group!(Lazy(members), { ...spec, _id: { $literal: key } }, options).collect(),
      ),
    );
  });
};

const $sortByCount: Stage = (collection, expr, options) => {
  if (!collationOfOptions(options)) return mingoStages.$sortByCount!(collection, expr, options);
  return $sort($group(collection, { _id: expr, count: { $sum: 1 } }, options), { count: -1 }, options);
};

/** $bucket and $bucketAuto place values by comparing them; under a collation strings are refused, not misplaced. */
function refusingStrings(name: '$bucket' | '$bucketAuto'): Stage {
  return (collection, expr, options) => {
    if (!collationOfOptions(options)) return mingoStages[name]!(collection, expr, options);
    const spec = expr as Record<string, unknown>;
    const checked = collection.map((item: unknown) => {
      if (holdsString(evalExpr(item, spec.groupBy, options)) || holdsString(spec.boundaries)) {
        throw new MongoCommandError(
          'NotImplemented',
          `${name} on strings under a collation is not supported by the embedded engine`,
        );
      }
      return item;
    });
    return mingoStages[name]!(checked, expr, options);
  };
}

const $sort: Stage = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  // A malformed specification is mingo's to refuse.
  if (!collation || !isPlainObject(expr) || Object.keys(expr).length === 0) {
    return mingoStages.$sort!(collection, expr, options);
  }
  return collection.transform((items: unknown[]) => Lazy(sortUnder(collation, items, expr)));
};

const $addToSet: Accumulator = (collection, expr, options) => {
  const collation = collationOfOptions(options);
  if (!collation) return mingoAccumulators.$addToSet!(collection, expr, options);
  return uniqueValues(collation, mingoAccumulators.$push!(collection, expr, options) as unknown[]);
};

function extreme(name: '$min' | '$max'): Accumulator {
  return (collection, expr, options) => {
    const collation = collationOfOptions(options);
    if (!collation) return mingoAccumulators[name]!(collection, expr, options);
    const values = (mingoAccumulators.$push!(collection, expr, options) as unknown[]).filter(
      (value) => !isNil(value),
    );
    if (values.some((value) => typeof value !== 'string' && holdsString(value))) {
      // Arrays and documents compare field by field; mingo's comparison of them is binary.
      throw new MongoCommandError(
        'NotImplemented',
        `${name} of arrays or documents holding strings under a collation is not supported by the embedded engine`,
      );
    }
    values.sort(collatedCompare(collation));
    const found = name === '$min' ? values[0] : values[values.length - 1];
    return found ?? null;
  };
}

/**
 * The set expressions under a collation: each argument array becomes its canonical form (strings replaced by the
 * first equal string met across all arguments), mingo computes the set operation on those, and results read as the
 * first members met.
 */
function collatedSet(name: string): Expression {
  return (obj, expr, options) => {
    const collation = collationOfOptions(options);
    if (!collation || !Array.isArray(expr)) return mingoExpressions[name]!(obj, expr, options);
    const args = expr.map((arg: unknown) => evalExpr(obj, arg, options));
    // Anything but arrays is mingo's to answer (null, or its error).
    if (!args.every((arg) => Array.isArray(arg))) return mingoExpressions[name]!(obj, expr, options);
    const classes = new CollatedValues(collation);
    const canonical = args.map((arg) => ({ $literal: arg.map((value) => classes.canonical(value)) }));
    return mingoExpressions[name]!(obj, canonical, options);
  };
}

const ORDER_TESTS: Record<string, (order: number) => unknown> = {
  $cmp: (order) => Math.sign(order),
  $eq: (order) => order === 0,
  $ne: (order) => order !== 0,
  $gt: (order) => order > 0,
  $gte: (order) => order >= 0,
  $lt: (order) => order < 0,
  $lte: (order) => order <= 0,
};

/**
 * Comparison expressions: two strings compare by the collator; arrays and documents holding strings are equal or not
 * as their canonical forms are (strings replaced by the first equal one met), but their order is refused; anything
 * else as mingo compares it.
 */
function collatedComparison(name: string): Expression {
  const test = ORDER_TESTS[name]!;
  return (obj, expr, options) => {
    const collation = collationOfOptions(options);
    if (!collation || !Array.isArray(expr) || expr.length !== 2) {
      return mingoExpressions[name]!(obj, expr, options);
    }
    let [a, b] = expr.map((arg: unknown) => evalExpr(obj, arg, options));
    if (typeof a === 'string' && typeof b === 'string') return test(collatorFor(collation).compare(a, b));
    if ((typeof a !== 'string' && holdsString(a)) || (typeof b !== 'string' && holdsString(b))) {
      if (name !== '$eq' && name !== '$ne') {
        throw new MongoCommandError(
          'NotImplemented',
          `${name} of arrays or documents holding strings under a collation is not supported by the embedded engine`,
        );
      }
      const classes = new CollatedValues(collation);
      [a, b] = [classes.canonical(a), classes.canonical(b)];
    }
    return mingoExpressions[name]!(obj, [{ $literal: a }, { $literal: b }], options);
  };
}

/** { $in: [value, array] }: found by equality under the collation (also of strings inside arrays and documents). */
const $in: Expression = (obj, expr, options) => {
  const collation = collationOfOptions(options);
  if (!collation || !Array.isArray(expr) || expr.length !== 2)
    return mingoExpressions.$in!(obj, expr, options);
  let [value, list] = expr.map((arg: unknown) => evalExpr(obj, arg, options));
  if (Array.isArray(list) && (holdsString(value) || holdsString(list))) {
    // The value's strings first, so members equal to it under the collation become equal to it.
    const classes = new CollatedValues(collation);
    value = classes.canonical(value);
    list = list.map((item: unknown) => classes.canonical(item));
  }
  return mingoExpressions.$in!(obj, [{ $literal: value }, { $literal: list }], options);
};

/** The `n` of $topN/$minN and the like, evaluated against the group's _id as mingo does; undefined when invalid. */
function countOf(expr: Record<string, unknown>, options: Options): number | undefined {
  const groupId = (options as { local?: { groupId?: unknown } }).local?.groupId;
  const n = evalExpr(groupId, expr.n, options);
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * $topN/$bottomN under a collation: the members in sortBy order (ties to the next key, as in $sort), the first or
 * last n. mingo's own sort groups strings the collation calls equal by spelling, so a second key no longer breaks
 * their ties.
 */
function ranked(name: '$topN' | '$bottomN'): Accumulator {
  return (collection, expr, options) => {
    const collation = collationOfOptions(options);
    const spec = isPlainObject(expr) ? expr : undefined;
    const n = spec && countOf(spec, options);
    // A malformed specification is mingo's to refuse.
    if (!collation || !spec || !isPlainObject(spec.sortBy) || n === undefined) {
      return mingoAccumulators[name]!(collection, expr, options);
    }
    const sorted = sortUnder(collation, collection, spec.sortBy);
    const kept = name === '$topN' ? sorted.slice(0, n) : sorted.slice(Math.max(sorted.length - n, 0));
    return mingoAccumulators.$push!(kept, spec.output, options);
  };
}

const $topN = ranked('$topN');
const $bottomN = ranked('$bottomN');

/** $top and $bottom answer the one output itself (mingo's answer the one-element array of $topN/$bottomN). */
function single(many: Accumulator): Accumulator {
  return (collection, expr, options) => {
    const found = many(collection, isPlainObject(expr) ? { ...expr, n: 1 } : expr, options);
    return Array.isArray(found) ? ((found as unknown[])[0] ?? null) : found;
  };
}

/** $minN/$maxN (accumulators): the n least or greatest non-null values, strings compared by the collator. */
function extremes(name: '$minN' | '$maxN'): Accumulator {
  return (collection, expr, options) => {
    const collation = collationOfOptions(options);
    const spec = isPlainObject(expr) ? expr : undefined;
    const n = spec && countOf(spec, options);
    if (!collation || !spec || n === undefined) return mingoAccumulators[name]!(collection, expr, options);
    const values = (mingoAccumulators.$push!(collection, spec.input, options) as unknown[]).filter(
      (value) => !isNil(value),
    );
    refuseNestedStrings(name, values);
    values.sort(collatedCompare(collation));
    return name === '$minN' ? values.slice(0, n) : values.slice(-n).reverse();
  };
}

/** Arrays and documents compare field by field; mingo's comparison of them is binary, so refused, not misordered. */
function refuseNestedStrings(name: string, values: unknown[]): void {
  if (values.some((value) => typeof value !== 'string' && holdsString(value))) {
    throw new MongoCommandError(
      'NotImplemented',
      `${name} of arrays or documents holding strings under a collation is not supported by the embedded engine`,
    );
  }
}

/** $minN/$maxN as expressions over an array (mingo's call its own accumulator directly, binary). */
function extremesOfArray(name: '$minN' | '$maxN', accumulator: Accumulator): Expression {
  return (obj, expr, options) => {
    if (!collationOfOptions(options) || !isPlainObject(expr))
      return mingoExpressions[name]!(obj, expr, options);
    // Called with the members themselves, it is the accumulator.
    if (Array.isArray(obj)) return accumulator(obj, expr, options);
    const input: unknown = evalExpr(obj, expr.input, options);
    const n: unknown = evalExpr(obj, expr.n, options);
    if (!Array.isArray(input)) return mingoExpressions[name]!(obj, expr, options);
    return accumulator(input, { n, input: '$$this' }, options);
  };
}

/** { $indexOfArray: [array, value, start?, end?] }: the value is found by equality under the collation. */
const $indexOfArray: Expression = (obj, expr, options) => {
  const collation = collationOfOptions(options);
  if (!collation || !Array.isArray(expr)) return mingoExpressions.$indexOfArray!(obj, expr, options);
  const args = expr.map((arg: unknown) => evalExpr(obj, arg, options));
  const [array, search] = args;
  if (Array.isArray(array) && holdsString(search)) {
    // The searched value's strings first, so members equal to it under the collation become equal to it.
    const classes = new CollatedValues(collation);
    args[1] = classes.canonical(search);
    args[0] = array.map((item) => classes.canonical(item));
  }
  return mingoExpressions.$indexOfArray!(
    obj,
    args.map((arg) => ({ $literal: arg })),
    options,
  );
};

/** { $sortArray: { input, sortBy } }: values, or documents by their fields, in order under the collation. */
const $sortArray: Expression = (obj, expr, options) => {
  const collation = collationOfOptions(options);
  if (!collation || !isPlainObject(expr)) return mingoExpressions.$sortArray!(obj, expr, options);
  const input: unknown = evalExpr(obj, expr.input, options);
  const sortBy: unknown = expr.sortBy;
  if (Array.isArray(input) && isPlainObject(sortBy) && Object.keys(sortBy).length > 0) {
    return sortUnder(collation, input, sortBy);
  }
  if (Array.isArray(input) && (sortBy === 1 || sortBy === -1)) {
    const sorted = [...(input as unknown[])];
    refuseNestedStrings('$sortArray', sorted);
    sorted.sort(collatedCompare(collation));
    return sortBy === 1 ? sorted : sorted.reverse();
  }
  // null input, a non-array or a malformed sortBy: mingo's answer or error.
  return mingoExpressions.$sortArray!(obj, expr, options);
};

export const collatedStages: Record<string, Stage> = {
  $sort,
  $group,
  $sortByCount,
  $bucket: refusingStrings('$bucket'),
  $bucketAuto: refusingStrings('$bucketAuto'),
};

export const collatedAccumulators: Record<string, Accumulator> = {
  $addToSet,
  $min: extreme('$min'),
  $max: extreme('$max'),
  $minN: extremes('$minN'),
  $maxN: extremes('$maxN'),
  $topN,
  $bottomN,
  $top: single($topN),
  $bottom: single($bottomN),
};

export const collatedExpressions: Record<string, Expression> = {
  ...Object.fromEntries(
    ['$setUnion', '$setIntersection', '$setDifference', '$setEquals', '$setIsSubset'].map((name) => [
      name,
      collatedSet(name),
    ]),
  ),
  ...Object.fromEntries(Object.keys(ORDER_TESTS).map((name) => [name, collatedComparison(name)])),
  $in,
  $indexOfArray,
  $sortArray,
  $minN: extremesOfArray('$minN', extremes('$minN')),
  $maxN: extremesOfArray('$maxN', extremes('$maxN')),
};
