/**
 * The read path shared by find, count, distinct, update, delete and findAndModify. The planner
 * (planner.ts) picks what to read (the _id map, an index range or merged ranges, a 2dsphere index, or the whole
 * collection); a top-level $near walks the 2dsphere index outwards; mingo matches every fetched document against the
 * whole filter, and sorts when no index gave the order; then skip, limit and projection. Every read loop checks
 * maxTimeMS (checkedScan from commandScope.ts; index scans check in scanIndex and mergeScans), and the effective
 * collation (the command's, else the collection's) reaches mingo and the planner.
 */
import type { Document } from 'bson';
import { Query } from 'mingo/query';
import type { Collection } from '../storage/collection.js';
import { MongoCommandError, toMongoError } from '../commands/errors.js';
import { intlCollation, parseCollation } from './collation.js';
import { checkedScan } from '../commands/commandScope.js';
import { extractNear, nearest, type NearCounters } from '../geo/near.js';
import { checkFilter } from './filterChecks.js';
import { sortUnder } from './collatedOrder.js';
import type { Index, IndexEntry } from '../storage/indexes.js';
import {
  choosePlan,
  formatBounds,
  planContext,
  resolveHint,
  scanIndex,
  type ExecutionCounters,
  type Plan,
} from './planner.js';
import { project } from './projection.js';
import { explodedScans, mergeScans, type MergedScan } from './sortMerge.js';
import { compileFilter, mingoOptions, withoutComment } from './query.js';
import { sortDocuments } from './simpleTail.js';
import { formatValue, isPlainObject, setAtPath } from '../storage/values.js';

export interface SelectOptions {
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  collation?: Document;
  /** The command's `let` variables, visible as $$name in $expr. */
  variables?: Document;
  /** An index the client asked for (name or key pattern); it must exist and is used. */
  hint?: unknown;
  /**
   * 'any' when the caller's answer does not depend on the order of the documents (a count): an unsorted read then
   * skips putting a geo or index lookup into natural order.
   */
  order?: 'natural' | 'any';
}

/** MongoDB refuses a hint naming an index that does not exist (or a hidden one); so does the engine. */
export function checkHint(collection: Collection | undefined, hint: unknown): void {
  resolveHint(collection, hint);
}

