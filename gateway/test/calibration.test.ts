import { TEST_NOW } from '@kyodo/service-kit/testing';
import { DEFAULT_MAX_COST } from '../src/config.js';
import { exampleQuery } from '../src/exampleQuery.js';
import { type ProjectSupergraph, loadProjectSupergraph } from './support/supergraphSchema.js';

/**
 * The cost limit is calibrated on the work of the three kinds of user, measured on the real supergraph: each of
 * their queries passes with at least MARGIN to spare, and ten times any of them is refused.
 */
const MARGIN = 1.5;

// A resident's phone: a page of 50 facilities near 焼津駅, with what the map pin and the detail card show.
const MOBILE = `query Near($near: GeoPointInput!, $first: Int = 50) {
  facilitiesNear(near: $near, radiusMeters: 3000, first: $first) {
    totalCount
    edges { distanceMeters node { id nameJa kind location { lat lng } accessibility { stepFree } rooms { capacity } } }
  }
}`;

// Staff: the funding report of test/e2e/graph.test.ts.
const REPORT = `query Report($fiscalYear: Int!) {
  byProgram: fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) {
    totals { awardedTotal awardCount }
    groups { key program { id nameJa } awardedTotal awardCount }
  }
  byDistrict: fundingSummary(fiscalYear: $fiscalYear, groupBy: DISTRICT) {
    groups { key district { nameJa } awardedTotal awardCount }
  }
  indicators(filter: { scope: CITY }, first: 50) { totalCount edges { node { id nameJa progress onTrack } } }
}`;

/** The same operation asking for its root fields ten times over, under aliases (so nothing merges). */
function tenTimes(query: string): string {
  const open = query.indexOf('{');
  const body = query.slice(open + 1, query.lastIndexOf('}'));
  // Root fields are the lines indented by two spaces: alias each copy of them.
  const copies = Array.from({ length: 10 }, (_, i) =>
    body.replace(/^ {2}(?:\w+: )?(\w+)(?=[( ])/gm, (_m, field: string) => `  c${i}_${field}: ${field}`),
  );
  return `${query.slice(0, open)}{${copies.join('')}}`;
}

let graph: ProjectSupergraph;
beforeAll(async () => {
  graph = await loadProjectSupergraph();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => graph.measure(query, variables).cost;
const near = { near: { lat: 34.8706, lng: 138.3186 } };

describe(`the default cost limit (${DEFAULT_MAX_COST})`, () => {
  const figures: Array<{ query: string; cost: number; margin: string }> = [];
  afterAll(() => {
    console.log(
      `calibration (limit ${DEFAULT_MAX_COST}):\n${figures.map((f) => `  ${f.query}: ${f.cost} (${f.margin})`).join('\n')}`,
    );
  });
  const passes = (name: string, value: number) => {
    figures.push({
      query: name,
      cost: value,
      margin: `${(DEFAULT_MAX_COST / value).toFixed(2)}x under the limit`,
    });
    expect(value * MARGIN).toBeLessThanOrEqual(DEFAULT_MAX_COST);
  };
  const refused = (name: string, value: number) => {
    figures.push({ query: name, cost: value, margin: 'refused' });
    expect(value).toBeGreaterThan(DEFAULT_MAX_COST);
  };

  it('passes the printed DistrictDashboard (organizations(first: 50)) and refuses it at first: 500', () => {
    expect(exampleQuery(TEST_NOW)).toContain('organizations(first: 50)');
    passes('DistrictDashboard, first: 50', cost(exampleQuery(TEST_NOW)));
    refused('DistrictDashboard, first: 500', cost(exampleQuery(TEST_NOW).replace('first: 50', 'first: 500')));
    refused('DistrictDashboard x 10', cost(tenTimes(exampleQuery(TEST_NOW))));
  });

  it('passes a mobile facilitiesNear page of 50 and refuses a page of 500', () => {
    passes('facilitiesNear page of 50', cost(MOBILE, near));
    refused('facilitiesNear page of 500', cost(MOBILE, { ...near, first: 500 }));
    refused('facilitiesNear page of 50 x 10', cost(tenTimes(MOBILE), near));
  });

  it('passes the staff funding report and refuses ten of it', () => {
    passes('staff report', cost(REPORT, { fiscalYear: 2024 }));
    refused('staff report x 10', cost(tenTimes(REPORT), { fiscalYear: 2024 }));
  });

  it('passes the other bench and e2e queries', () => {
    passes(
      'facilitiesNear 3 km, first: 20 (bench)',
      cost(
        `query Near($near: GeoPointInput!) { facilitiesNear(near: $near, radiusMeters: 3000, first: 20) {
          totalCount edges { distanceMeters node { id nameJa kind } } } }`,
        near,
      ),
    );
    passes(
      'fundingSummary by district (bench)',
      cost(`{ fundingSummary(fiscalYear: 2024, groupBy: DISTRICT) {
        groups { key district { nameJa } awardedTotal awardCount disbursedTotal }
        totals { awardedTotal awardCount disbursedTotal } } }`),
    );
    passes(
      'every district boundary (a city map)',
      cost('{ districts { code nameJa boundary { type coordinates } } }'),
    );
  });
});

it('asks ten times by aliasing each copy of the root fields', () => {
  const ten = tenTimes(REPORT);
  expect(ten.match(/: fundingSummary\(/g)).toHaveLength(20);
  expect(ten.match(/: indicators\(/g)).toHaveLength(10);
});
