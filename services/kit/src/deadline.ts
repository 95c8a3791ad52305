import { GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import type { Aggregate, Query, Schema } from 'mongoose';
import { ErrorCode } from './errors.js';
import { currentRequestScope } from './requestScope.js';

/**
 * The gateway tells each subgraph how long it will wait for the answer, in milliseconds, in this header. The kit
 * bounds every database operation of the request by what is left of it, so a request the gateway gave up on
 * leaves no query running behind it.
 */
export const TIMEOUT_HEADER = 'x-kyodo-timeout-ms';

/** The budget of a request without the header (a subgraph called directly), and the most a header may ask for. */
export const MAX_REQUEST_TIME_MS = 10_000;

/** The request's deadline (epoch ms): the header's budget, capped, or the default budget. */
export function deadlineFrom(headers: IncomingHttpHeaders, now = Date.now()): number {
  const raw = headers[TIMEOUT_HEADER];
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  const budget =
    Number.isFinite(value) && value > 0
      ? Math.min(Math.floor(value), MAX_REQUEST_TIME_MS)
      : MAX_REQUEST_TIME_MS;
  return now + budget;
}

export function deadlineExceeded(budgetMs?: number): GraphQLError {
  return new GraphQLError(
    'The request ran out of time and its database work was stopped; ask for less (a smaller page, fewer fields) or try again',
    { extensions: { code: ErrorCode.DEADLINE_EXCEEDED, ...(budgetMs !== undefined ? { budgetMs } : {}) } },
  );
}

/** Milliseconds left for the current request's database work; undefined outside a request (no bound). */
export function timeLeftMs(now = Date.now()): number | undefined {
  const scope = currentRequestScope();
  return scope ? scope.deadline - now : undefined;
}

function remainingOrThrow(): number | undefined {
  const left = timeLeftMs();
  if (left === undefined) return undefined;
  // Already past the deadline: the database is not even asked.
  if (left < 1) throw deadlineExceeded();
  return Math.ceil(left);
}

// Every query operation mongoose has middleware for; each becomes one command that accepts maxTimeMS.
const QUERY_OPERATIONS = [
  'countDocuments',
  'distinct',
  'estimatedDocumentCount',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndUpdate',
  'deleteMany',
  'deleteOne',
  'replaceOne',
  'updateMany',
  'updateOne',
] as const;

/** Marks a schema as bounded by the plugin, so startSubgraph can refuse a model that escaped it. */
export const DEADLINE_PLUGIN_APPLIED = Symbol.for('kyodo.deadlinePlugin');

/**
 * A mongoose plugin: every query and aggregation run while serving a request gets `maxTimeMS` set to the time the
 * request has left (an explicit, smaller maxTimeMS is kept). The kit registers it globally, so every model gets it.
 */
export function deadlinePlugin(schema: Schema): void {
  (schema as unknown as Record<symbol, boolean>)[DEADLINE_PLUGIN_APPLIED] = true;
  schema.pre([...QUERY_OPERATIONS], function boundQuery(this: Query<unknown, unknown>) {
    const left = remainingOrThrow();
    if (left === undefined) return;
    const current = this.getOptions().maxTimeMS;
    if (current === undefined || current > left) this.maxTimeMS(left);
  });
  schema.pre('aggregate', function boundAggregate(this: Aggregate<unknown>) {
    const left = remainingOrThrow();
    if (left === undefined) return;
    const current = this.options.maxTimeMS;
    if (current === undefined || current > left) this.option({ maxTimeMS: left });
  });
}

export function isDeadlineBounded(schema: Schema): boolean {
  return (schema as unknown as Record<symbol, boolean | undefined>)[DEADLINE_PLUGIN_APPLIED] === true;
}

/** MongoDB's MaxTimeMSExpired (code 50): the server stopped the operation at its maxTimeMS. */
export function isMaxTimeExpired(error: unknown): boolean {
  const candidate = error as { code?: unknown; codeName?: unknown } | null;
  return candidate?.code === 50 || candidate?.codeName === 'MaxTimeMSExpired';
}