export function validateSort(sort: Document | undefined): void {
  if (!sort) return;
  for (const [field, direction] of Object.entries(sort)) {
    if (direction !== 1 && direction !== -1) {
      if (isPlainObject(direction) && '$meta' in direction) {
        throw new MongoCommandError(
          'NotImplemented',
          `$meta sort is not supported by the embedded engine: ${field}`,
        );
      }
      throw new MongoCommandError(
        'BadValue',
        `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
      );
    }
  }
}

export function selectDocuments(
  collection: Collection | undefined,
  filter: Document | undefined,
  options: SelectOptions = {},
): Document[] {
  return runSelect(collection, filter, options).docs;
}

export interface SelectOutcome {
  docs: Document[];
  /** The plan that ran, with what each stage read and returned (explain's winningPlan / executionStages). */
  explain(withStats: boolean): {
    winningPlan: Document;
    executionStages: Document;
    counters: ExecutionCounters;
  };
  /** The candidate index plans the planner considered and did not run, in MongoDB's plan shape. */
  rejectedPlans(): Document[];
}

type Stage = Document & { stage: string };

/** Runs a read through the planner; the outcome can describe itself for explain. */
export function runSelect(
  collection: Collection | undefined,
  filter: Document | undefined,
  options: SelectOptions = {},
): SelectOutcome {
  const criteria = withoutComment(filter) ?? {};
  checkFilter(criteria);
  validateSort(options.sort);
  checkHint(collection, options.hint);
  // The command's collation, else the collection's default one (MongoDB's rule).
  const collation = parseCollation(options.collation ?? collection?.options.collation);
  const extra = {
    ...(collation ? { collation: intlCollation(collation) as never } : {}),
    ...(options.variables ? { variables: options.variables } : {}),
  };
  const counters: ExecutionCounters = { keysExamined: 0, docsExamined: 0 };
  const skip = options.skip ?? 0;
  const limit = options.limit ? Math.abs(options.limit) : 0;
  // { $natural: ±1 } is insertion order (or its reverse), not a field, and forces a collection scan.
  let sort = options.sort && Object.keys(options.sort).length > 0 ? options.sort : undefined;
  let natural: 1 | -1 = 1;
  let hint = options.hint;
  if (sort && Object.keys(sort).length === 1 && '$natural' in sort) {
    natural = sort.$natural === -1 ? -1 : 1;
    sort = undefined;
    hint = { $natural: natural };
  }
  const sortSpec = sort;
  const wanted = limit ? skip + limit : Infinity;

  let docs: Document[] = [];
  let access: Stage = { stage: 'EOF' };
  let fetchFilter: Document | undefined;
  let sorted = false;
  let covered = false;
  let matchedCount = 0;
  let accessReturned = 0;
  let projectionFilter = criteria;
  // A SORT_MERGE read: its scans (each with its bounds and counters) and the duplicates it dropped.
  let merged: {
    index: Index;
    scans: MergedScan[];
    direction: 'forward' | 'backward';
    dupsTested: number;
    dupsDropped: number;
  } | null = null;
  const rejected: Plan[] = [];
  const near = extractNear(criteria);
  try {
    if (collection && near) {
      // Filter on the rest while walking outwards; sort/skip/limit/projection below keep the distance order.
      const matcher = compileFilter(near.rest, extra);
      const nearCounters: NearCounters = { keysExamined: 0, docsExamined: 0 };
      docs = nearest(collection, near.near, matcher, nearCounters, sort ? Infinity : wanted).map(
        (r) => r.doc,
      );
      counters.keysExamined = nearCounters.keysExamined;
      counters.docsExamined = nearCounters.docsExamined;
      const index = nearCounters.index as Index;
      access = {
        stage: 'GEO_NEAR_2DSPHERE',
        keyPattern: { ...index.spec.key },
        indexName: index.name,
        indexVersion: 2,
      };
      accessReturned = docs.length;
      matchedCount = docs.length;
      sorted = !sort;
      projectionFilter = {};
    } else if (collection) {
      const query = new Query(criteria, mingoOptions(extra));
      const matches = (doc: Document) => query.test(doc);
      const plan = choosePlan(
        collection,
        planContext(criteria),
        { sort: sortSpec, skip, limit, projection: options.projection, collation, hint },
        rejected,
      );
      const take = (doc: Document): void => {
        counters.docsExamined += 1;
        if (matches(doc)) docs.push(doc);
      };
      switch (plan.kind) {
        case 'collscan': {
          const all = collection.all();
          if (natural === -1) all.reverse();
          const stopAt = sort ? Infinity : wanted;
          // checkedScan: maxTimeMS stops a slow scan (as in every loop below that reads documents).
          for (const doc of checkedScan(all)) {
            take(doc);
            if (docs.length >= stopAt) break;
          }
          access = { stage: 'COLLSCAN', filter: criteria, direction: natural === 1 ? 'forward' : 'backward' };
          accessReturned = docs.length;
          break;
        }
        case 'idhack': {
          const found = new Set<Document>();
          for (const id of plan.ids) {
            const doc = collection.getById(id);
            if (doc) found.add(doc);
          }
          counters.keysExamined = found.size;
          for (const doc of checkedScan(collection.inNaturalOrder([...found]))) take(doc);
          const single = plan.ids.length === 1 && Object.keys(criteria).length === 1;
          access = single
            ? { stage: 'IDHACK' }
            : ixscanStage({ _id: 1 }, '_id_', {
                _id: plan.ids.map((id) => `[${formatValue(id)}, ${formatValue(id)}]`),
              });
          accessReturned = found.size;
          if (!single) fetchFilter = criteria;
          break;
        }
        case 'ixscan': {
          const stopAt = plan.sortDirection !== 0 ? wanted : Infinity;
          const seen = new Set<string>();
          const seqOf = new Map<Document, number>();
          const onEntry = (entry: IndexEntry, idKey: string): boolean => {
            if (merged) merged.dupsTested += 1;
            if (seen.has(idKey)) {
              if (merged) merged.dupsDropped += 1;
              return true;
            }
            seen.add(idKey);
            accessReturned += 1;
            if (plan.covered) {
              // Matched on every indexed field (the filter may name fields the projection leaves out).
              const raw = entry.raw;
              if (matches(indexedDocument(plan.index, raw))) {
                const doc = coveredDocument(plan.index, raw, options.projection as Document);
                docs.push(doc);
                seqOf.set(doc, entry.seq);
              }
            } else {
              const doc = collection.getByKey(idKey);
              if (doc) take(doc);
            }
            return docs.length < stopAt;
          };
          if (plan.merge) {
            const scans = explodedScans(plan.index, plan.intervals, plan.merge.prefixFields);
            const direction = plan.sortDirection === -1 ? 'backward' : 'forward';
            merged = { index: plan.index, scans, direction, dupsTested: 0, dupsDropped: 0 };
            mergeScans(
              plan.index,
              scans,
              plan.merge.prefixFields,
              plan.sortDirection === -1,
              counters,
              onEntry,
            );
          } else {
            scanIndex(plan.index, plan.intervals, plan.sortDirection === -1, counters, onEntry);
          }
          if (plan.sortDirection === 0 && options.order !== 'any') {
            // Unsorted reads answer in natural order, whichever plan ran.
            docs = plan.covered
              ? docs.sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0))
              : collection.inNaturalOrder(docs);
          }
          sorted = plan.sortDirection !== 0;
          covered = plan.covered;
          access = plan.merge
            ? { stage: 'SORT_MERGE', sortPattern: sort }
            : ixscanStage(
                plan.index.spec.key,
                plan.index.name,
                formatBounds(plan.index, plan.intervals, plan.sortDirection === -1),
                {
                  ...indexFlags(plan.index),
                  direction: plan.sortDirection === -1 ? 'backward' : 'forward',
                },
              );
          if (!covered) fetchFilter = criteria;
          break;
        }
        case 'geo': {
          counters.keysExamined = plan.keysExamined;
          const found: Document[] = [];
          for (const idKey of checkedScan(plan.idKeys)) {
            const doc = collection.getByKey(idKey);
            if (doc) found.push(doc);
          }
          // Filtered first, then put in natural order: only the matches are sorted, the answer is the same.
          for (const doc of checkedScan(found)) take(doc);
          if (options.order !== 'any') docs = collection.inNaturalOrder(docs);
          accessReturned = found.length;
          const boxes = plan.boxes ?? [{ minX: -180, minY: -90, maxX: 180, maxY: 90 }];
          access = ixscanStage(plan.index.spec.key, plan.index.name, {
            [plan.index.geo!.field]: boxes.map(
              (box) => `[[${box.minX}, ${box.minY}], [${box.maxX}, ${box.maxY}]]`,
            ),
          });
          fetchFilter = criteria;
          break;
        }
      }
      matchedCount = docs.length;
    }
    // Without a collation, the engine's own sort (simpleTail.ts) where it can answer; else mingo's.
    const fastSorted = sort && !sorted && !collation ? sortDocuments(docs, sort) : undefined;
    if (fastSorted) docs = fastSorted.slice(skip, limit ? skip + limit : undefined);
    else if (sort && !sorted && collation) {
      // mingo's cursor sort breaks ties between strings the collation calls equal by spelling, not by the next key.
      docs = (sortUnder(collation, docs, sort) as Document[]).slice(skip, limit ? skip + limit : undefined);
    } else if (sort && !sorted) {
      let cursor = new Query({}, mingoOptions(extra)).find<Document>(docs).sort(sort);
      if (skip) cursor = cursor.skip(skip);
      if (limit) cursor = cursor.limit(limit);
      docs = cursor.all();
    } else if (skip || limit) {
      docs = docs.slice(skip, limit ? skip + limit : undefined);
    }
  } catch (error) {
    throw toMongoError(error);
  }
  const result = covered ? docs : project(docs, options.projection, projectionFilter, extra);
  return {
    docs: result,
    rejectedPlans: () =>
      rejected.map((plan) =>
        rejectedPlanStage(plan, criteria, { sort, skip, limit, projection: options.projection }),
      ),
    explain(withStats) {
      const stats = (stage: Stage, nReturned: number, counts: Document = {}): Stage =>
        withStats ? { ...stage, nReturned, executionTimeMillisEstimate: 0, ...counts } : stage;
      const accessCounts =
        access.stage === 'COLLSCAN'
          ? { docsExamined: counters.docsExamined }
          : access.stage === 'GEO_NEAR_2DSPHERE'
            ? { keysExamined: counters.keysExamined, docsExamined: counters.docsExamined }
            : { keysExamined: counters.keysExamined };
      let top = stats(access, accessReturned, accessCounts);
      if (merged) {
        // MongoDB's shape: SORT_MERGE over one IXSCAN per point prefix, each with its own bounds and keys.
        const { index, scans, direction, dupsTested, dupsDropped } = merged;
        top = stats(
          {
            ...access,
            inputStages: scans.map((scan) =>
              stats(
                ixscanStage(
                  index.spec.key,
                  index.name,
                  formatBounds(index, scan.intervals, direction === 'backward'),
                  {
                    ...indexFlags(index),
                    direction,
                  },
                ),
                scan.returned,
                { keysExamined: scan.keysExamined },
              ),
            ),
          },
          accessReturned,
          { dupsTested, dupsDropped },
        );
      }
      if (fetchFilter !== undefined) {
        const filterPart = Object.keys(fetchFilter).length ? { filter: fetchFilter } : {};
        top = stats({ stage: 'FETCH', ...filterPart, inputStage: top }, matchedCount, {
          docsExamined: counters.docsExamined,
        });
      }
      const upTo = limit ? skip + limit : Infinity;
      if (sort && !sorted) {
        const limitPart = limit ? { limitAmount: skip + limit } : {};
        top = stats(
          {
            stage: 'SORT',
            sortPattern: sort,
            memLimit: 104857600,
            ...limitPart,
            type: 'simple',
            inputStage: top,
          },
          Math.min(matchedCount, upTo),
        );
      } else if (limit) {
        top = stats(
          { stage: 'LIMIT', limitAmount: skip + limit, inputStage: top },
          Math.min(matchedCount, upTo),
        );
      }
      if (skip) top = stats({ stage: 'SKIP', skipAmount: skip, inputStage: top }, docs.length);
      if (covered) {
        top = stats(
          { stage: 'PROJECTION_COVERED', transformBy: options.projection, inputStage: top },
          docs.length,
        );
      } else if (options.projection && Object.keys(options.projection).length > 0) {
        top = stats(
          { stage: 'PROJECTION_DEFAULT', transformBy: options.projection, inputStage: top },
          docs.length,
        );
      }
      return { winningPlan: stripStats(top), executionStages: top, counters };
    },
  };
}

/** A losing candidate as MongoDB lists it: its index scan, FETCH, then SORT / LIMIT / SKIP / PROJECTION. */
function rejectedPlanStage(
  plan: Plan,
  criteria: Document,
  request: { sort?: Document; skip: number; limit: number; projection?: Document },
): Stage {
  let top: Stage;
  let sorted = false;
  if (plan.kind === 'ixscan') {
    const direction = plan.sortDirection === -1 ? 'backward' : 'forward';
    const scan = (intervals: typeof plan.intervals) =>
      ixscanStage(
        plan.index.spec.key,
        plan.index.name,
        formatBounds(plan.index, intervals, plan.sortDirection === -1),
        {
          ...indexFlags(plan.index),
          direction,
        },
      );
    top = plan.merge
      ? {
          stage: 'SORT_MERGE',
          sortPattern: request.sort,
          inputStages: explodedScans(plan.index, plan.intervals, plan.merge.prefixFields).map((exploded) =>
            scan(exploded.intervals),
          ),
        }
      : scan(plan.intervals);
    sorted = plan.sortDirection !== 0;
    if (!plan.covered) {
      top = {
        stage: 'FETCH',
        ...(Object.keys(criteria).length ? { filter: criteria } : {}),
        inputStage: top,
      };
    }
  } else if (plan.kind === 'geo') {
    const boxes = plan.boxes ?? [{ minX: -180, minY: -90, maxX: 180, maxY: 90 }];
    top = {
      stage: 'FETCH',
      filter: criteria,
      inputStage: ixscanStage(plan.index.spec.key, plan.index.name, {
        [plan.index.geo!.field]: boxes.map(
          (box) => `[[${box.minX}, ${box.minY}], [${box.maxX}, ${box.maxY}]]`,
        ),
      }),
    };
  } else {
    top = { stage: 'COLLSCAN', filter: criteria, direction: 'forward' };
  }
  const { sort, skip, limit, projection } = request;
  if (sort && Object.keys(sort).length > 0 && !sorted) {
    top = {
      stage: 'SORT',
      sortPattern: sort,
      memLimit: 104857600,
      ...(limit ? { limitAmount: skip + limit } : {}),
      type: 'simple',
      inputStage: top,
    };
  } else if (limit) top = { stage: 'LIMIT', limitAmount: skip + limit, inputStage: top };
  if (skip) top = { stage: 'SKIP', skipAmount: skip, inputStage: top };
  if (plan.kind === 'ixscan' && plan.covered) {
    top = { stage: 'PROJECTION_COVERED', transformBy: projection, inputStage: top };
  } else if (projection && Object.keys(projection).length > 0) {
    top = { stage: 'PROJECTION_DEFAULT', transformBy: projection, inputStage: top };
  }
  return top;
}

function indexFlags(index: Index): Document {
  return {
    isMultiKey: index.multikey,
    isUnique: Boolean(index.spec.unique),
    isSparse: Boolean(index.spec.sparse),
    isPartial: Boolean(index.spec.partialFilterExpression),
  };
}

function ixscanStage(
  keyPattern: Document,
  indexName: string,
  indexBounds: Record<string, string[]>,
  flags: Document = {},
): Stage {
  return {
    stage: 'IXSCAN',
    keyPattern: { ...keyPattern },
    indexName,
    isMultiKey: false,
    multiKeyPaths: {},
    isUnique: indexName === '_id_',
    isSparse: false,
    isPartial: false,
    indexVersion: 2,
    direction: 'forward',
    ...flags,
    indexBounds,
  };
}

/** queryPlanner's winningPlan: the same tree without the execution counters. */
function stripStats(stage: Stage): Stage {
  const rest: Document = { ...stage };
  const counters = ['nReturned', 'executionTimeMillisEstimate', 'keysExamined', 'docsExamined', 'dupsTested'];
  for (const counter of [...counters, 'dupsDropped']) delete rest[counter];
  if (rest.inputStage) rest.inputStage = stripStats(rest.inputStage as Stage);
  if (Array.isArray(rest.inputStages)) rest.inputStages = (rest.inputStages as Stage[]).map(stripStats);
  return rest as Stage;
}

/** An index entry's fields as a document (missing fields stay missing), for matching a covered read. */
function indexedDocument(index: Index, raw: unknown[]): Document {
  const doc: Document = {};
  index.fields.forEach((field, i) => {
    if (raw[i] !== undefined) setAtPath(doc, field, raw[i]);
  });
  return doc;
}

/**
 * A covered read's output: _id unless excluded (coversProjection then required it in the index), then the projected
 * fields, straight from the index entry (missing fields stay missing).
 */
function coveredDocument(index: Index, raw: unknown[], projection: Document): Document {
  const doc: Document = {};
  if (!('_id' in projection)) doc._id = raw[index.fields.indexOf('_id')];
  for (const [field, value] of Object.entries(projection)) {
    if (value === 0 || value === false) continue;
    const found = raw[index.fields.indexOf(field)];
    if (found !== undefined) setAtPath(doc, field, found);
  }
  return doc;
}
