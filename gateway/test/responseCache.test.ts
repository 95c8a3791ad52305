import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import pino from 'pino';
import { issueLocalToken } from '../src/localToken.js';
import { type RunningGateway, startGateway } from '../src/server.js';
import { INTERNAL_SECRET, JWT_SECRET, LogCapture, supergraphOf, testConfig } from './support/harness.js';
import { type TinySubgraph, startTinySubgraph } from './support/tinySubgraph.js';

// A public notice board whose answer may be cached for 10 s; each subgraph run returns a new version.
const BOARD_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
type Query {
  notice(board: String!): Notice @cacheControl(maxAge: 10)
}
type Notice {
  board: String!
  version: Int!
}
`;
const QUERY = 'query Notice($board: String!) { notice(board: $board) { board version } }';

describe('the response cache serves a stale answer while one refresh runs', () => {
  let subgraph: TinySubgraph;
  let gateway: RunningGateway;
  let version = 0;
  // While set, the subgraph's resolver waits for it: a refresh in flight that has not answered yet.
  let held: Promise<void> | null = null;
  // The cache's clock: lru-cache treats a start of 0 as "no TTL", so it starts well above it.
  let now = 1_000_000;

  beforeAll(async () => {
    subgraph = await startTinySubgraph(
      'organizations',
      BOARD_SDL,
      parse(BOARD_SDL),
      {
        Query: {
          notice: async (_: unknown, args: { board: string }) => {
            version += 1;
            const answer = { board: args.board, version };
            if (held) await held;
            return answer;
          },
        },
      },
      INTERNAL_SECRET,
    );
    gateway = await startGateway(testConfig([subgraph]), {
      supergraphSdl: supergraphOf([subgraph]),
      logger: pino({ level: 'warn' }, new LogCapture()),
      responseCacheClock: () => now,
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
  });

  const ask = async (board = 'city-hall') => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { board } }),
    });
    const body = (await response.json()) as { data: { notice: { version: number } } };
    if (!body.data?.notice) throw new Error(JSON.stringify(body));
    return { version: body.data.notice.version, cacheControl: response.headers.get('cache-control') };
  };
  const until = async (check: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 200; i += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('condition never met');
  };

  it('answers from the cache while fresh, from the stale copy with one background refresh, then afresh', async () => {
    const first = await ask();
    expect(first).toEqual({ version: 1, cacheControl: 'max-age=10, public' });
    expect(subgraph.requests).toBe(1);

    now += 5_000; // fresh
    expect((await ask()).version).toBe(1);
    expect(subgraph.requests).toBe(1);

    now += 7_000; // 12 s: stale, within the grace of another 10 s
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    // Sixteen callers at once all get the stale copy without waiting, although the refresh cannot answer yet.
    const concurrent = await Promise.all(Array.from({ length: 16 }, () => ask()));
    expect(concurrent.map((answer) => answer.version)).toEqual(Array(16).fill(1));
    await until(() => subgraph.requests === 2);
    expect((await ask()).version).toBe(1);
    expect(subgraph.requests).toBe(2); // one refresh, never a stampede

    held = null;
    release();
    await until(async () => (await ask()).version === 2);
    expect(subgraph.requests).toBe(2);
  });

  it('never serves an answer older than twice its max-age: past the grace a caller waits for a fresh one', async () => {
    const board = 'library';
    const first = (await ask(board)).version;
    const requests = subgraph.requests;

    now += 20_001; // max-age + grace (10 s + 10 s) passed without a caller
    expect((await ask(board)).version).toBe(first + 1);
    expect(subgraph.requests).toBe(requests + 1);
    expect((await ask(board)).version).toBe(first + 1);
    expect(subgraph.requests).toBe(requests + 1);
  });
});

describe('the response cache sends stored bytes and shares one first run', () => {
  let subgraph: TinySubgraph;
  let gateway: RunningGateway;
  let logs: LogCapture;
  let version = 0;
  // While set, the subgraph's resolver waits for it; `failing` boards answer with an error instead.
  let held: Promise<void> | null = null;
  const failing = new Set<string>();
  let now = 1_000_000;

  beforeAll(async () => {
    subgraph = await startTinySubgraph(
      'organizations',
      BOARD_SDL,
      parse(BOARD_SDL),
      {
        Query: {
          notice: async (_: unknown, args: { board: string }) => {
            version += 1;
            const answer = { board: args.board, version };
            if (held) await held;
            if (failing.delete(args.board)) throw new Error('the board is being repainted');
            return answer;
          },
        },
      },
      INTERNAL_SECRET,
    );
    logs = new LogCapture();
    gateway = await startGateway(testConfig([subgraph], { KYODO_CORS_ORIGINS: 'https://app.example.org' }), {
      supergraphSdl: supergraphOf([subgraph]),
      logger: pino({ level: 'info' }, logs),
      responseCacheClock: () => now,
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
  });

  const post = async (board: string, headers: Record<string, string> = {}, query = QUERY) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables: { board } }),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  /** A hit carries what the Express-served answer carried (each header named, so a mismatch says which). */
  const expectSameHeaders = (hit: { headers: Headers }, miss: { headers: Headers }, names: string[]) => {
    for (const name of names) expect([name, hit.headers.get(name)]).toEqual([name, miss.headers.get(name)]);
  };
  const hold = () => {
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    return () => {
      held = null;
      release();
    };
  };
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200; i += 1) {
      if (check()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('condition never met');
  };

  it('answers a hit with the bytes first sent, its max-age, an Age from the cache clock and one entity tag', async () => {
    const first = await post('harbour');
    expect(first.status).toBe(200);
    const requests = subgraph.requests;

    now += 4_000;
    const hit = await post('harbour');
    expect(subgraph.requests).toBe(requests);
    expect(hit.status).toBe(200);
    expect(hit.text).toBe(first.text);
    expect(hit.text).toBe(`${JSON.stringify(JSON.parse(first.text))}\n`);
    expect(hit.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(hit.headers.get('cache-control')).toBe('max-age=10, public');
    expect(hit.headers.get('age')).toBe('4');
    expect(hit.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const etag = hit.headers.get('etag');
    expect(etag).toBe(first.headers.get('etag'));
    expect((await post('harbour')).headers.get('etag')).toBe(etag);

    // The GraphQL media type when the client prefers it, as Apollo Server negotiates it.
    const typed = await post('harbour', { accept: 'application/graphql-response+json' });
    expect(typed.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(typed.text).toBe(first.text);
    expect(subgraph.requests).toBe(requests);

    // The request log names the operation of a hit, as it does for one Apollo Server answered.
    const lines = logs.lines.filter((l) => l.msg === 'graphql request');
    expect(lines.at(-1)).toMatchObject({ operationName: 'Notice', status: 200, subgraphFetches: 0 });
  });

  it('gives a hit the headers any answer to that caller carries: CORS for its origin, its request id, the log line', async () => {
    const origin = { origin: 'https://app.example.org', 'x-request-id': 'dashboard-1' };
    const miss = await post('quay', origin);
    const hit = await post('quay', { ...origin, 'x-request-id': 'dashboard-2' });
    expect(hit.text).toBe(miss.text);
    expectSameHeaders(hit, miss, [
      'access-control-allow-origin',
      'access-control-expose-headers',
      'vary',
      'content-type',
    ]);
    expect(hit.headers.get('access-control-allow-origin')).toBeTruthy();
    // A shared cache (a CDN) keeps the anonymous copy for anonymous requests only (graphqlRouteHeaders.ts).
    expect(hit.headers.get('vary')).toBe('Origin, Authorization');
    expect(hit.headers.get('x-request-id')).toBe('dashboard-2');
    expect(hit.headers.get('content-length')).toBe(String(Buffer.byteLength(hit.text)));
    const line = logs.lines.filter((l) => l.msg === 'graphql request').at(-1);
    expect(line).toMatchObject({
      requestId: 'dashboard-2',
      method: 'POST',
      status: 200,
      operationName: 'Notice',
    });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('answers a persisted-query GET for the same operation from the same entry, with the same bytes and headers', async () => {
    const first = await post('station');
    const requests = subgraph.requests;
    now += 2_000;
    const url = new URL(gateway.url);
    const sha256Hash = createHash('sha256').update(QUERY).digest('hex');
    url.searchParams.set('variables', JSON.stringify({ board: 'station' }));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    url.searchParams.set('query', QUERY);
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.text()).toBe(first.text);
    expect(get.headers.get('cache-control')).toBe('max-age=10, public');
    expect(get.headers.get('age')).toBe('2');
    expect(subgraph.requests).toBe(requests);
  });

  /**
   * A GET with the CSRF preflight header Apollo Server asks of a GET (unless `headers` say otherwise), of a text no
   * other test sends: Apollo Server's persisted-query store never holds its hash.
   */
  const GET_QUERY = 'query NoticeByGet($board: String!) { notice(board: $board) { board version } }';
  const get = async (params: Record<string, string>, headers: Record<string, string> = {}) => {
    const url = new URL(gateway.url);
    for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const QUERY_HASH = createHash('sha256').update(GET_QUERY).digest('hex');
  const byHash = (board: string, version = 1) => ({
    variables: JSON.stringify({ board }),
    extensions: JSON.stringify({ persistedQuery: { version, sha256Hash: QUERY_HASH } }),
  });

  it('answers a GET by its text, with the headers Express sends, and 304 when If-None-Match names the answer', async () => {
    const params = { query: GET_QUERY, variables: JSON.stringify({ board: 'pier' }) };
    const origin = { origin: 'https://app.example.org' };
    const miss = await get(params, origin);
    expect(miss.status).toBe(200);
    const requests = subgraph.requests;
    now += 3_000;
    const hit = await get(params, { ...origin, 'x-request-id': 'mobile-1' });
    expect(subgraph.requests).toBe(requests);
    expect(hit.status).toBe(200);
    expect(hit.text).toBe(miss.text);
    expectSameHeaders(hit, miss, [
      'content-type',
      'cache-control',
      'etag',
      'vary',
      'access-control-allow-origin',
      'access-control-expose-headers',
    ]);
    expect(hit.headers.get('age')).toBe('3');
    expect(hit.headers.get('x-request-id')).toBe('mobile-1');
    expect(logs.lines.filter((l) => l.msg === 'graphql request').at(-1)).toMatchObject({
      requestId: 'mobile-1',
      method: 'GET',
      status: 200,
      operationName: 'NoticeByGet',
    });

    // A client (or CDN) revalidating what it holds: 304 with no body, as Express answers a fresh GET. (Without a
    // Cache-Control of its own, fetch sends `no-cache` with If-None-Match, which asks for the whole answer.)
    const revalidate = { 'if-none-match': String(miss.headers.get('etag')), 'cache-control': 'max-age=0' };
    const revalidated = await get(params, revalidate);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.get('etag')).toBe(miss.headers.get('etag'));
    expect(revalidated.headers.get('cache-control')).toBe('max-age=10, public');
    expect(revalidated.headers.get('content-type')).toBeNull();
    expect((await get(params, { ...revalidate, 'if-none-match': 'W/"something-else"' })).status).toBe(200);
    expect((await get(params, { ...revalidate, 'cache-control': 'no-cache' })).status).toBe(200);
    expect(subgraph.requests).toBe(requests);
  });

  it('answers a persisted-query GET by its hash alone from the answer a POST of the text stored', async () => {
    const posted = await post('ferry', {}, GET_QUERY);
    const requests = subgraph.requests;
    // Apollo Server's persisted-query store never saw this hash (the POST carried no extension): were the GET left
    // to it, it would answer PersistedQueryNotFound. The cache knows the text by its hash.
    const hit = await get(byHash('ferry'));
    expect(hit.status).toBe(200);
    expect(hit.text).toBe(posted.text);
    expect(hit.headers.get('cache-control')).toBe('max-age=10, public');
    expect(subgraph.requests).toBe(requests);
    // Another board's hash-only GET is a miss: left to Apollo Server, which asks for the text.
    const unknown = await get(byHash('lighthouse'));
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('leaves to Apollo Server, even when the answer is cached, every GET it would refuse or check itself', async () => {
    const params = { query: GET_QUERY, variables: JSON.stringify({ board: 'ferry' }) };
    await post('ferry', {}, GET_QUERY);
    const requests = subgraph.requests;
    const message = async (answer: Promise<{ status: number; text: string }>) => {
      const { status, text } = await answer;
      return [status, (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message];
    };
    // No CSRF preflight header: refused as a possible cross-site request.
    expect(await message(get(params, { 'apollo-require-preflight': '' }))).toEqual([
      400,
      expect.stringContaining('Cross-Site Request Forgery'),
    ]);
    expect(await message(get(params, { 'content-type': 'text/plain' }))).toEqual([
      415,
      expect.stringContaining('content-type'),
    ]);
    expect(await message(get({ ...params, operationName: 'Notice' }, {}))).not.toEqual([
      400,
      expect.anything(),
    ]);
    const twice = new URL(gateway.url);
    twice.search = `query=${encodeURIComponent(GET_QUERY)}&variables=${encodeURIComponent('{"board":"ferry"}')}&variables=${encodeURIComponent('{"board":"ferry"}')}`;
    const duplicated = await fetch(twice, { headers: { 'apollo-require-preflight': 'true' } });
    expect(duplicated.status).toBe(400);
    expect(await duplicated.text()).toContain('may only be specified once');
    expect(await message(get({ query: GET_QUERY, variables: '{"board":' }))).toEqual([
      400,
      expect.stringContaining('invalid JSON'),
    ]);
    expect(await message(get(byHash('ferry', 2)))).toEqual([400, 'Unsupported persisted query version']);
    expect(subgraph.requests).toBe(requests);
    // A signed-in caller's GET runs afresh, marked private.
    const jwt = await issueLocalToken({ sub: 'staff-1', role: 'staff', organizationIds: [] }, JWT_SECRET, {
      ttlSeconds: 600,
    });
    const signedIn = await get(params, { authorization: `Bearer ${jwt}` });
    expect(signedIn.headers.get('cache-control')).toBe('max-age=10, private');
    expect(subgraph.requests).toBe(requests + 1);
  });

  it('sends anonymous callers asking at once for an uncached answer to one run, and gives them its answer', async () => {
    const before = subgraph.requests;
    const logged = logs.lines.length;
    const release = hold();
    const callers = Promise.all(Array.from({ length: 8 }, () => post('museum')));
    await until(() => subgraph.requests === before + 1);
    // The others wait for that run rather than each planning and running its own (whose identical subgraph fetches
    // the data source would merge, so the log's per-request fetches are what tells them apart).
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const answers = await callers;
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.map((a) => [a.status, a.headers.get('cache-control')])).toEqual(
      Array(8).fill([200, 'max-age=10, public']),
    );
    expect(subgraph.requests).toBe(before + 1);
    const fetches = logs.lines
      .slice(logged)
      .filter((l) => l.msg === 'graphql request')
      .map((l) => l.subgraphFetches);
    expect(fetches.sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('never shares an answer with errors: the callers who waited for it run their own', async () => {
    failing.add('pool');
    const requests = subgraph.requests;
    const release = hold();
    const callers = Promise.all(Array.from({ length: 4 }, () => post('pool')));
    await until(() => subgraph.requests === requests + 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(subgraph.requests).toBe(requests + 1);
    release();
    const answers = (await callers).map((a) => JSON.parse(a.text) as { data?: unknown; errors?: unknown[] });
    expect(answers.filter((a) => a.errors).length).toBe(1);
    expect(answers.filter((a) => !a.errors && a.data).length).toBe(3);
    expect(subgraph.requests).toBeGreaterThan(requests + 1);
  });

  it('never makes a signed-in caller wait for, or read, an anonymous run', async () => {
    const jwt = await issueLocalToken({ sub: 'staff-1', role: 'staff', organizationIds: [] }, JWT_SECRET, {
      ttlSeconds: 600,
    });
    const release = hold();
    const before = subgraph.requests;
    const anonymous = post('school');
    await until(() => subgraph.requests === before + 1);
    const requests = subgraph.requests;
    const signedIn = post('school', { authorization: `Bearer ${jwt}` });
    await until(() => subgraph.requests === requests + 1);
    release();
    const [a, s] = await Promise.all([anonymous, signedIn]);
    expect(a.headers.get('cache-control')).toBe('max-age=10, public');
    expect(s.headers.get('cache-control')).toBe('max-age=10, private');
    // Cached now, but still not for a signed-in caller.
    await post('school', { authorization: `Bearer ${jwt}` });
    expect(subgraph.requests).toBe(requests + 2);
  });
});

describe('the response cache and a new supergraph', () => {
  let subgraph: TinySubgraph;
  let gateway: RunningGateway;
  let dir: string;

  beforeAll(async () => {
    subgraph = await startTinySubgraph(
      'organizations',
      BOARD_SDL,
      parse(BOARD_SDL),
      { Query: { notice: (_: unknown, args: { board: string }) => ({ board: args.board, version: 1 }) } },
      INTERNAL_SECRET,
    );
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-cache-supergraph-'));
    writeFileSync(path.join(dir, 'supergraph.graphql'), supergraphOf([subgraph]));
    gateway = await startGateway(
      testConfig([subgraph], {
        KYODO_SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'),
        KYODO_SUPERGRAPH_POLL_MS: '50',
      }),
      { logger: pino({ level: 'warn' }, new LogCapture()) },
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { board: 'port' } }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };

  it('empties it: cached answers were validated against the old schema', async () => {
    await post(QUERY);
    const requests = subgraph.requests;
    await post(QUERY);
    expect(subgraph.requests).toBe(requests);

    // The same subgraph composed again with a description: a new supergraph text, so a hot swap.
    const described = { ...subgraph, sdl: BOARD_SDL.replace('type Notice {', '"A notice"\ntype Notice {') };
    writeFileSync(path.join(dir, 'supergraph.graphql'), supergraphOf([described]));
    const probe = '{ __type(name: "Notice") { description } }';
    for (let i = 0; i < 100; i += 1) {
      const answer = (await post(probe)) as { data?: { __type?: { description?: string } } };
      if (answer.data?.__type?.description === 'A notice') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const before = subgraph.requests;
    expect(await post(QUERY)).toEqual({ data: { notice: { board: 'port', version: 1 } } });
    expect(subgraph.requests).toBe(before + 1);
  });
});
