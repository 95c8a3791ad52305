import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GatewayContext } from '../context.js';

// Bounded by the serialized size of the cached responses; least recently used ones go first.
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

const anonymous = (context: GatewayContext) => context.viewer.role === 'anonymous';

/**
 * Whole-response caching for anonymous viewers. The response's cache policy is the narrowest of the subgraphs'
 * hints (their Cache-Control headers, from @cacheControl): a PUBLIC response with max-age > 0 is kept in a bounded
 * in-memory LRU for max-age seconds (the staleness bound), keyed by query, variables and operation name. Signed-in
 * viewers never read or fill it, and their responses are marked `private` so no shared cache (a CDN) keeps them.
 * Each gateway process has its own cache.
 */
export function responseCachePlugins(): ApolloServerPlugin<GatewayContext>[] {
  return [
    {
      async requestDidStart({ contextValue, overallCachePolicy }) {
        if (!anonymous(contextValue)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        return {
          async didResolveOperation({ operation, overallCachePolicy: policy }) {
            // A mutation's answer is never a cacheable copy of anything.
            if (operation?.operation !== OperationTypeNode.QUERY) policy.restrict({ maxAge: 0 });
          },
        };
      },
    },
    responseCachePlugin<GatewayContext>({
      cache: new InMemoryLRUCache({ maxSize: RESPONSE_CACHE_BYTES }),
      sessionId: async () => null,
      shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
      shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue),
    }),
  ];
}
