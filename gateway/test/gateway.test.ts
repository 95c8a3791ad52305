import { createHash } from 'node:crypto';
import { issueLocalToken } from '../src/localToken.js';
import { OperationLimiter } from '../src/plugins/operationLimits.js';
import {
  type Harness,
  JWT_SECRET,
  type ResponseBody,
  fundingBehaviour,
  startHarness,
} from './support/harness.js';

const token = (role: 'resident' | 'member' | 'staff', ttlSeconds = 600, organizationIds: string[] = []) =>
  issueLocalToken({ sub: `test-${role}`, role, organizationIds }, JWT_SECRET, { ttlSeconds });

describe('gateway over two small subgraphs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      KYODO_MAX_DEPTH: '4',
      KYODO_MAX_COST: '200',
      KYODO_SUBGRAPH_TIMEOUT_MS: '300',
      KYODO_BODY_LIMIT: '2kb',
    });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => {
    fundingBehaviour.delayMs = 0;
  });

  it('answers a query that crosses both subgraphs', async () => {
    const res = await h.post({ query: '{ organizations { id name awardedTotal parent { name } } }' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        organizations: [
          { id: 'o1', name: 'Yaizu NPO', awardedTotal: 1_500_000, parent: null },
          { id: 'o2', name: 'Oigawa Council', awardedTotal: 0, parent: { name: 'Yaizu NPO' } },
        ],
      },
    });
  });

  describe('viewer and request id', () => {
    it('forwards an anonymous viewer when there is no token', async () => {
      const res = await h.post({ query: '{ whoami { sub role organizationIds } }' });
      expect(res.body.data.whoami).toEqual({ sub: null, role: 'anonymous', organizationIds: [] });
    });

    it('forwards the verified viewer in the signed headers the kit reads', async () => {
      const jwt = await token('member', 600, ['64b000000000000000000001']);
      const res = await h.post(
        { query: '{ whoami { sub role organizationIds } }' },
        { authorization: `Bearer ${jwt}` },
      );
      expect(res.body.data.whoami).toEqual({
        sub: 'test-member',
        role: 'member',
        organizationIds: ['64b000000000000000000001'],
      });
    });

    it('passes the caller x-request-id to subgraphs and echoes it', async () => {
      const res = await h.post({ query: '{ whoami { requestId } }' }, { 'x-request-id': 'req-abc-123' });
      expect(res.headers.get('x-request-id')).toBe('req-abc-123');
      expect(res.body.data.whoami.requestId).toBe('req-abc-123');
    });

    it('generates a request id when there is none (or it is not a sane token)', async () => {
      const res = await h.post(
        { query: '{ whoami { requestId } }' },
        { 'x-request-id': 'bad id with spaces' },
      );
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.data.whoami.requestId).toBe(id);
    });

    it('logs one line per request with operation name, duration and subgraph timings', async () => {
      h.logs.lines.length = 0;
      await h.post(
        { query: 'query Awards { organizations { name awardedTotal } }' },
        { 'x-request-id': 'log-line-1' },
      );
      const lines = h.logs.lines.filter((l) => l.requestId === 'log-line-1');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        msg: 'graphql request',
        operationName: 'Awards',
        status: 200,
        durationMs: expect.any(Number),
        subgraphFetches: 2,
        subgraphs: {
          organizations: { fetches: 1, ms: expect.any(Number), failed: 0 },
          funding: { fetches: 1, ms: expect.any(Number), failed: 0 },
        },
      });
    });
  });

  describe('authentication', () => {
    it('refuses an expired token with 401 UNAUTHENTICATED', async () => {
      const jwt = await token('staff', -60);
      const res = await h.post({ query: '{ whoami { role } }' }, { authorization: `Bearer ${jwt}` });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(res.body.errors[0]).toMatchObject({
        message: 'The token has expired',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('refuses a token signed with another secret', async () => {
      const jwt = await issueLocalToken(
        { sub: 'x', role: 'staff', organizationIds: [] },
        'another-secret-that-is-32-characters!!',
        {
          ttlSeconds: 600,
        },
      );
      const res = await h.post({ query: '{ whoami { role } }' }, { authorization: `Bearer ${jwt}` });
      expect(res.status).toBe(401);
      expect(res.body.errors[0].message).toBe("The token's signature is invalid");
    });

    it('refuses a header that is not a bearer JWT', async () => {
      const basic = await h.post({ query: '{ whoami { role } }' }, { authorization: 'Basic dXNlcjpwYXNz' });
      expect(basic.status).toBe(401);
      const garbage = await h.post({ query: '{ whoami { role } }' }, { authorization: 'Bearer not-a-jwt' });
      expect(garbage.status).toBe(401);
      expect(garbage.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('limits, checked before any subgraph is called', () => {
    it('refuses a query deeper than KYODO_MAX_DEPTH with QUERY_TOO_DEEP', async () => {
      h.organizations.requests = 0;
      const res = await h.post({
        query: '{ organizations { parent { parent { parent { parent { name } } } } } }',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({
        message: 'The query is 6 levels deep; the maximum is 4',
        extensions: { code: 'QUERY_TOO_DEEP', depth: 6, maxDepth: 4 },
      });
      expect(h.organizations.requests).toBe(0);
    });

    it('counts lists by their first argument (@listSize slicingArguments), from variables too', async () => {
      h.organizations.requests = 0;
      const query =
        'query Big($n: Int) { organizations(first: $n) { id name awardedTotal parent { id name } } }';
      const big = await h.post({ query, variables: { n: 50 } });
      expect(big.status).toBe(400);
      // 50 x (the item, id, name, awardedTotal (@cost 5), ...): the walk stops at the first item over budget.
      expect(big.body.errors[0]).toMatchObject({
        message: expect.stringContaining('estimated cost is more than 200; the maximum is 200'),
        extensions: { code: 'QUERY_TOO_COMPLEX', costIsLowerBound: true, maxCost: 200 },
      });
      expect(big.body.errors[0].extensions.cost).toBeGreaterThan(200);
      expect(h.organizations.requests).toBe(0);

      const small = await h.post({ query, variables: { n: 2 } });
      expect(small.status).toBe(200);
      expect(small.body.data.organizations).toHaveLength(2);

      // The same text again: its parsed document is reused, measured with each request's own variables.
      const again = await h.post({ query, variables: { n: 50 } });
      expect(again.status).toBe(400);
      expect(again.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(again.body).toEqual(big.body);
      expect(h.organizations.requests).toBe(1);
      // Each verdict is kept by query and variables: the small request's is not the big one's.
      const smallAgain = await h.post({ query, variables: { n: 2 } });
      expect(smallAgain.status).toBe(200);
      expect(h.organizations.requests).toBe(2);
    });

    it('remembers the verdict on a GET and on a persisted query as on a POST, by query and variables', async () => {
      const measured = jest.spyOn(OperationLimiter.prototype, 'check');
      try {
        const query =
          'query ByGet($n: Int) { organizations(first: $n) { id name awardedTotal parent { id name } } }';
        const get = async (params: Record<string, string>) => {
          const url = new URL(h.gateway.url);
          for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
          const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
          return { status: res.status, body: (await res.json()) as ResponseBody };
        };
        const small = { query, variables: JSON.stringify({ n: 2 }) };
        const big = { query, variables: JSON.stringify({ n: 50 }) };
        expect((await get(small)).status).toBe(200);
        expect((await get(small)).status).toBe(200);
        expect(measured).toHaveBeenCalledTimes(1);
        const refused = await get(big);
        expect(refused.status).toBe(400);
        expect(refused.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
        expect(await get(big)).toEqual(refused);
        expect(measured).toHaveBeenCalledTimes(2);

        // A persisted query's text is known by its hash alone: registered by POST, then asked for by GET.
        const persisted = '{ organizations(first: 1) { id name parent { id } } }';
        const extensions = JSON.stringify({
          persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(persisted).digest('hex') },
        });
        expect((await h.post({ query: persisted, extensions: JSON.parse(extensions) })).status).toBe(200);
        expect(measured).toHaveBeenCalledTimes(3);
        const byHash = await get({ extensions });
        expect(byHash.status).toBe(200);
        expect(byHash.body.data.organizations).toHaveLength(1);
        expect(measured).toHaveBeenCalledTimes(3);
      } finally {
        measured.mockRestore();
      }
    });

    it('assumes the @listSize assumedSize (20) when first is left out', async () => {
      const res = await h.post({ query: '{ organizations { id name parent { id name } } }' });
      expect(res.status).toBe(200);
      const over = await h.post({
        query: '{ organizations { id name parent { id name } } a: organizations { id name awardedTotal } }',
      });
      // 20 x 6, then 20 x (1 + id + name + awardedTotal 5) = 280
      expect(over.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 200 });
    });

    it('checks a GET query too, where the body carries no operation', async () => {
      h.organizations.requests = 0;
      const url = new URL(h.gateway.url);
      url.searchParams.set('query', '{ organizations { parent { parent { parent { parent { name } } } } } }');
      const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ResponseBody;
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 6 });
      expect(h.organizations.requests).toBe(0);
    });

    it('counts every alias', async () => {
      const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i}: name`).join(' ');
      // 10 x (the item, id, 9 aliases) = 110
      const ok = await h.post({ query: `{ organizations(first: 10) { id ${names(9)} } }` });
      expect(ok.status).toBe(200);
      // 10 x (the item, id, 19 aliases) = 210
      const over = await h.post({ query: `{ organizations(first: 10) { id ${names(19)} } }` });
      expect(over.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 200 });
    });

    it('refuses a body over KYODO_BODY_LIMIT with 413', async () => {
      const res = await h.post({ query: `{ organizations { id } } # ${'x'.repeat(4000)}` });
      expect(res.status).toBe(413);
      expect(res.body.errors[0]).toEqual({
        message: 'The request body is larger than the 2kb limit',
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      });
    });

    it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
      const res = await h.post('{"query": "{ organizations { id } }"');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(res.body.errors[0].message).toMatch(/^The request body is not valid JSON/);
    });

    it('refuses a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
      const res = await h.post({
        query: 'query($n: Int) { organizations(first: $n) { id } }',
        variables: { n: 'ten' },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toContain('$n');
    });

    it('refuses a simple (CSRF-able) request without a preflight header', async () => {
      const res = await fetch(h.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('CSRF');
    });
  });

  describe('automatic persisted queries', () => {
    const query = '{ organizations { id } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    it('asks for the query on an unknown hash, then answers from the hash alone', async () => {
      const miss = await h.post({ extensions });
      expect(miss.body.errors[0]).toMatchObject({
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      });
      const register = await h.post({ query, extensions });
      expect(register.body.data.organizations).toHaveLength(2);
      const hit = await h.post({ extensions });
      expect(hit.status).toBe(200);
      expect(hit.body).toEqual(register.body);
    });

    it('answers a persisted query by GET, as CDNs cache it', async () => {
      const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
      const res = await fetch(`${h.gateway.url}?${params.toString()}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as ResponseBody).data.organizations).toEqual([{ id: 'o1' }, { id: 'o2' }]);
    });

    it('refuses a hash that does not match the query', async () => {
      const res = await h.post({ query: '{ organizations { name } }', extensions });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toBe('provided sha does not match query');
    });
  });

  describe('a slow subgraph', () => {
    it('is cut off after KYODO_SUBGRAPH_TIMEOUT_MS: partial data and an error naming it', async () => {
      fundingBehaviour.delayMs = 3000;
      const res = await h.post({ query: '{ organizations { id name awardedTotal } }' });
      expect(res.status).toBe(200);
      expect(res.body.data.organizations).toEqual([
        { id: 'o1', name: 'Yaizu NPO', awardedTotal: null },
        { id: 'o2', name: 'Oigawa Council', awardedTotal: null },
      ]);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0]).toMatchObject({
        message: 'The funding subgraph did not answer within 300 ms',
        extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'funding' },
      });
    });
  });

  describe('landing page', () => {
    // The bundled assets are loaded with a dynamic import(), which jest's CommonJS sandbox cannot run; the
    // end-to-end suite fetches them from the real gateway process.
    it('serves Ruru from the gateway itself, with no CDN', async () => {
      const page = await fetch(new URL('/', h.gateway.url), { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('ruru-root');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).toContain('href="/ruru-static/ruru.js"');
    });

    it('serves the page to a browser opening /graphql', async () => {
      const page = await fetch(h.gateway.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('ruru-root');
    });
  });

  it('says it is live and ready', async () => {
    expect((await fetch(new URL('/health', h.gateway.url))).status).toBe(200);
    const ready = await fetch(new URL('/ready', h.gateway.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { organizations: 'ready', funding: 'ready' },
    });
  });
});

describe('a subgraph that is down', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.funding.stop();
  });
  afterAll(async () => {
    await h.gateway.stop();
    await h.organizations.stop();
  });

  it('leaves its fields null and names it in the error; the rest of the data comes back', async () => {
    const res = await h.post({ query: '{ organizations { name awardedTotal } }' });
    expect(res.status).toBe(200);
    expect(res.body.data.organizations).toEqual([
      { name: 'Yaizu NPO', awardedTotal: null },
      { name: 'Oigawa Council', awardedTotal: null },
    ]);
    expect(res.body.errors[0]).toMatchObject({
      message: 'The funding subgraph is unavailable: ECONNREFUSED',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'funding' },
    });
  });

  it('makes /ready answer 503 naming it', async () => {
    const ready = await fetch(new URL('/ready', h.gateway.url));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      message: 'Not ready: funding',
      missing: ['funding'],
      subgraphs: { organizations: 'ready', funding: 'ECONNREFUSED' },
    });
  });
});

describe('production mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('turns introspection off', async () => {
    const res = await h.post({ query: '{ __schema { queryType { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('sends no stack traces', async () => {
    const res = await h.post({ query: '{ organizations { nope } }' });
    expect(res.body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('serves no landing page', async () => {
    const res = await fetch(new URL('/', h.gateway.url), { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
  });
});

describe('CORS from KYODO_CORS_ORIGINS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ KYODO_CORS_ORIGINS: 'https://app.example.org' });
  });
  afterAll(async () => {
    await h.stop();
  });

  const preflight = (origin: string) =>
    fetch(h.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('allows a configured origin, and exposes the request id to it', async () => {
    const res = await preflight('https://app.example.org');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const post = await h.post({ query: '{ organizations { id } }' }, { origin: 'https://app.example.org' });
    expect(post.headers.get('access-control-expose-headers')).toBe('x-request-id');
  });

  it('gives any other origin no permission', async () => {
    const res = await preflight('https://evil.example.net');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
