/**
 * Glue around mingo's Query: compiles a MongoDB filter into a predicate, registers the engine's own
 * query operators (geo) in mingo's operator context, and translates mingo's exceptions into MongoDB errors.
 * Matching semantics themselves are mingo's.
 */
import { Context } from 'mingo';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as mingoQueryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import type { Document } from 'bson';
import { $type } from './bsonType.js';
import { collatedAccumulators, collatedExpressions, collatedStages } from './collatedOperators.js';
import { $densify } from './collatedDensify.js';
import { $graphLookup, $lookup } from './collatedJoins.js';
import { $fill, $function, $setWindowFields } from './windowFields.js';
import { toMongoError } from '../commands/errors.js';
import { checkFilter } from './filterChecks.js';
import { geoQueryOperators } from '../geo/operators.js';
import { bsonQueryOperators } from './queryOperators.js';
import { isPlainObject } from '../storage/values.js';

/**
 * The engine's own operator context: all of mingo's operators, with $type replaced by a BSON-aware one, the geo
 * operators added, and the comparing aggregation operators wrapped to honour a collation (collatedOperators.ts,
 * collatedJoins.ts, collatedDensify.ts, windowFields.ts, which also runs mingo's internal `$function` and nothing else). Built here
 * (rather than merged into mingo's default context, where mingo's own win) so the engine decides what each operator
 * means.
 */
const context = Context.init({
  accumulator: { ...accumulatorOperators, ...collatedAccumulators },
  expression: { ...expressionOperators, ...collatedExpressions, $function },
  pipeline: {
    ...pipelineOperators,
    ...collatedStages,
    $lookup,
    $graphLookup,
    $setWindowFields,
    $fill,
    $densify,
  },
  projection: projectionOperators,
  query: { ...mingoQueryOperators, ...bsonQueryOperators, $type, ...geoQueryOperators } as never,
  window: windowOperators,
});

/** Query operators the engine accepts (for docs and tests); $maxDistance/$minDistance only beside $near. */
export const QUERY_OPERATORS = [
  ...Object.keys(mingoQueryOperators),
  ...Object.keys(geoQueryOperators),
].filter(
  // Refused: $where needs server-side JavaScript, $jsonSchema a schema validator.
  (name) => name !== '$where' && name !== '$jsonSchema',
);

/** Options shared by every mingo call: BSON-aware _id key, no server-side JavaScript. */
export function mingoOptions(extra: Partial<Options> = {}): Partial<Options> {
  return { idKey: '_id', scriptEnabled: false, context, ...extra };
}

/** A DBRef as the engine stores it: the sub-document `{ $ref, $id, $db? }` (numberTypes.ts). */
export function isDbRef(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value)[0] === '$ref' && '$id' in value;
}

/** `{ ref: { $ref, $id } }` compares a DBRef: mingo would read its keys as operators, so it becomes an $eq. */
function wrapDbRefs(filter: Document): Document {
  let changed = false;
  const out: Document = {};
  for (const [key, value] of Object.entries<unknown>(filter)) {
    let next = value;
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) {
      next = (value as unknown[]).map((clause: unknown) =>
        isPlainObject(clause) ? wrapDbRefs(clause) : clause,
      );
    } else if (!key.startsWith('$') && isDbRef(value)) next = { $eq: value };
    if (next !== value) changed = true;
    out[key] = next;
  }
  return changed ? out : filter;
}

/**
 * The filter as mingo should see it: without a top-level $comment (MongoDB accepts and ignores it; mingo does not
 * know it), and with DBRef values as equalities.
 */
export function withoutComment<T extends Document | undefined | null>(filter: T): T {
  if (!filter) return filter;
  if (!('$comment' in filter)) return wrapDbRefs(filter) as T;
  const { $comment: _comment, ...rest } = filter;
  return wrapDbRefs(rest) as T;
}

export interface Matcher {
  test(doc: Document): boolean;
}

const MATCH_ALL: Matcher = { test: () => true };

export function compileFilter(filter: Document | undefined | null, options: Partial<Options> = {}): Matcher {
  const criteria = withoutComment(filter);
  if (!criteria || Object.keys(criteria).length === 0) return MATCH_ALL;
  checkFilter(criteria);
  try {
    const query = new Query(criteria, mingoOptions(options));
    return {
      test(doc) {
        try {
          return query.test(doc);
        } catch (error) {
          throw toMongoError(error);
        }
      },
    };
  } catch (error) {
    throw toMongoError(error);
  }
}
