import { exampleQuery } from '@kyodo/gateway';

/** One kind of user traffic: a query and how its variables are chosen for each request. */
export interface Scenario {
  name: string;
  /** identical: every request sends the same variables; varied: drawn from the parameter pool per request. */
  traffic: 'identical' | 'varied';
  /**
   * POST with a JSON body, or GET with the operation in the URL, as mobile apps send it so that a CDN can cache it
   * (Apollo Server wants a CSRF preflight header on a GET; load() sends one).
   */
  method: 'POST' | 'GET';
  query: string;
  /** autocannon connections (requests in flight). */
  connections: number;
  /** Signed in as staff (the dashboards' staff tools) or anonymous (the public site and the mobile app). */
  staff: boolean;
  variables: (pick: () => number) => Record<string, unknown>;
}

/** What the varied traffic draws from: read from the running graph, so it follows the seed. */
export interface ParameterPool {
  districtCodes: string[];
  points: { lat: number; lng: number }[];
  fiscalYears: number[];
}

/** The district dashboard `npm start` prints, with the district as a variable. */
export const DASHBOARD_QUERY = (() => {
  const example = exampleQuery(new Date());
  const query = example
    .replace('query DistrictDashboard {', 'query DistrictDashboard($code: ID!) {')
    .replace(/district\(code: "[^"]+"\)/, 'district(code: $code)');
  if (query === example || !query.includes('$code: ID!') || !query.includes('district(code: $code)'))
    throw new Error('the example query changed shape: update DASHBOARD_QUERY');
  return query;
})();

export const NEAR_QUERY = `query Near($near: GeoPointInput!) {
  facilitiesNear(near: $near, radiusMeters: 3000, first: 20) {
    totalCount
    edges { distanceMeters node { id nameJa kind } }
  }
}`;

export const SUMMARY_QUERY = `query Summary($fiscalYear: Int!) {
  fundingSummary(fiscalYear: $fiscalYear, groupBy: DISTRICT) {
    groups { key district { nameJa } awardedTotal awardCount disbursedTotal }
    totals { awardedTotal awardCount disbursedTotal }
  }
}`;

// 焼津駅 (Yaizu Station), the example district and the year the dashboard shows.
export const STATION = { lat: 34.8706, lng: 138.3186 };
const EXAMPLE_DISTRICT = 'yaizu-16';
const EXAMPLE_YEAR = 2024;

/** The three user scenarios, each with identical and with varied parameters (concurrency as in the issue). */
export function scenarios(pool: ParameterPool): Scenario[] {
  const of = <T>(list: readonly T[], pick: () => number): T => list[Math.floor(pick() * list.length)]!;
  return [
    {
      name: 'dashboard, same district',
      traffic: 'identical',
      method: 'POST',
      query: DASHBOARD_QUERY,
      connections: 16,
      staff: false,
      variables: () => ({ code: EXAMPLE_DISTRICT }),
    },
    {
      name: 'dashboard, random district',
      traffic: 'varied',
      method: 'POST',
      query: DASHBOARD_QUERY,
      connections: 16,
      staff: false,
      variables: (pick) => ({ code: of(pool.districtCodes, pick) }),
    },
    {
      name: 'facilitiesNear 3 km, same point',
      traffic: 'identical',
      method: 'POST',
      query: NEAR_QUERY,
      connections: 8,
      staff: false,
      variables: () => ({ near: STATION }),
    },
    {
      name: 'facilitiesNear 3 km, random point',
      traffic: 'varied',
      method: 'POST',
      query: NEAR_QUERY,
      connections: 8,
      staff: false,
      variables: (pick) => ({ near: of(pool.points, pick) }),
    },
    {
      name: 'facilitiesNear 3 km, same point, by GET',
      traffic: 'identical',
      method: 'GET',
      query: NEAR_QUERY,
      connections: 8,
      staff: false,
      variables: () => ({ near: STATION }),
    },
    {
      name: 'fundingSummary by district, same year',
      traffic: 'identical',
      method: 'POST',
      query: SUMMARY_QUERY,
      connections: 32,
      staff: true,
      variables: () => ({ fiscalYear: EXAMPLE_YEAR }),
    },
    {
      name: 'fundingSummary by district, random year',
      traffic: 'varied',
      method: 'POST',
      query: SUMMARY_QUERY,
      connections: 32,
      staff: true,
      variables: (pick) => ({ fiscalYear: of(pool.fiscalYears, pick) }),
    },
  ];
}

/** A small deterministic generator (mulberry32), so every gateway sees the same sequence of parameters. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
