import { exampleQuery } from '@kyodo/gateway';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { getIntrospectionQuery } from 'graphql';
import { type GraphResponse, type RunningGraph, startGraph, token } from '../src/graph.js';

/**
 * The abuse corpus for the gateway's limits: each hostile request the issue measured, and the OWASP GraphQL
 * cheat-sheet shapes, sent over HTTP to the real graph (five processes). Each must be refused with its documented
 * code before any subgraph works on it; afterwards /health and an ordinary query still answer. How long each
 * refusal took is printed (a figure, not an assertion: speed is checked where it is measured, not in tests).
 */

// One graph for the whole file: starting five processes and seeding four databases is the slow part.
let graph: RunningGraph;
const timings: Array<{ case: string; bytes: number; status: number; code: string; ms: number }> = [];

beforeAll(async () => {
  graph = await startGraph();
}, 180_000);

afterAll(async () => {
  if (timings.length > 0) {
    const rows = timings.map(
      (t) =>
        `  ${t.case.padEnd(58)} ${String(t.bytes).padStart(7)} B  ${String(t.status).padStart(3)}  ${t.code.padEnd(26)} ${t.ms.toFixed(1).padStart(7)} ms`,
    );
    console.log(`abuse corpus, time to answer each case:\n${rows.join('\n')}`);
  }
  await graph?.stop();
});

const repeat = (n: number, item: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => item(i)).join(' ');

/** Sends a raw body and records how long the answer took and its code. */
async function send(name: string, body: string): Promise<GraphResponse> {
  const started = performance.now();
  const res = await graph.post(graph.gatewayUrl, body);
  const ms = performance.now() - started;
  const code = (Array.isArray(res.body?.errors) && res.body.errors[0]?.extensions?.code) || '-';
  timings.push({ case: name, bytes: Buffer.byteLength(body), status: res.status, code, ms });
  return res;
}

const request = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

function expectRefused(res: GraphResponse, code: string, extensions: Record<string, unknown> = {}) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors[0].extensions).toMatchObject({ code, ...extensions });
}

const NEAR = '{ lat: 34.86, lng: 138.32 }';

