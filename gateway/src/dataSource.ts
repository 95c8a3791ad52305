import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, TIMEOUT_HEADER, signViewer } from '@kyodo/service-kit';
import { type GatewayContext, recordSubgraphFetch } from './context.js';
import { SubgraphRefusal, refusalErrors } from './subgraphRefusal.js';
import { SubgraphTimeoutError, createTimeoutFetcher } from './timeoutFetcher.js';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';

/**
 * The gateway's connection to one subgraph: forwards the verified viewer in the HMAC-signed headers the kit
 * checks, passes the request id on, times each fetch, aborts slow ones, and turns a failed fetch into an error
 * that names the subgraph (the gateway's own error for a refused connection does not).
 */
export class KyodoDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly internalSecret: string,
    private readonly timeoutMs: number,
  ) {
    super({ url });
    this.fetcher = createTimeoutFetcher(timeoutMs);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Requests the gateway makes on its own (health checks) have no viewer: they go out anonymous.
    for (const [header, value] of Object.entries(
      signViewer(context?.viewer ?? ANONYMOUS, this.internalSecret),
    )) {
      headers.set(header, value);
    }
    if (context?.requestId) headers.set('x-request-id', context.requestId);
    // The fetch starts now and is cut off after timeoutMs: what the subgraph has, less a margin for its answer to
    // travel back, so its database work stops (DEADLINE_EXCEEDED) before the gateway stops waiting.
    headers.set(TIMEOUT_HEADER, String(timeLeftForSubgraph(this.timeoutMs)));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    let ok = false;
    try {
      const response = await super.process(options);
      ok = !response.errors?.length;
      return response;
    } catch (error) {
      // A refusal is an answer: its errors go to the client like any subgraph error, with their codes.
      if (error instanceof SubgraphRefusal) return { errors: error.errors };
      throw error;
    } finally {
      recordSubgraphFetch(options.context?.trace, this.name, performance.now() - started, ok);
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): never {
    if (error instanceof SubgraphTimeoutError) {
      throw new GraphQLError(`The ${this.name} subgraph did not answer within ${error.timeoutMs} ms`, {
        extensions: { code: SUBGRAPH_TIMEOUT, serviceName: this.name },
      });
    }
    const refused = refusalErrors(error, this.name, response);
    if (refused) throw new SubgraphRefusal(refused);
    if (response && response.status >= 400 && response.status < 500) {
      // A 4xx without GraphQL errors: the subgraph refused what the gateway sent, which is no outage either.
      throw new GraphQLError(
        `The ${this.name} subgraph refused the request: it answered HTTP ${response.status}`,
        {
          extensions: { code: 'BAD_REQUEST', serviceName: this.name },
        },
      );
    }
    // Only a real outage from here: a refused or reset connection, a 5xx, a body that is not JSON.
    const reason = response && !response.ok ? `it answered HTTP ${response.status}` : describeCause(error);
    throw new GraphQLError(`The ${this.name} subgraph is unavailable: ${reason}`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: this.name },
    });
  }
}

/** The budget the subgraph is told it has (TIMEOUT_HEADER): the fetch timeout less a margin of up to 250 ms. */
export function timeLeftForSubgraph(timeoutMs: number): number {
  return Math.max(1, timeoutMs - Math.min(250, Math.floor(timeoutMs / 10)));
}

function describeCause(error: Error): string {
  // fetch wraps the socket error (ECONNREFUSED, ECONNRESET...) in `cause`.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
