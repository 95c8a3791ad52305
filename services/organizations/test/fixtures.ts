import { fixedClock } from '@kyodo/domain';
import { seedDatabase, type Viewer } from '@kyodo/service-kit';
import { startTestSubgraph, TEST_NOW, type TestSubgraph } from '@kyodo/service-kit/testing';
import { buildDemoWorld, serviceSeeds, type DemoOrganization } from '@kyodo/seed';
import { definition } from '../src/index.js';

/** The demo world the seed loads (tools/seed), so tests can check answers against it. */
export async function demoWorld() {
  const world = await buildDemoWorld({ now: TEST_NOW });
  const byKey = (key: string) =>
    world.organizations.find((organization) => organization.key === key) as DemoOrganization;
  return { ...world, byKey };
}

/** The organizations subgraph on a fresh database holding its demo seed, its clock at TEST_NOW. */
export function startOrganizations(): Promise<TestSubgraph> {
  return startTestSubgraph(definition, {
    seed: async () => {
      await seedDatabase(
        definition.models,
        serviceSeeds(await buildDemoWorld({ now: TEST_NOW })).organizations,
      );
    },
    clock: fixedClock(TEST_NOW),
  });
}
export const STAFF: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };
export const RESIDENT: Viewer = { sub: 'resident-1', role: 'resident', organizationIds: [] };
export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: `member-of-${organizationIds.join('-')}`, role: 'member', organizationIds };
}

/** The error codes of a response, in order. */
export function codes(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** The `extensions` of the n-th error of a response. */
export function errorAt(body: { errors?: { extensions?: Record<string, unknown> }[] }, index = 0) {
  return body.errors?.[index]?.extensions ?? {};
}

/** Code-point order, which is how MongoDB sorts strings. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
