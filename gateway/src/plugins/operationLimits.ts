import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import { measureOperation } from '../limits.js';

export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * Refuses operations deeper than `maxDepth` or costlier than `maxCost` (see measureOperation) with a 400 and a
 * coded error. It runs in didResolveOperation: after validation, before the query plan reaches any subgraph.
 */
export function operationLimitsPlugin(limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          );
          const { depth, cost } = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is ${depth} levels deep; the maximum is ${limits.maxDepth}`, {
              extensions: { code: QUERY_TOO_DEEP, depth, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `The query may resolve ${cost} fields; the maximum is ${limits.maxCost}. Ask for fewer items (lower \`first\`) or fewer nested lists`,
              {
                extensions: { code: QUERY_TOO_COMPLEX, cost, maxCost: limits.maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
