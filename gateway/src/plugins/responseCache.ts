import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { GatewayContext } from '../context.js';
import { InFlight } from '../inFlight.js';
import { type Lookup, type MonotonicClock, StaleResponseStore } from '../staleResponseStore.js';

// Bounded by the serialized size of the cached responses; least recently used ones go first.
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

// The longest a caller waits for another's first run of the same operation before running its own.
const FIRST_RUN_WAIT_MS = 15_000;

/** Runs a refresh of a cached answer: the same operation, as an anonymous caller whose context has `refresh`. */
export type RunRefresh = (request: GraphQLRequest) => Promise<unknown>;

export interface ResponseCacheOptions {
  runRefresh: RunRefresh;
  logger: Logger;
  /** The cache's clock (tests); performance.now by default. */
  now?: MonotonicClock;
}

const anonymous = (context: GatewayContext) => context.viewer.role === 'anonymous';

/**
 * The operation a cached answer is for: its text by its SHA-256 (what Apollo Server's queryHash and a persisted
 * query's sha256Hash are, so a GET by hash alone finds the answer a POST with the text stored), the operation name
 * the client asked for, the variables.
 */
interface Operation {
  queryHash: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

/** The SHA-256 of an operation's text, in lowercase hex (as Apollo Server computes queryHash). */
function queryHashOf(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The cache key of an operation (never the viewer: anonymous only). */
function cacheKeyOf({ queryHash, operationName, variables }: Operation): string {
  return createHash('sha256').update(JSON.stringify({ queryHash, operationName, variables })).digest('hex');
}

/**
 * Whole-response caching for anonymous viewers. The response's cache policy is the narrowest of the subgraphs'
 * hints (their Cache-Control headers, from @cacheControl): a PUBLIC response with max-age > 0 and no errors is kept
 * in a bounded in-memory LRU (StaleResponseStore), as the bytes sent, keyed by query text, operation name and
 * variables. It is fresh for max-age seconds; for max-age seconds more it is stale: still served at once (with an
 * `Age` past its max-age), while one refresh per key (never a stampede) runs the operation again in the background
 * and replaces it. So no anonymous caller waits for an expired answer, and no answer is older than twice its max-age
 * (the staleness bound). Anonymous callers asking at once for an answer not cached yet wait for the first one's run
 * instead of each starting their own (an answer with errors, or not PUBLIC, is not shared: they then run their own).
 * Signed-in viewers never read, wait for or fill it, and their responses are marked `private` so no shared cache (a
 * CDN) keeps them. Each gateway process has its own cache; a new supergraph empties it.
 *
 * Hand-written rather than @apollo/server-plugin-response-cache: that plugin re-parses the stored JSON on every hit
 * and can only answer from inside Apollo Server's request pipeline; here a POSTed hit is sent as stored bytes by
 * cachedAnswerLane.ts, in front of Express, before the pipeline (and its per-request parse, limits and plugins) runs.
 */
export class ResponseCache {
  private readonly store: StaleResponseStore;
  private readonly refreshes = new InFlight<void>();
  /** Keys whose first anonymous run is under way; callers for the same key wait for it. */
  private readonly firstRuns = new Map<string, Promise<void>>();

  constructor(private readonly options: ResponseCacheOptions) {
    this.store = new StaleResponseStore(RESPONSE_CACHE_BYTES, options.now);
  }

  /** A cached answer for `operation`, starting its one background refresh when it is stale. */
  private lookup(key: string, operation: Operation): Lookup | undefined {
    const found = this.store.get(key);
    if (found?.freshness === 'stale') this.refresh(key, operation, found.answer.source);
    return found;
  }

  private refresh(key: string, operation: Operation, source: string): void {
    const request: GraphQLRequest = {
      query: source,
      operationName: operation.operationName ?? undefined,
      variables: operation.variables,
    };
    void this.refreshes
      .run(key, async () => {
        await this.options.runRefresh(request);
      })
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: error, operationName: operation.operationName },
          'response cache refresh failed',
        ),
      );
  }

  /**
   * Marks `key`'s first run as under way until the returned release is called (its response is written, or not), or
   * at the latest after FIRST_RUN_WAIT_MS, so a run that never reports back cannot hold later callers up for long.
   */
  private beginFirstRun(key: string): () => void {
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => release(), FIRST_RUN_WAIT_MS).unref();
      release = () => {
        clearTimeout(timer);
        if (this.firstRuns.get(key) === done) this.firstRuns.delete(key);
        resolve();
      };
    });
    this.firstRuns.set(key, done);
    return release;
  }

  plugins(): ApolloServerPlugin<GatewayContext>[] {
    return [
      {
        serverWillStart: async () => {
          let loaded = false;
          return {
            // Cached answers skip validation and the limits (cachedAnswerLane.ts): they must not outlive the schema.
            schemaDidLoadOrUpdate: () => {
              if (loaded) this.store.clear();
              loaded = true;
            },
          };
        },
        requestDidStart: async ({ contextValue, overallCachePolicy }) => {
          if (!anonymous(contextValue)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
          return this.requestListener();
        },
      },
    ];
  }

  private requestListener(): GraphQLRequestListener<GatewayContext> {
    let key: string | null = null;
    let operation: Operation | null = null;
    let operationSource = '';
    let hitAge: number | null = null;
    let releaseFirstRun: (() => void) | null = null;
    const release = () => {
      releaseFirstRun?.();
      releaseFirstRun = null;
    };
    return {
      didResolveOperation: async ({ operation: document, overallCachePolicy: policy }) => {
        // A mutation's answer is never a cacheable copy of anything.
        if (document?.operation !== OperationTypeNode.QUERY) policy.restrict({ maxAge: 0 });
      },
      responseForOperation: async (requestContext) => {
        const { contextValue: context, request, source } = requestContext;
        if (requestContext.operation?.operation !== OperationTypeNode.QUERY || !anonymous(context))
          return null;
        operation = {
          queryHash: requestContext.queryHash ?? queryHashOf(source),
          operationName: request.operationName ?? null,
          variables: request.variables ?? {},
        };
        operationSource = source;
        key = cacheKeyOf(operation);
        // A refresh never reads the entry it replaces; it writes the fresh answer like any anonymous request.
        if (context.refresh) return null;
        let found = this.lookup(key, operation);
        const firstRun = found ? undefined : this.firstRuns.get(key);
        if (firstRun) {
          await firstRun;
          found = this.lookup(key, operation);
        }
        if (!found) {
          if (!this.firstRuns.has(key)) releaseFirstRun = this.beginFirstRun(key);
          return null;
        }
        requestContext.overallCachePolicy.replace({ maxAge: found.answer.maxAge, scope: 'PUBLIC' });
        requestContext.metrics.responseCacheHit = true;
        hitAge = found.ageSeconds;
        return {
          body: { kind: 'single', singleResult: JSON.parse(found.answer.body.toString('utf8')) as object },
          http: { status: undefined, headers: new HeaderMap() },
        };
      },
      willSendResponse: async (requestContext) => {
        try {
          if (hitAge !== null) {
            requestContext.response.http.headers.set('age', String(hitAge));
            return;
          }
          const { response, overallCachePolicy } = requestContext;
          if (key === null || operation === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const policy = overallCachePolicy.policyIfCacheable();
          if (errors || !data || !policy || policy.scope !== 'PUBLIC') return;
          this.store.set(key, {
            // What Apollo Server sends for a result of only `data` (its stringifyResult).
            body: Buffer.from(`${JSON.stringify({ data })}\n`, 'utf8'),
            maxAge: policy.maxAge,
            operationName: requestContext.operationName ?? null,
            source: operationSource,
          });
        } finally {
          release();
        }
      },
    };
  }

  /**
   * The cached answer to a POSTed anonymous operation (cachedAnswerLane.ts sends it before Express and Apollo
   * Server), starting its one background refresh when it is stale; undefined for a miss or for a body Apollo Server
   * must interpret itself (persisted-query hashes, extensions). A hit needs no parse, validation or limits: only an
   * operation that passed them with these very variables, on this schema, was stored.
   */
  answerForPost(body: unknown): Lookup | undefined {
    const operation = postedOperation(body);
    return operation ? this.lookup(cacheKeyOf(operation), operation) : undefined;
  }

  /**
   * The cached answer to an anonymous GET, from its URL's search parameters: a query's text, or a persisted query's
   * hash alone (how CDNs and mobile apps send them), with its operation name and variables. Undefined for a miss or
   * for anything Apollo Server must interpret or refuse itself (a parameter given twice, JSON that is not an object,
   * other extensions, a text with a hash to check). Like answerForPost, a hit needs no parse, validation or limits.
   */
  answerForGet(search: URLSearchParams): Lookup | undefined {
    const operation = operationOfGet(search);
    return operation ? this.lookup(cacheKeyOf(operation), operation) : undefined;
  }
}

/** The operation of a POST body that carries its query text and nothing Apollo Server must interpret itself. */
function postedOperation(body: unknown): Operation | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && !isObject(variables)) return null;
  return {
    queryHash: queryHashOf(query),
    operationName: operationName ?? null,
    variables: variables ?? {},
  };
}

