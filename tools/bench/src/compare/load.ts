import autocannon from 'autocannon';
import { percentile } from '../stats.js';

export interface LoadResult {
  requests: number;
  rps: number;
  /** Latency percentiles of the 2xx answers, in ms, from every response's own time (sub-millisecond). */
  p50: number;
  p99: number;
  /** The same percentiles from autocannon's histogram, which keeps whole milliseconds (what earlier runs printed). */
  histogramP50: number;
  histogramP99: number;
  /** Every 2xx answer's latency in ms, ascending: rounds are pooled from these (a percentile of percentiles is not). */
  latencies: Float64Array;
  /** Transport errors, timeouts, non-2xx answers and GraphQL responses with `errors`. */
  failures: number;
  firstFailure: string | null;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  method: 'POST' | 'GET';
  /** What the requests carry, sent in turn (one for identical traffic): POST bodies, or GET search strings. */
  requests: readonly string[];
  connections: number;
  seconds: number;
}

/**
 * The headers a GraphQL request of `method` needs besides the caller's: a POST's JSON content type, or for a GET the
 * CSRF preflight header Apollo Server asks of a GET (other gateways ignore it).
 */
export function requestHeaders(
  method: 'POST' | 'GET',
  headers: Record<string, string>,
): Record<string, string> {
  return method === 'POST'
    ? { 'content-type': 'application/json', ...headers }
    : { 'apollo-require-preflight': 'true', ...headers };
}

/** One request as load() sends it: `request` is a POST body or a GET search string. */
export function sendOnce(
  url: string,
  method: 'POST' | 'GET',
  request: string,
  headers: Record<string, string>,
): Promise<Response> {
  return method === 'POST'
    ? fetch(url, { method, headers: requestHeaders(method, headers), body: request })
    : fetch(`${url}?${request}`, { headers: requestHeaders(method, headers) });
}

/** Closed-loop load with autocannon on one URL; checks every response body for GraphQL errors. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url))
    throw new Error(`refusing to load ${options.url}: the bench loads loopback addresses only`);
  const path = new URL(options.url).pathname;
  let next = 0;
  let graphqlErrors = 0;
  let firstFailure: string | null = null;
  // autocannon's histogram floors each latency to a whole millisecond, so a p50 of 1.9 ms reads as 1 and a p99/p50
  // ratio is off by up to 2x: the percentiles are taken from the response times themselves.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        headers: requestHeaders(options.method, options.headers),
        requests: [
          {
            setupRequest: (request) => {
              const sent = options.requests[next++ % options.requests.length];
              if (options.method === 'POST') request.body = sent;
              else request.path = `${path}?${sent}`;
              return request;
            },
            onResponse: (status, body) => {
              if (status === 200 && !body.includes('"errors"')) return;
              graphqlErrors += 1;
              firstFailure ??= `HTTP ${status} ${body.slice(0, 300)}`;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const latencies = Float64Array.from(times).sort();
  const failures = result.errors + result.timeouts + graphqlErrors;
  return {
    requests: result.requests.total,
    rps: result.requests.total / options.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    histogramP50: result.latency.p50,
    histogramP99: result.latency.p99,
    latencies,
    failures,
    firstFailure:
      firstFailure ?? (failures > 0 ? `${result.errors} errors, ${result.timeouts} timeouts` : null),
  };
}
