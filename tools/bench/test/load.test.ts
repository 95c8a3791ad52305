import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { load } from '../src/compare/load.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('load', () => {
  let server: Server;
  let url: string;
  const seen: Seen[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        res.end(req.url?.includes('broken') || body.includes('broken') ? '{"errors":[{}]}' : '{"data":{}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
  });

  it('sends POST bodies in turn, as JSON, with the caller headers', async () => {
    const result = await load({
      url,
      headers: { authorization: 'Bearer t' },
      method: 'POST',
      requests: ['{"query":"{ a }"}', '{"query":"{ b }"}'],
      connections: 1,
      seconds: 1,
    });
    expect(result.failures).toBe(0);
    expect(result.requests).toBeGreaterThan(2);
    expect(seen.slice(0, 2).map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/graphql', '{"query":"{ a }"}'],
      ['POST', '/graphql', '{"query":"{ b }"}'],
    ]);
    expect(seen[0]!.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer t' });
  });

  it('sends GETs with the operation in the URL and the CSRF preflight header Apollo Server asks of a GET', async () => {
    const search = new URLSearchParams({ query: '{ a }', variables: '{"n":1}' }).toString();
    const result = await load({
      url,
      headers: {},
      method: 'GET',
      requests: [search],
      connections: 1,
      seconds: 1,
    });
    expect(result.failures).toBe(0);
    // (A request of the previous test still in flight when it ended may land here first.)
    const gets = seen.filter((r) => r.method === 'GET');
    expect(gets.length).toBeGreaterThan(2);
    for (const get of gets) {
      expect(get).toMatchObject({ url: `/graphql?${search}`, body: '' });
      expect(get.headers['apollo-require-preflight']).toBe('true');
      expect(get.headers['content-type']).toBeUndefined();
    }
  });

  it('counts answers with GraphQL errors as failures, and loads loopback addresses only', async () => {
    const result = await load({
      url,
      headers: {},
      method: 'GET',
      requests: ['query=broken'],
      connections: 1,
      seconds: 1,
    });
    expect(result.failures).toBe(result.requests);
    expect(result.firstFailure).toContain('errors');
    await expect(
      load({
        url: 'http://example.org/graphql',
        headers: {},
        method: 'GET',
        requests: [''],
        connections: 1,
        seconds: 1,
      }),
    ).rejects.toThrow('loopback addresses only');
  });
});
