import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, TIMEOUT_HEADER, VIEWER_HEADER } from '@kyodo/service-kit';
import { restrictCachePolicy } from './cacheHints.js';
import { type GatewayContext, recordSubgraphFetch } from './context.js';
import { InFlight } from './inFlight.js';
import { SubgraphRefusal, refusalErrors } from './subgraphRefusal.js';
import { SubgraphClient, type SubgraphHttpResponse, SubgraphTimeoutError } from './subgraphClient.js';
import { signedViewerHeaders } from './viewerHeaders.js';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';

// The query planner prints subgraph operations as `query ...` or `{...}`; anything else (a mutation) is never shared.
const READ_OPERATION = /^\s*(?:query\b|\{)/;

/**
 * The context of a user's request; undefined for the gateway's own requests (health checks, schema loads), whose
 * context @apollo/gateway types as Record<string, any>.
 */
function gatewayContextOf(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): GatewayContext | undefined {
  return 'incomingRequestContext' in options ? options.context : undefined;
}

/**
 * The gateway's connection to one subgraph: forwards the verified viewer in the HMAC-signed headers the kit
 * checks, passes the request id on, times each fetch, aborts slow ones, and turns a failed fetch into an error
 * that names the subgraph (the gateway's own error for a refused connection does not). Fetches go through a
 * pooled keep-alive client; identical query fetches in flight at the same time (same subgraph, same body, same
 * signed viewer) share one subgraph request.
 */
export class KyodoDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly client: SubgraphClient;
  private readonly inFlight = new InFlight<SubgraphHttpResponse>();

  constructor(
    readonly name: string,
    url: string,
    private readonly internalSecret: string,
    private readonly timeoutMs: number,
  ) {
    super({ url });
    this.client = new SubgraphClient(url, timeoutMs);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    const context = gatewayContextOf(options);
    if (!headers) return;
    // Requests the gateway makes on its own (health checks) have no viewer: they go out anonymous.
    for (const [header, value] of Object.entries(
      signedViewerHeaders(context?.viewer ?? ANONYMOUS, this.internalSecret),
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
      const response = await this.send(options);
      ok = !response.errors?.length;
      return response;
    } catch (error) {
      // A refusal is an answer: its errors go to the client like any subgraph error, with their codes.
      if (error instanceof SubgraphRefusal) return { errors: error.errors };
      throw error;
    } finally {
      recordSubgraphFetch(gatewayContextOf(options)?.trace, this.name, performance.now() - started, ok);
    }
  }

  /**
   * RemoteGraphQLDataSource.process on the pooled client (its own builds a node-fetch Request per fetch for error
   * reporting only): headers, willSendRequest, one string body, the subgraph's cache hint, didEncounterError.
   */
  private async send(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const headers = new Headers();
    for (const [name, value] of request.http?.headers ?? []) headers.append(name, value);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: this.url, headers };
    this.willSendRequest(options);
    if (!request.query) throw new Error('Missing query');
    const { http: _http, ...payload } = request;
    const body = JSON.stringify(payload);
    const plainHeaders = Object.fromEntries(headers);
    let response: SubgraphHttpResponse | undefined;
    try {
      response = READ_OPERATION.test(request.query)
        ? await this.inFlight.run(`${plainHeaders[VIEWER_HEADER] ?? ''}\n${body}`, () =>
            this.client.post(body, plainHeaders),
          )
        : await this.client.post(body, plainHeaders);
      if (response.status < 200 || response.status >= 300)
        throw await this.errorFromResponse(asFetcherResponse(response, this.url));
      const parsed: unknown = JSON.parse(response.text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error(`Expected JSON response body, but received: ${response.text.slice(0, 200)}`);
      restrictCachePolicy(options, response.headers['cache-control']);
      return parsed;
    } catch (error) {
      const failed = response && asFetcherResponse(response, this.url);
      this.didEncounterError(error as Error, undefined, failed);
      throw error;
    }
  }

  /** Closes the subgraph connections (the gateway is stopping). */
  async close(): Promise<void> {
    await this.client.close();
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

/** A fetch Response for the error paths only (errorFromResponse and didEncounterError read one). */
function asFetcherResponse(response: SubgraphHttpResponse, url: string): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  }
  const status = response.status >= 200 && response.status <= 599 ? response.status : 502;
  const copy = new Response(status === 204 || status === 304 ? null : response.text, { status, headers });
  // Response's url is read-only and empty on a constructed one; errors name the URL, so set it.
  Object.defineProperty(copy, 'url', { value: url });
  return copy;
}

function describeCause(error: Error): string {
  // undici names the socket error (ECONNREFUSED, ECONNRESET...) in `code`; fetch wraps it in `cause`.
  const withCode = error as { code?: string; cause?: { code?: string; message?: string } };
  return withCode.cause?.code ?? withCode.cause?.message ?? withCode.code ?? error.message;
}
