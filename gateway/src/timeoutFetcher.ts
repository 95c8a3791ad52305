import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';

/** A subgraph did not answer (headers and body) within the configured time. */
export class SubgraphTimeoutError extends Error {
  override name = 'SubgraphTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
  }
}

/**
 * A fetcher that aborts a subgraph request after `timeoutMs`, covering the whole exchange: the body is read
 * before the timer stops, so a subgraph that sends headers and then stalls is cut off too. The gateway has no
 * timeout of its own.
 */
export function createTimeoutFetcher(timeoutMs: number, base: typeof fetch = fetch): Fetcher {
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new SubgraphTimeoutError(timeoutMs)), timeoutMs);
    try {
      const response = await base(url, { ...(init as RequestInit), signal: controller.signal });
      const body = await response.arrayBuffer();
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // Response's url is read-only and empty on a constructed copy; errors name the URL, so keep it.
      Object.defineProperty(copy, 'url', { value: response.url || url });
      return copy as unknown as FetcherResponse;
    } catch (error) {
      if (controller.signal.aborted && controller.signal.reason instanceof SubgraphTimeoutError) {
        throw controller.signal.reason;
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
