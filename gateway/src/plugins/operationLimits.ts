import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import { type CostDirectives, NO_COST_DIRECTIVES, readCostDirectives } from '../costDirectives.js';
import { findOversizedInput } from '../inputLimits.js';
import { measureOperation } from '../limits.js';

export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const TOO_MANY_ALIASES = 'TOO_MANY_ALIASES';
export const TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxStringLength: number;
  maxListItems: number;
}

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/**
 * Refuses, with a 400 and a coded error, an operation over any limit: oversized input values, depth, root
 * fields, aliases, then the estimated cost (measureOperation, from the supergraph's `@cost` and `@listSize`).
 * It runs in didResolveOperation: after validation, before the query plan reaches any subgraph.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  let directives: CostDirectives = NO_COST_DIRECTIVES;
  return {
    async serverWillStart() {
      return {
        // The gateway hands over the supergraph at start and at each hot swap; its cost directives go with it.
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          directives = coreSupergraphSdl ? readCostDirectives(coreSupergraphSdl) : NO_COST_DIRECTIVES;
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const oversized = findOversizedInput(document, request.variables, limits);
          if (oversized) {
            const what =
              oversized.kind === 'string'
                ? `a string of ${oversized.size} characters; the most is ${oversized.limit}`
                : `a list of ${oversized.size} items; the most is ${oversized.limit}`;
            throw refusal(`Input too large: ${oversized.where} is ${what}`, {
              code: 'BAD_USER_INPUT',
              input: oversized.where,
              ...(oversized.kind === 'string'
                ? { length: oversized.size, maxLength: oversized.limit }
                : { items: oversized.size, maxItems: oversized.limit }),
            });
          }
          const fragments = document.definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          );
          const measure = measureOperation(schema, operation, fragments, request.variables ?? {}, {
            directives,
            maxCost: limits.maxCost,
          });
          if (measure.depth > limits.maxDepth) {
            throw refusal(`The query is ${measure.depth} levels deep; the maximum is ${limits.maxDepth}`, {
              code: QUERY_TOO_DEEP,
              depth: measure.depth,
              maxDepth: limits.maxDepth,
            });
          }
          if (measure.rootFields > limits.maxRootFields) {
            throw refusal(
              `The query selects ${measure.rootFields} root fields; the maximum is ${limits.maxRootFields}`,
              {
                code: TOO_MANY_ROOT_FIELDS,
                rootFields: measure.rootFields,
                maxRootFields: limits.maxRootFields,
              },
            );
          }
          if (measure.aliases > limits.maxAliases) {
            throw refusal(`The query uses ${measure.aliases} aliases; the maximum is ${limits.maxAliases}`, {
              code: TOO_MANY_ALIASES,
              aliases: measure.aliases,
              maxAliases: limits.maxAliases,
            });
          }
          if (measure.cost > limits.maxCost) {
            const estimate = measure.complete ? `${measure.cost}` : `more than ${limits.maxCost}`;
            throw refusal(
              `The query's estimated cost is ${estimate}; the maximum is ${limits.maxCost}. Ask for fewer items (a lower \`first\`), fewer nested lists or fewer expensive fields`,
              {
                code: QUERY_TOO_COMPLEX,
                cost: measure.cost,
                costIsLowerBound: !measure.complete,
                maxCost: limits.maxCost,
              },
            );
          }
        },
      };
    },
  };
}
