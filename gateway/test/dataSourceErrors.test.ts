// How a subgraph's answers become the client's errors: refusals are BAD_USER_INPUT with the path, outages SUBGRAPH_UNAVAILABLE.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TIMEOUT_HEADER } from '@kyodo/service-kit';
import { KyodoDataSource, timeLeftForSubgraph } from '../src/dataSource.js';
import { variablePath } from '../src/subgraphRefusal.js';

/** A stand-in subgraph that answers each request with what the test sets, and keeps the headers it received. */
let server: Server;
let url: string;
let answer: { status: number; body: unknown } = { status: 200, body: { data: {} } };
let received: IncomingHttpHeaders = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    received = req.headers;
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fetchThrough(source: KyodoDataSource) {
  return source.process({
    // A health-check request: the kind the gateway sends outside any client operation.
    kind: 'health check',
    request: { query: 'query ($f: FacilityFilter) { facilities(filter: $f) { totalCount } }' },
    context: {},
  } as never);
}

it('tells the subgraph how long it has: the fetch timeout less a margin', async () => {
  answer = { status: 200, body: { data: { facilities: null } } };
  await fetchThrough(new KyodoDataSource('facilities', url, 'secret-0123456789abcdef', 10_000));
  expect(received[TIMEOUT_HEADER]).toBe('9750');
  expect(timeLeftForSubgraph(10_000)).toBe(9750);
  expect(timeLeftForSubgraph(500)).toBe(450);
});

it("answers a 4xx GraphQL refusal as BAD_USER_INPUT with the subgraph's message and the variable's path", async () => {
  const message =
    'Variable "$f" got invalid value "2026-12-01T10:00:00" at "f.openAt"; Expected type "DateTime". DateTime must be ISO-8601 with an offset';
  answer = { status: 400, body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] } };
  const response = await fetchThrough(
    new KyodoDataSource('facilities', url, 'secret-0123456789abcdef', 10_000),
  );
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.message).toBe(message);
  expect(response.errors![0]!.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    serviceName: 'facilities',
    variable: 'f',
    argumentName: 'f.openAt',
  });
});

it('keeps SUBGRAPH_UNAVAILABLE for real outages: a 5xx and a refused connection', async () => {
  answer = { status: 503, body: 'upstream down' };
  await expect(
    fetchThrough(new KyodoDataSource('facilities', url, 'secret-0123456789abcdef', 10_000)),
  ).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'facilities' } });
  await expect(
    fetchThrough(
      new KyodoDataSource('facilities', 'http://127.0.0.1:9/graphql', 'secret-0123456789abcdef', 1000),
    ),
  ).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
});

it('reads the variable and path out of graphql-js coercion messages', () => {
  expect(variablePath('Variable "$date" got invalid value "2025-02-30"; Expected type "Date".')).toEqual({
    variable: 'date',
    path: 'date',
  });
  expect(variablePath('Cannot query field "x" on type "Query".')).toBeNull();
});
