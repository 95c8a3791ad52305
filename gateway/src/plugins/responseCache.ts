import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestContext } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { GatewayContext } from '../context.js';
import { InFlight } from '../inFlight.js';
import { type MonotonicClock, StaleResponseStore } from '../staleResponseStore.js';

// Bounded by the serialized size of the cached responses; least recently used ones go first.
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;
// The response cache plugin stores its entries under this prefix (its PrefixingKeyValueCache).
const PLUGIN_KEY_PREFIX = 'fqc:';

/** Runs a refresh of a cached answer: the same operation, as an anonymous caller whose context has `refresh`. */
export type RunRefresh = (request: GraphQLRequest) => Promise<unknown>;

export interface ResponseCacheOptions {
  runRefresh: RunRefresh;
  logger: Logger;
  /** The cache's clock (tests); performance.now by default. */
  now?: MonotonicClock;
}

const anonymous = (context: GatewayContext) => context.viewer.role === 'anonymous';

/** The cache key of an operation: its text, operation name and variables (never the viewer: anonymous only). */
function cacheKeyOf(
  requestContext: Pick<GraphQLRequestContext<never>, 'source' | 'operationName' | 'request'>,
): string {
  const { source, operationName, request } = requestContext;
  return createHash('sha256')
    .update(JSON.stringify({ source, operationName, variables: request.variables ?? {} }))
    .digest('hex');
}

/**
 * Whole-response caching for anonymous viewers. The response's cache policy is the narrowest of the subgraphs'
 * hints (their Cache-Control headers, from @cacheControl): a PUBLIC response with max-age > 0 is kept in a bounded
 * in-memory LRU (@apollo/server-plugin-response-cache over StaleResponseStore), keyed by query, variables and
 * operation name. It is fresh for max-age seconds; for max-age seconds more it is stale: still served at once (with
 * an `Age` past its max-age), while one refresh per key (never a stampede) runs the operation again in the
 * background and replaces it. So no anonymous caller waits for an expired answer, and no answer is older than
 * twice its max-age (the staleness bound). Signed-in viewers never read or fill it, and their responses are marked
 * `private` so no shared cache (a CDN) keeps them. Each gateway process has its own cache.
 */
export function responseCachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext>[] {
  const store = new StaleResponseStore(RESPONSE_CACHE_BYTES, options.now);
  const refreshes = new InFlight<void>();
  const refresh = (
    key: string,
    requestContext: Pick<GraphQLRequestContext<never>, 'source' | 'operationName' | 'request'>,
  ) => {
    const { source, operationName, request } = requestContext;
    const operation: GraphQLRequest = {
      query: source,
      operationName: operationName ?? undefined,
      variables: request.variables,
    };
    void refreshes
      .run(key, async () => {
        await options.runRefresh(operation);
      })
      .catch((error: unknown) =>
        options.logger.warn({ err: error, operationName }, 'response cache refresh failed'),
      );
  };
  return [
    {
      async requestDidStart({ contextValue, overallCachePolicy }) {
        if (!anonymous(contextValue)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        return {
          async didResolveOperation({ operation, overallCachePolicy: policy }) {
            // A mutation's answer is never a cacheable copy of anything.
            if (operation?.operation !== OperationTypeNode.QUERY) policy.restrict({ maxAge: 0 });
          },
          // Runs before the response cache plugin reads: a stale entry it is about to serve gets its one refresh.
          async responseForOperation(requestContext) {
            const { contextValue: context, operation } = requestContext;
            if (operation?.operation !== OperationTypeNode.QUERY || !anonymous(context) || context.refresh)
              return null;
            const key = cacheKeyOf(requestContext);
            if (store.freshness(PLUGIN_KEY_PREFIX + key) === 'stale') refresh(key, requestContext);
            return null;
          },
        };
      },
    },
    responseCachePlugin<GatewayContext>({
      cache: store,
      sessionId: async () => null,
      generateCacheKey: (requestContext) => cacheKeyOf(requestContext),
      // A refresh never reads the entry it replaces; it writes the fresh answer like any anonymous request.
      shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue) && !contextValue.refresh,
      shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue),
    }),
  ];
}
