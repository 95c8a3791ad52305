import { parse } from 'graphql';
import pino from 'pino';
import { type RunningGateway, startGateway } from '../src/server.js';
import { INTERNAL_SECRET, LogCapture, supergraphOf, testConfig } from './support/harness.js';
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
