/**
 * Glue around mingo's Aggregator: validates stage names (recursively through $lookup, $facet and
 * $unionWith) and $group accumulators so unsupported ones fail with MongoDB's errors instead of being ignored,
 * resolves $lookup/$unionWith collections from the store, and runs the leading $geoNear stage itself.
 */
import type { Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import * as accumulators from 'mingo/operators/accumulator';
import * as stages from 'mingo/operators/pipeline';
import type { Collection } from '../storage/collection.js';
import { MongoCommandError, toMongoError } from '../commands/errors.js';
import { intlCollation, parseCollation } from './collation.js';
import { checkFilter } from './filterChecks.js';
import { checkDeadline, checkedScan } from '../commands/commandScope.js';
import { extractNear, runGeoNear, type NearCounters } from '../geo/near.js';
import { mingoOptions, withoutComment } from './query.js';
import { runSelect, type SelectOutcome } from './select.js';
import { deepClone, isPlainObject } from '../storage/values.js';
import { simpleGroup } from './simpleGroup.js';

/** Stages that would write through mingo's resolver instead of the store. */
const WRITE_STAGES = new Set(['$out', '$merge']);
/** Stages MongoDB has that need machinery the engine lacks (replication, search, server statistics). */
const UNIMPLEMENTED_STAGES = new Set([
  '$changeStream',
  '$changeStreamSplitLargeEvent',
  '$collStats',
  '$currentOp',
  '$indexStats',
  '$listLocalSessions',
  '$listSessions',
  '$listSearchIndexes',
  '$listSampledQueries',
  '$planCacheStats',
  '$querySettings',
  '$search',
  '$searchMeta',
  '$shardedDataDistribution',
  '$vectorSearch',
]);
const KNOWN_STAGES = new Set([...Object.keys(stages), '$geoNear']);
const KNOWN_ACCUMULATORS = new Set(Object.keys(accumulators));

/** Stage and $group accumulator names the engine accepts (for docs and tests). */
export const SUPPORTED_STAGES = [...KNOWN_STAGES].filter((stage) => !WRITE_STAGES.has(stage));
/** $accumulator needs server-side JavaScript, which the engine refuses. */
export const SUPPORTED_ACCUMULATORS = [...KNOWN_ACCUMULATORS].filter((name) => name !== '$accumulator');

export function validatePipeline(pipeline: unknown, nested = false): Document[] {
  if (!Array.isArray(pipeline))
    throw new MongoCommandError('TypeMismatch', "'pipeline' option must be specified as an array");
  pipeline.forEach((stage: unknown, position) => {
    if (!isPlainObject(stage) || Object.keys(stage).length !== 1) {
      throw new MongoCommandError(
        'Location40324',
        'A pipeline stage specification object must contain exactly one field.',
      );
    }
    const name = Object.keys(stage)[0] as string;
    const body = stage[name];
    if (name === '$changeStream' || name === '$changeStreamSplitLargeEvent') {
      // What a standalone mongod answers (the engine is one): change streams need a replica set's oplog.
      throw new MongoCommandError(
        'Location40573',
        'The $changeStream stage is only supported on replica sets',
      );
    }
    if (WRITE_STAGES.has(name) || UNIMPLEMENTED_STAGES.has(name)) {
      throw new MongoCommandError('NotImplemented', `${name} is not supported by the embedded engine`);
    }
    if (!KNOWN_STAGES.has(name)) {
      throw new MongoCommandError('Location40324', `Unrecognized pipeline stage name: '${name}'`);
    }
    if (name === '$geoNear' && (position !== 0 || nested)) {
      throw new MongoCommandError('Location40602', '$geoNear is only valid as the first stage in a pipeline');
    }
    if (name === '$group' && isPlainObject(body)) {
      for (const [field, accumulator] of Object.entries(body)) {
        if (field === '_id') continue;
        const operator = isPlainObject(accumulator) ? Object.keys(accumulator)[0] : undefined;
        if (!operator || !KNOWN_ACCUMULATORS.has(operator)) {
          throw new MongoCommandError(
            'Location15952',
            `unknown group operator '${operator ?? String(accumulator)}'`,
          );
        }
      }
    }
    if ((name === '$lookup' || name === '$unionWith') && isPlainObject(body) && body.pipeline !== undefined) {
      validatePipeline(body.pipeline, true);
    }
    if (name === '$facet' && isPlainObject(body)) {
      for (const sub of Object.values(body)) validatePipeline(sub, true);
    }
  });
  return pipeline as Document[];
}

/** Stages that never write into the documents they receive, so stored documents can be handed to them as they are. */
const READ_ONLY_STAGES = new Set(['$match', '$sort', '$skip', '$limit', '$count', '$group']);

/**
 * How many leading results a pipeline can use after a $geoNear: with $limit next (or $sort on the distance first,
 * then $limit), only that many nearest documents (and their ties) matter.
 */
function neededAfterGeoNear(rest: Document[], distanceField: unknown): number {
  let position = 0;
  const sort = rest[0]?.$sort as Document | undefined;
  if (sort) {
    const keys = Object.entries(sort);
    const [first] = keys;
    const byDistance = first && first[0] === distanceField && first[1] === 1;
    // Ties on distance are kept together, so a second key may only break ties among them.
    if (!byDistance || keys.length > 2) return Infinity;
    position = 1;
  }
  const limit: unknown = rest[position]?.$limit;
  return typeof limit === 'number' && limit > 0 ? limit : Infinity;
}

export interface PipelineRun {
  docs: Document[];
  /** The first stage's read, when it went through the planner (for explain). */
  head?: { outcome?: SelectOutcome; geoNear?: NearCounters & { returned: number } };
}

export function runPipeline(
  collection: Collection | undefined,
  pipeline: Document[],
  resolve: (name: string) => Document[],
  input?: Document[],
  variables?: Document,
  hint?: unknown,
  rawCollation?: Document,
): Document[] {
  return runPipelineWithPlan(collection, pipeline, resolve, input, variables, hint, rawCollation).docs;
}

export function runPipelineWithPlan(
  collection: Collection | undefined,
  pipeline: Document[],
  resolve: (name: string) => Document[],
  input?: Document[],
  variables?: Document,
  /** Used by the leading $match's read (validated by the caller either way). */
  hint?: unknown,
  /** The command's collation (else the collection's default applies). */
  rawCollation?: Document,
): PipelineRun {
  validatePipeline(pipeline);
  // The command's collation, else the collection's default one.
  const collation = parseCollation(rawCollation ?? collection?.options.collation);
  let rest = pipeline.map((stage) => {
    if (!isPlainObject(stage.$match)) return stage;
    const match = withoutComment(stage.$match);
    checkFilter(match);
    return { $match: match };
  });
  // mingo's stages may write into the documents they are given (e.g. $addFields on a nested path), so documents
  // handed to it are copies unless every later stage only reads: stored documents change only through writes.
  let source: Document[];
  const head = rest[0];
  const plan: PipelineRun['head'] = {};
  if (head && '$geoNear' in head) {
    rest = rest.slice(1);
    const spec = head.$geoNear as Document;
    const counters: NearCounters = { keysExamined: 0, docsExamined: 0 };
    source = runGeoNear(collection, spec, neededAfterGeoNear(rest, spec?.distanceField), counters); // copies
    plan.geoNear = { ...counters, returned: source.length };
  } else if (!input && head && isPlainObject(head.$match) && !extractNear(head.$match)) {
    // A leading $match goes through the read path, which can use indexes, so only matches are read.
    rest = rest.slice(1);
    const outcome = runSelect(collection, head.$match, {
      variables,
      hint,
      // Passed as given, so an explicit 'simple' overrides the collection's default there too.
      collation: rawCollation ??
        (collection?.options.collation as Document | undefined) ?? { locale: 'simple' },
    });
    plan.outcome = outcome;
    const readOnly = rest.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0] as string));
    source = readOnly ? outcome.docs : outcome.docs.map(deepClone);
  } else {
    source = (input ?? collection?.all() ?? []).map(deepClone);
  }
  const resolveCopy = (name: string): Document[] => {
    checkDeadline();
    return resolve(name).map(deepClone);
  };
  try {
    const options = mingoOptions({
      collectionResolver: resolveCopy,
      ...(variables ? { variables } : {}),
      ...(collation ? { collation: intlCollation(collation) as never } : {}),
    });
    const grouped =
      rest[0] && '$group' in rest[0] ? simpleGroup(checkedScan(source), rest[0].$group) : undefined;
    if (grouped) {
      rest = rest.slice(1);
      source = grouped;
    }
    // checkedScan: maxTimeMS stops the stages
    return { docs: new Aggregator(rest, options).run<Document>(checkedScan(source)), head: plan };
  } catch (error) {
    throw toMongoError(error);
  }
}
