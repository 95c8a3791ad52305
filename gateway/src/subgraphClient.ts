import { Pool } from 'undici';

/** A subgraph did not answer (headers and body) within the configured time. */
export class SubgraphTimeoutError extends Error {
  override name = 'SubgraphTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
  }
}

/** A subgraph's HTTP answer, body read in full as text. */
export interface SubgraphHttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

// Enough sockets per subgraph for a busy gateway; beyond it requests queue in the pool instead of opening more.
const CONNECTIONS_PER_SUBGRAPH = 128;

/**
 * The gateway's HTTP client for one subgraph: a pool of keep-alive connections (undici) that POSTs string bodies
 * and reads the answer as one string. Each request is aborted after `timeoutMs`, covering the whole exchange: the
 * body is read before the timer stops, so a subgraph that sends headers and then stalls is cut off too.
 */
export class SubgraphClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    const parsed = new URL(url);
    this.pool = new Pool(parsed.origin, { connections: CONNECTIONS_PER_SUBGRAPH });
    this.path = parsed.pathname + parsed.search;
  }

  async post(body: string, headers: Record<string, string>): Promise<SubgraphHttpResponse> {
    // A cleared timer rather than AbortSignal.timeout: that one's timer outlives every fast answer.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new SubgraphTimeoutError(this.timeoutMs)),
      this.timeoutMs,
    );
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body,
        signal: controller.signal,
      });
      return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason as SubgraphTimeoutError;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the idle connections; requests in flight finish first. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
