import { fixedClock } from '@kyodo/domain';
import { seedDatabase, type Viewer } from '@kyodo/service-kit';
import { knownEntities, startTestSubgraph, TEST_NOW, type TestSubgraph } from '@kyodo/service-kit/testing';
import { buildDemoWorld, serviceSeeds, type DemoEvaluationData, type DemoWorld } from '@kyodo/seed';
import { definition } from '../src/index.js';

/** The seeded subgraph over HTTP, and the demo data it was seeded with (the expectations tests compare against). */
export interface SeededEvaluation {
  subgraph: TestSubgraph;
  demo: DemoEvaluationData;
  world: DemoWorld;
}

/** A seeded evaluation subgraph on a fresh database (an embedded engine, or MONGODB_URI when set), clock at TEST_NOW. */
export async function startSeededEvaluation(): Promise<SeededEvaluation> {
  const world = await buildDemoWorld({ now: TEST_NOW });
  const subgraph = await startTestSubgraph(definition, {
    seed: async () => {
      await seedDatabase(definition.models, serviceSeeds(world).evaluation);
    },
    clock: fixedClock(TEST_NOW),
    // What the other subgraphs own, as the demo world seeds them; any other id names nothing.
    entities: knownEntities({
      organizations: {
        Organization: world.organizations.map((o) => o.id),
        District: world.districts.map((d) => d.code),
      },
      facilities: { Facility: world.facilities.map((f) => f.id) },
      funding: {
        Award: world.funding.awards.map((a) => a.id),
        CollaborativeProject: world.funding.collaborativeProjects.map((p) => p.id),
      },
    }),
  });
  return { subgraph, demo: world.evaluation, world };
}

export const staff: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };
export const resident: Viewer = { sub: 'resident-1', role: 'resident', organizationIds: [] };
export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: 'member-1', role: 'member', organizationIds };
}

/** The extensions.code of each error of a response, in order. */
export function errorCodes(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = 'ffffffffffffffffffffffff';

/** A query by `$id` is NOT_FOUND for an id that names nothing and BAD_USER_INPUT for a malformed one. */
export async function expectIdErrors(
  subgraph: TestSubgraph,
  query: string,
  malformedId: string,
): Promise<void> {
  expect(errorCodes((await subgraph.query(query, { id: UNKNOWN_ID })).body)).toEqual(['NOT_FOUND']);
  expect(errorCodes((await subgraph.query(query, { id: malformedId })).body)).toEqual(['BAD_USER_INPUT']);
}