const GET_PARAMETERS = new Set(['query', 'operationName', 'variables', 'extensions']);
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The operation of a GET's search parameters, read as Apollo Server reads them (each at most once; variables and
 * extensions JSON objects), when it names a text or a persisted query's hash and nothing else; otherwise null.
 */
function operationOfGet(search: URLSearchParams): Operation | null {
  const single: Record<string, string> = {};
  for (const [name, value] of search) {
    if (!GET_PARAMETERS.has(name) || name in single) return null;
    single[name] = value;
  }
  const variables = single.variables === undefined ? {} : parsedObject(single.variables);
  if (variables === null) return null;
  let queryHash: string;
  if (single.extensions === undefined) {
    if (single.query === undefined) return null;
    queryHash = queryHashOf(single.query);
  } else {
    // Only a persisted query by its hash alone: Apollo Server checks a hash sent with its text, and other extensions.
    const extensions = parsedObject(single.extensions);
    const persisted = extensions?.persistedQuery as Record<string, unknown> | undefined;
    if (
      single.query !== undefined ||
      !extensions ||
      Object.keys(extensions).length !== 1 ||
      !isObject(persisted) ||
      persisted.version !== 1 ||
      typeof persisted.sha256Hash !== 'string' ||
      !SHA256_HEX.test(persisted.sha256Hash)
    )
      return null;
    queryHash = persisted.sha256Hash;
  }
  return { queryHash, operationName: single.operationName ?? null, variables };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function parsedObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
