import { loadSubgraphTypeDefs } from './schema.js';
import type { SubgraphDefinition } from './server.js';

/**
 * A service's definition (its src/index.ts): the SDL comes from schema/<name>.graphql by the service's name, so
 * every subgraph names its parts once and none of them can point at another's schema.
 */
export function defineSubgraph<L>(
  name: string,
  parts: Omit<SubgraphDefinition<L>, 'name' | 'typeDefs'>,
): SubgraphDefinition<L> {
  return { name, typeDefs: loadSubgraphTypeDefs(name), ...parts };
}
