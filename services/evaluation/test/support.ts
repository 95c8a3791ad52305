import type { Viewer } from '@kyodo/service-kit';
import { knownEntities, startTestSubgraph, type TestSubgraph } from '@kyodo/service-kit/testing';
import { demoEvaluationData, type DemoEvaluationData } from '@kyodo/seed';
import { definition, seed } from '../src/index.js';
import { loadEvaluationSources } from '../src/sources.js';

/** The seeded subgraph over HTTP, and the demo data it was seeded with (the expectations tests compare against). */
export interface SeededEvaluation {
  subgraph: TestSubgraph;
  demo: DemoEvaluationData;
}

/** A seeded evaluation subgraph on a fresh database (an embedded engine, or MONGODB_URI when set). */
export async function startSeededEvaluation(): Promise<SeededEvaluation> {
  const sources = await loadEvaluationSources();
  const subgraph = await startTestSubgraph(definition, {
    seed: () => seed(sources),
    // What the other subgraphs own, as the demo world seeds them; any other id names nothing.
    entities: knownEntities({
      organizations: { Organization: sources.organizations.map((o) => o.id) },
      facilities: { Facility: sources.facilities.map((f) => f.id) },
      funding: {
        Award: sources.awards.map((a) => a.id),
        CollaborativeProject: sources.collaborativeProjects.map((p) => p.id),
      },
    }),
  });
  return { subgraph, demo: demoEvaluationData(sources) };
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
