import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL responses with `errors`. */
  failures: number;
  firstFailure: string | null;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** The request bodies, sent in turn (one for identical traffic). */
  bodies: readonly string[];
  connections: number;
  seconds: number;
}

/** Closed-loop load with autocannon on one URL; checks every response body for GraphQL errors. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url))
    throw new Error(`refusing to load ${options.url}: the bench loads loopback addresses only`);
  let next = 0;
  let graphqlErrors = 0;
  let firstFailure: string | null = null;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (request) => {
          request.body = options.bodies[next++ % options.bodies.length];
          return request;
        },
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          graphqlErrors += 1;
          firstFailure ??= `HTTP ${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  const failures = result.errors + result.timeouts + graphqlErrors;
  return {
    requests: result.requests.total,
    rps: result.requests.total / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    firstFailure:
      firstFailure ?? (failures > 0 ? `${result.errors} errors, ${result.timeouts} timeouts` : null),
  };
}
