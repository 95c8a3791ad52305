import { fixedClock } from '@kyodo/domain';
import { buildDemoWorld, serviceSeeds, stableObjectIdHex, type DemoWorld } from '@kyodo/seed';
import { seedDatabase, type Viewer } from '@kyodo/service-kit';
import {
  knownEntities,
  startTestSubgraph,
  TEST_NOW,
  type TestResponse,
  type TestSubgraph,
} from '@kyodo/service-kit/testing';
import { definition } from '../src/index.js';

/**
 * The facilities subgraph on a fresh database holding its demo seed, its clock at TEST_NOW, and the demo world it
 * was seeded from. Tests book in FY2030: ahead of the clock, in a year the demo world has no bookings.
 */
export async function startFacilities(
  moreOrganizations: string[] = [],
): Promise<{ demo: DemoWorld; subgraph: TestSubgraph }> {
  const demo = await buildDemoWorld({ now: TEST_NOW });
  const subgraph = await startTestSubgraph(definition, {
    seed: async () => {
      await seedDatabase(definition.models, serviceSeeds(demo).facilities);
    },
    clock: fixedClock(TEST_NOW),
    // What the organizations subgraph would answer for: the demo world's organizations and any the test adds.
    entities: knownEntities({
      organizations: { Organization: [...demo.organizations.map((o) => o.id), ...moreOrganizations] },
    }),
  });
  return { demo, subgraph };
}

export const STAFF: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };

export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: `member-${organizationIds.join('-')}`, role: 'member', organizationIds };
}

export function facilityId(no: string): string {
  return stableObjectIdHex('facility', `222127:${no}`);
}

/** The error codes of a response, in order. */
export function codes(response: TestResponse<unknown>): string[] {
  return (response.body.errors ?? []).map(
    (error: { extensions?: { code?: string } }) => error.extensions?.code ?? '',
  );
}

export function onlyData<T>(response: TestResponse<T>): T {
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors, null, 2));
  return response.body.data as T;
}
