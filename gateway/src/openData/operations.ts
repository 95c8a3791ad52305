import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@kyodo/service-kit';
import type { GatewayContext } from '../context.js';
import { requestIdFrom } from '../requestId.js';
import { errorCode } from '../errorCode.js';

/** A GraphQL error an export met: the export answers 502 and names it rather than publishing partial data. */
export class ExportQueryError extends Error {
  override name = 'ExportQueryError';
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

/** Runs one operation as an anonymous caller and returns its data, or throws on any error. */
export type RunPublicOperation = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/**
 * Exports go through the gateway's own ApolloServer as any anonymous client would: the same supergraph, the same
 * limits and the same authorization, so an export can never publish what an anonymous query could not read.
 */
export function publicOperationRunner(server: ApolloServer<GatewayContext>): RunPublicOperation {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const requestId = requestIdFrom(undefined);
    const response = await server.executeOperation(
      { query, variables },
      {
        contextValue: {
          viewer: ANONYMOUS,
          requestId,
          trace: { requestId, operationName: null, errorCodes: [], subgraphs: {} },
        },
      },
    );
    if (response.body.kind !== 'single') throw new ExportQueryError('unexpected incremental response', []);
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      const codes = (errors ?? []).map((e) => errorCode(e, 'INTERNAL_SERVER_ERROR'));
      throw new ExportQueryError(errors?.[0]?.message ?? 'the query returned no data', codes);
    }
    return data as T;
  };
}

/** The part of a Relay connection an export pages through. */
export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Pages an export reads at a time. Exports obey the same cost limit as every anonymous client, so a page is kept
 * well inside it (see gateway/README.md, cost model) rather than at the API's cap of 100.
 */
export const EXPORT_PAGE_SIZE = 25;

/** Every node of a connection, EXPORT_PAGE_SIZE at a time. */
export async function allPages<N>(
  fetchPage: (page: { first: number; after: string | null }) => Promise<Connection<N>>,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage({ first: EXPORT_PAGE_SIZE, after });
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}