describe('the cost model counts work', () => {
  it('refuses 24 levels of doubled fragments (2^23 fields spread out)', async () => {
    const fragments = repeat(24, (i) =>
      i < 23
        ? `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} }`
        : `fragment F${i} on Organization { name }`,
    );
    const res = await send(
      'exponential fragments, 24 levels',
      request(`{ organizations(first: 1) { edges { node { ...F0 } } } } ${fragments}`),
    );
    expectRefused(res, 'QUERY_TOO_COMPLEX', { maxCost: 12000, costIsLowerBound: true });
    expect(res.body.errors[0].extensions.cost).toBeGreaterThan(12000);
  });

  it('refuses 1,000 aliases of facilitiesNear over the whole city', async () => {
    const query = `{ ${repeat(1000, (i) => `n${i}: facilitiesNear(near: ${NEAR}, radiusMeters: 50000, first: 1) { totalCount }`)} }`;
    const res = await send('1,000 x facilitiesNear(radiusMeters: 50000)', request(query));
    expectRefused(res, 'TOO_MANY_ROOT_FIELDS', { rootFields: 1000, maxRootFields: 15 });
  });

  it('refuses 1,500 districtAt and 400 fundingSummary', async () => {
    const districtAt = await send(
      '1,500 x districtAt',
      request(`{ ${repeat(1500, (i) => `d${i}: districtAt(lat: 34.86, lng: 138.32) { code }`)} }`),
    );
    expectRefused(districtAt, 'TOO_MANY_ROOT_FIELDS', { rootFields: 1500 });
    const summaries = await send(
      '400 x fundingSummary',
      request(
        `{ ${repeat(400, (i) => `s${i}: fundingSummary(fiscalYear: 2024, groupBy: DISTRICT) { totals { awardCount } }`)} }`,
      ),
    );
    expectRefused(summaries, 'TOO_MANY_ROOT_FIELDS', { rootFields: 400 });
  });

  it('refuses fifteen geo searches by their cost, under the root-field limit', async () => {
    const query = `{ ${repeat(15, (i) => `n${i}: facilitiesNear(near: ${NEAR}, radiusMeters: 50000, first: 1) { totalCount }`)} }`;
    const res = await send('15 x facilitiesNear (cost 1,000 each)', request(query));
    expectRefused(res, 'QUERY_TOO_COMPLEX', { maxCost: 12000 });
  });

  it('refuses 2,500 __typename aliases under organizations(first: 100)', async () => {
    const query = `{ organizations(first: 100) { edges { node { ${repeat(2500, (i) => `t${i}: __typename`)} } } } }`;
    const res = await send('2,500 x __typename under organizations(first: 100)', request(query));
    expectRefused(res, 'TOO_MANY_ALIASES', { aliases: 2500, maxAliases: 30 });
  });

  it('counts first from a variable default ($n: Int = 100)', async () => {
    const query = `query Page($n: Int = 100) { organizations(first: $n) { edges { node {
      name awards { amount program { nameJa } } evaluations { type overall findings } managedFacilities { nameJa } } } } }`;
    const res = await send('$n: Int = 100 variable default', request(query));
    expectRefused(res, 'QUERY_TOO_COMPLEX', { maxCost: 12000 });
    // The same page of 20 passes: the refusal is the default's 100, not the shape.
    const twenty = await graph.query(query, { n: 20 });
    expect(twenty.status).toBe(200);
    expect(twenty.body.errors).toBeUndefined();
    expect(twenty.body.data.organizations.edges).toHaveLength(20);
  });

  it('refuses 600 __schema aliases, and still answers one introspection query', async () => {
    const res = await send(
      '600 x __schema',
      request(`{ ${repeat(600, (i) => `s${i}: __schema { types { name fields { name } } }`)} }`),
    );
    expectRefused(res, 'TOO_MANY_ROOT_FIELDS', { rootFields: 600 });
    const one = await graph.query('{ __schema { types { name fields { name } } } }');
    expect(one.status).toBe(200);
    expect(one.body.data.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('OWASP GraphQL cheat-sheet shapes', () => {
  it('refuses deep nesting with QUERY_TOO_DEEP', async () => {
    const open = repeat(40, () => 'council {');
    const close = repeat(40, () => '}');
    const res = await send(
      'deep nesting (40 x council)',
      request(`{ organizations(first: 1) { edges { node { ${open} name ${close} } } } }`),
    );
    expectRefused(res, 'QUERY_TOO_DEEP', { depth: 44, maxDepth: 12 });
  });

  it('refuses nesting far past the limit without recursing through it', async () => {
    const nested = (levels: number) =>
      request(
        `{ organizations(first: 1) { edges { node { ${'council { '.repeat(levels)} name ${'} '.repeat(levels)} } } } }`,
      );
    const deep = await send('deep nesting (600 x council)', nested(600));
    expectRefused(deep, 'QUERY_TOO_DEEP', { maxDepth: 12 });
    // Deeper still, graphql-js's parser gives up first.
    const deeper = await send('deep nesting (8,000 x council)', nested(8000));
    expectRefused(deeper, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses alias duplication with TOO_MANY_ALIASES', async () => {
    const res = await send(
      'alias duplication (1,000 x n: name)',
      request(`{ organizations(first: 100) { edges { node { ${repeat(1000, (i) => `n${i}: name`)} } } } }`),
    );
    expectRefused(res, 'TOO_MANY_ALIASES', { aliases: 1000 });
  });

  it('refuses field duplication by its cost, before graphql-js compares the copies', async () => {
    for (const copies of [300, 3000]) {
      const res = await send(
        `field duplication (${copies.toLocaleString('en')} x name)`,
        request(`{ organizations(first: 100) { edges { node { ${repeat(copies, () => 'name')} } } } }`),
      );
      expectRefused(res, 'QUERY_TOO_COMPLEX', { maxCost: 12000 });
    }
  });

  it('refuses directive overload (5,000 @include on one field) in validation', async () => {
    const res = await send(
      'directive overload (5,000 x @include)',
      request(`{ districts { code ${repeat(5000, () => '@include(if: true)')} } }`),
    );
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED');
    // graphql-js stops at 100 errors: the answer stays small.
    expect(res.body.errors.length).toBeLessThanOrEqual(101);
  });

  it('refuses HTTP batches', async () => {
    const one = { query: '{ districts { code } }' };
    const res = await send('batching (an array of 100 operations)', JSON.stringify(Array(100).fill(one)));
    expectRefused(res, 'BAD_REQUEST');
    expect(res.body.errors[0].message).toMatch(/batching/i);
  });

  it('refuses a huge string variable and a huge list variable', async () => {
    const search = await send(
      'huge string variable (90,000 characters)',
      request('query($s: String) { organizations(filter: { search: $s }) { totalCount } }', {
        s: 'a'.repeat(90_000),
      }),
    );
    expectRefused(search, 'BAD_USER_INPUT', { input: '$s', length: 90_000, maxLength: 10_000 });
    const kinds = await send(
      'huge list variable (5,000 kinds)',
      request('query($k: [OrganizationKind!]) { organizations(filter: { kinds: $k }) { totalCount } }', {
        k: Array(5000).fill('NPO_CORPORATION'),
      }),
    );
    expectRefused(kinds, 'BAD_USER_INPUT', { input: '$k', items: 5000, maxItems: 100 });
  });
});

describe('what the three kinds of user ask still passes, at its stated size', () => {
  const answered = (res: GraphResponse) => {
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  };

  it('answers the DistrictDashboard `npm start` prints, at organizations(first: 50)', async () => {
    // The one `npm start` prints for a graph dated TEST_NOW, as this one is.
    expect(exampleQuery(TEST_NOW)).toContain('organizations(first: 50)');
    const res = await send('DistrictDashboard (first: 50), answered', request(exampleQuery(TEST_NOW)));
    answered(res);
    expect(res.body.data.district.organizations.totalCount).toBeGreaterThan(0);
  });

  it('answers a mobile facilitiesNear page of 50', async () => {
    const query = `query Near($near: GeoPointInput!) {
      facilitiesNear(near: $near, radiusMeters: 3000, first: 50) {
        totalCount
        edges { distanceMeters node { id nameJa kind location { lat lng } accessibility { stepFree } rooms { capacity } } }
      }
    }`;
    const res = await send(
      'facilitiesNear page of 50, answered',
      request(query, { near: { lat: 34.8706, lng: 138.3186 } }),
    );
    answered(res);
    expect(res.body.data.facilitiesNear.edges.length).toBeGreaterThan(20);
  });

  it('answers the staff report', async () => {
    const query = `query Report($fiscalYear: Int!) {
      byProgram: fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) {
        totals { awardedTotal awardCount }
        groups { key program { id nameJa } awardedTotal awardCount }
      }
      byDistrict: fundingSummary(fiscalYear: $fiscalYear, groupBy: DISTRICT) {
        groups { key district { nameJa } awardedTotal awardCount }
      }
      indicators(filter: { scope: CITY }, first: 50) { totalCount edges { node { id nameJa progress onTrack } } }
    }`;
    const res = await graph.query(query, { fiscalYear: 2024 }, await token('staff'));
    answered(res);
    expect(res.body.data.byProgram.groups.length).toBeGreaterThan(0);
  });

  it('answers the full introspection query (development)', async () => {
    const res = await send('full introspection query, answered', request(getIntrospectionQuery()));
    answered(res);
    expect(res.body.data.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('after the corpus', () => {
  it('still answers /health and an ordinary query', async () => {
    const started = performance.now();
    const health = await fetch(new URL('/health', graph.gatewayUrl));
    expect(health.status).toBe(200);
    const ordinary = await graph.query(
      '{ district(code: "yaizu-16") { nameJa organizations(first: 5) { totalCount } } }',
    );
    const ms = performance.now() - started;
    timings.push({
      case: '/health + an ordinary query, afterwards',
      bytes: 0,
      status: ordinary.status,
      code: '-',
      ms,
    });
    expect(ordinary.status).toBe(200);
    expect(ordinary.body.errors).toBeUndefined();
    expect(ordinary.body.data.district.organizations.totalCount).toBeGreaterThan(0);
  });
});
