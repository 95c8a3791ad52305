import { GraphQLError } from 'graphql';
import { TIMEOUT_HEADER, timeLeftMs } from './deadline.js';
import { REQUEST_ID_HEADER } from './logger.js';
import { signViewer, type Viewer } from './viewer.js';

/**
 * Calls another subgraph directly (not through the gateway) with the viewer signed by the internal secret, as the
 * gateway's own fetches are: the callee applies its own authorization to the real viewer. Used for the internal
 * root fields a subgraph serves to its peers only (marked @inaccessible, so the gateway never exposes them).
 */
export interface InternalClient {
  request<T>(
    subgraph: string,
    query: string,
    variables: Record<string, unknown>,
    viewer: Viewer,
    requestId?: string,
  ): Promise<T>;
}

/** The most an internal call waits when the request has no deadline of its own. */
export const INTERNAL_CALL_TIMEOUT_MS = 5000;

function unavailable(subgraph: string, reason: string): GraphQLError {
  return new GraphQLError(`The ${subgraph} subgraph cannot answer now: it ${reason}`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
  });
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The client over HTTP: `urls` maps each subgraph name to its /graphql URL. */
export function federatedInternalClient(
  urls: Readonly<Record<string, string>>,
  internalSecret: string,
): InternalClient {
  return {
    async request<T>(
      subgraph: string,
      query: string,
      variables: Record<string, unknown>,
      viewer: Viewer,
      requestId?: string,
    ): Promise<T> {
      const url = urls[subgraph];
      if (!url) throw unavailable(subgraph, 'has no configured URL');
      const budget = Math.max(
        1,
        Math.min(timeLeftMs() ?? INTERNAL_CALL_TIMEOUT_MS, INTERNAL_CALL_TIMEOUT_MS),
      );
      let body: GraphQLBody<T>;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [TIMEOUT_HEADER]: String(budget),
            ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
            ...signViewer(viewer, internalSecret),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(budget),
        });
        body = (await response.json()) as GraphQLBody<T>;
      } catch (error) {
        throw unavailable(subgraph, `did not answer (${(error as Error).message})`);
      }
      const [first] = body.errors ?? [];
      // The peer's own refusal (BAD_USER_INPUT for a bad cursor, FORBIDDEN...) is passed on as it said it.
      if (first)
        throw new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: subgraph } });
      if (body.data === null || body.data === undefined) throw unavailable(subgraph, 'answered without data');
      return body.data;
    },
  };
}
