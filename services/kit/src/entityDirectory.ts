import { GraphQLError } from 'graphql';
import { notFound } from './errors.js';
import { signViewer, type Viewer } from './viewer.js';

/**
 * Whether entities owned by another subgraph exist. A service never reads another service's database, so it asks
 * the owner through federation itself: one `_entities` call with the ids as representations, signed with the
 * internal secret like the gateway's own fetches. The owner answers null for an id it does not know.
 */
export interface EntityDirectory {
  /**
   * The ids among `ids` that name an existing `typename` in `subgraph`: an entity with `@key(fields: "id")`, or with
   * `keyField` as its one key field (District's `code`).
   */
  existing(
    subgraph: string,
    typename: string,
    ids: readonly string[],
    keyField?: string,
  ): Promise<Set<string>>;
}

/** How long a check may take: it runs inside a mutation whose own deadline is a few seconds. */
export const ENTITY_CHECK_TIMEOUT_MS = 3000;

// The checks read nothing but __typename; staff sees every entity, so "null" can only mean "does not exist".
const CHECKER: Viewer = Object.freeze({
  sub: 'service:entity-directory',
  role: 'staff',
  organizationIds: [],
});

const ENTITIES_QUERY =
  'query Exists($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

function unavailable(subgraph: string, typename: string, reason: string): GraphQLError {
  return new GraphQLError(`Cannot check the ${typename} reference now: the ${subgraph} subgraph ${reason}`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
  });
}

/** The directory over HTTP: `urls` maps each subgraph name to its /graphql URL. */
export function federatedEntityDirectory(
  urls: Readonly<Record<string, string>>,
  internalSecret: string,
  timeoutMs = ENTITY_CHECK_TIMEOUT_MS,
): EntityDirectory {
  return {
    async existing(subgraph, typename, ids, keyField = 'id') {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Set();
      const url = urls[subgraph];
      if (!url) throw unavailable(subgraph, typename, 'has no configured URL');
      let body: { data?: { _entities?: ({ __typename: string } | null)[] }; errors?: unknown[] };
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signViewer(CHECKER, internalSecret) },
          body: JSON.stringify({
            query: ENTITIES_QUERY,
            variables: {
              representations: unique.map((id) => ({ __typename: typename, [keyField]: id })),
            },
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
        body = (await response.json()) as typeof body;
      } catch (error) {
        throw unavailable(subgraph, typename, `did not answer (${(error as Error).message})`);
      }
      const entities = body.data?._entities;
      if (!Array.isArray(entities) || entities.length !== unique.length) {
        throw unavailable(subgraph, typename, 'gave an answer that is not a list of entities');
      }
      return new Set(unique.filter((_, index) => entities[index] !== null));
    },
  };
}

/** NOT_FOUND naming `typename` and `id` unless the owning subgraph knows it. */
export async function requireEntityExists(
  directory: EntityDirectory,
  subgraph: string,
  typename: string,
  id: string,
  argumentName: string,
  keyField = 'id',
): Promise<void> {
  const found = await directory.existing(subgraph, typename, [id], keyField);
  if (!found.has(id)) throw notFound(typename, id, { argumentName });
}
