/**
 * The explain command for find, count, distinct and aggregate. It runs the command's read through the
 * same planner the command itself uses and reports MongoDB's shape: queryPlanner.winningPlan (IXSCAN with indexName,
 * keyPattern and indexBounds under FETCH, SORT_MERGE over IXSCANs, COLLSCAN, IDHACK, SORT, LIMIT, SKIP,
 * PROJECTION_*, GEO_NEAR_2DSPHERE), queryPlanner.rejectedPlans (the candidate index plans the planner costed and
 * did not choose) and, for the executionStats and allPlansExecution verbosities, executionStats (nReturned,
 * totalKeysExamined, totalDocsExamined, executionTimeMillis, per-stage counters).
 */
import type { Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { runPipelineWithPlan } from '../query/pipeline.js';
import { runSelect, type SelectOutcome } from '../query/select.js';
import { isPlainObject } from '../storage/values.js';
import { SERVER_VERSION } from './handshake.js';
import {
  nonNegative,
  optionalDocument,
  optionalNumber,
  type CommandContext,
  type CommandHandler,
} from './context.js';

const VERBOSITIES = ['queryPlanner', 'executionStats', 'allPlansExecution'] as const;
type Verbosity = (typeof VERBOSITIES)[number];
/** Commands MongoDB can explain that the engine does not (yet): refused loudly rather than answered wrongly. */
const NOT_EXPLAINED = new Set(['update', 'delete', 'findAndModify', 'findandmodify', 'mapReduce']);

function verbosityOf(value: unknown): Verbosity {
  if (value === undefined) return 'allPlansExecution';
  if (typeof value === 'string' && (VERBOSITIES as readonly string[]).includes(value))
    return value as Verbosity;
  throw new MongoCommandError(
    'BadValue',
    `verbosity string must be one of {'queryPlanner', 'executionStats', 'allPlansExecution'}`,
  );
}

interface Explained {
  ns: string;
  parsedQuery: Document;
  outcome: SelectOutcome | null;
  /** Wraps the read's stage (COUNT, the geoNear stage...). */
  wrap?: (stage: Document, withStats: boolean) => Document;
  nReturned: number;
  millis: number;
  /** Pipeline stages after the first, for aggregate. */
  laterStages?: Document[];
  geoNear?: { stage: Document; keysExamined: number; docsExamined: number; returned: number };
}

function collectionArg(command: Document, name: string): string {
  const value = command[name] as unknown;
  if (typeof value !== 'string' || value.length === 0) {
    throw new MongoCommandError('InvalidNamespace', `collection name has invalid type ${typeof value}`);
  }
  return value;
}

function explainRead(ctx: CommandContext, inner: Document, name: string): Explained {
  const started = performance.now();
  const coll = collectionArg(inner, name);
  const collection = ctx.store.get(ctx.db, coll);
  const ns = `${ctx.db}.${coll}`;
  const elapsed = () => Math.round(performance.now() - started);
  switch (name) {
    case 'find': {
      const filter = optionalDocument(inner, 'filter') ?? {};
      const outcome = runSelect(collection, filter, {
        sort: optionalDocument(inner, 'sort'),
        projection: optionalDocument(inner, 'projection'),
        skip: nonNegative(inner, 'skip'),
        limit: optionalNumber(inner, 'limit'),
        collation: optionalDocument(inner, 'collation'),
        variables: optionalDocument(inner, 'let'),
        hint: inner.hint,
      });
      return { ns, parsedQuery: filter, outcome, nReturned: outcome.docs.length, millis: elapsed() };
    }
    case 'count': {
      const filter = optionalDocument(inner, 'query') ?? {};
      const outcome = runSelect(collection, filter, {
        skip: nonNegative(inner, 'skip'),
        limit: optionalNumber(inner, 'limit'),
        collation: optionalDocument(inner, 'collation'),
        hint: inner.hint,
      });
      return {
        ns,
        parsedQuery: filter,
        outcome,
        nReturned: 0,
        millis: elapsed(),
        wrap: (stage, withStats) => ({
          stage: 'COUNT',
          ...(withStats ? { nReturned: 0, nCounted: outcome.docs.length } : {}),
          inputStage: stage,
        }),
      };
    }
    case 'distinct': {
      const filter = optionalDocument(inner, 'query') ?? {};
      const outcome = runSelect(collection, filter, { collation: optionalDocument(inner, 'collation') });
      return { ns, parsedQuery: filter, outcome, nReturned: outcome.docs.length, millis: elapsed() };
    }
    case 'aggregate': {
      const pipeline = inner.pipeline as Document[];
      const run = runPipelineWithPlan(
        collection,
        pipeline,
        (from) => ctx.store.get(ctx.db, from)?.all() ?? [],
        undefined,
        optionalDocument(inner, 'let'),
        inner.hint,
        optionalDocument(inner, 'collation'),
      );
      const first = Array.isArray(pipeline) ? pipeline[0] : undefined;
      const geo = run.head?.geoNear;
      const outcome = run.head?.outcome ?? null;
      const explained: Explained = {
        ns,
        parsedQuery: outcome && first && isPlainObject(first.$match) ? first.$match : {},
        outcome,
        nReturned: run.docs.length,
        millis: elapsed(),
        laterStages: (Array.isArray(pipeline) ? pipeline : []).slice(outcome || geo ? 1 : 0),
      };
      if (geo && geo.index) {
        explained.geoNear = {
          stage: {
            stage: 'GEO_NEAR_2DSPHERE',
            keyPattern: { ...geo.index.spec.key },
            indexName: geo.index.name,
            indexVersion: 2,
          },
          keysExamined: geo.keysExamined,
          docsExamined: geo.docsExamined,
          returned: geo.returned,
        };
      }
      return explained;
    }
    default:
      if (NOT_EXPLAINED.has(name)) {
        throw new MongoCommandError(
          'NotImplemented',
          `explain of '${name}' is not supported by the embedded engine`,
        );
      }
      throw new MongoCommandError('CommandNotFound', `Explain failed due to unknown command: ${name}`);
  }
}

/** The explain reply for an explained command document and verbosity. */
export function explainCommand(ctx: CommandContext, inner: Document, verbosity: Verbosity): Document {
  const name = Object.keys(inner)[0];
  if (!name) throw new MongoCommandError('BadValue', 'explain command requires a nested object');
  const explained = explainRead(ctx, inner, name);
  const withStats = verbosity !== 'queryPlanner';
  let winningPlan: Document;
  let executionStages: Document;
  let keysExamined = 0;
  let docsExamined = 0;
  if (explained.geoNear) {
    const { stage, keysExamined: k, docsExamined: d, returned } = explained.geoNear;
    winningPlan = stage;
    executionStages = {
      ...stage,
      nReturned: returned,
      executionTimeMillisEstimate: explained.millis,
      keysExamined: k,
      docsExamined: d,
    };
    keysExamined = k;
    docsExamined = d;
  } else if (explained.outcome) {
    const plan = explained.outcome.explain(true);
    winningPlan = explained.outcome.explain(false).winningPlan;
    executionStages = plan.executionStages;
    keysExamined = plan.counters.keysExamined;
    docsExamined = plan.counters.docsExamined;
  } else {
    // A pipeline that does not start by reading the collection through the planner scans it.
    winningPlan = { stage: 'COLLSCAN', direction: 'forward' };
    executionStages = { ...winningPlan, nReturned: explained.nReturned };
  }
  if (explained.wrap) {
    winningPlan = explained.wrap(winningPlan, false);
    executionStages = explained.wrap(executionStages, true);
  }
  const queryPlanner: Document = {
    namespace: explained.ns,
    indexFilterSet: false,
    parsedQuery: explained.parsedQuery,
    maxIndexedOrSolutionsReached: false,
    maxIndexedAndSolutionsReached: false,
    maxScansToExplodeReached: false,
    winningPlan,
    rejectedPlans: explained.outcome?.rejectedPlans() ?? [],
  };
  const executionStats: Document = {
    executionSuccess: true,
    nReturned: explained.laterStages
      ? (explained.geoNear?.returned ?? explained.outcome?.docs.length ?? 0)
      : explained.nReturned,
    executionTimeMillis: explained.millis,
    totalKeysExamined: keysExamined,
    totalDocsExamined: docsExamined,
    executionStages,
    ...(verbosity === 'allPlansExecution' ? { allPlansExecution: [] } : {}),
  };
  const cursor: Document = { queryPlanner, ...(withStats ? { executionStats } : {}) };
  const common = {
    serverInfo: { host: ctx.server.host, port: ctx.server.port, version: SERVER_VERSION, gitVersion: '' },
    serverParameters: {
      internalQueryFacetBufferSizeBytes: 104857600,
      internalQueryMaxBlockingSortMemoryUsageBytes: 104857600,
    },
    command: { ...inner, $db: ctx.db },
    ok: 1,
  };
  if (explained.laterStages) {
    // Aggregations: the collection read as a $cursor stage, then the stages that ran on its output.
    const head = explained.geoNear ? { $geoNearCursor: cursor } : { $cursor: cursor };
    const stages = [head, ...explained.laterStages.map((stage) => ({ ...stage }))];
    return { explainVersion: '1', stages, ...common };
  }
  return { explainVersion: '1', ...cursor, ...common };
}

function explain(ctx: CommandContext): Document {
  const inner = ctx.command.explain as unknown;
  if (!isPlainObject(inner)) {
    throw new MongoCommandError(
      'TypeMismatch',
      "BSON field 'explain.explain' is the wrong type, expected type 'object'",
    );
  }
  const verbosity = verbosityOf(ctx.command.verbosity);
  const db = typeof inner.$db === 'string' ? inner.$db : ctx.db;
  const { $db: _db, ...command } = inner;
  return explainCommand({ ...ctx, db }, command, verbosity);
}

export const explainCommands: Record<string, CommandHandler> = { explain };
