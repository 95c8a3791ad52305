import { seedDatabase } from '@kyodo/service-kit';
import { serviceSeeds } from '@kyodo/seed';
import { definition } from '../src/index.js';
import { STAFF, startFundingWorld } from './helpers.js';

describe('seeding', () => {
  it('loads the demo data once: seeding a database that has data changes nothing', async () => {
    const world = await startFundingWorld();
    try {
      const count = async () => {
        const { body } = await world.subgraph.query(
          `{ applications(first: 0) { totalCount } grantPrograms { id } collaborativeProjects(first: 0) { totalCount } }`,
          {},
          STAFF,
        );
        return body.data;
      };
      const before = await count();
      expect(before).toEqual({
        applications: { totalCount: world.demo.applications.length },
        grantPrograms: world.demo.programs.map(() => expect.any(Object)),
        collaborativeProjects: { totalCount: world.demo.collaborativeProjects.length },
      });
      expect(await seedDatabase(definition.models, serviceSeeds(world.demoWorld).funding)).toBe(false);
      expect(await count()).toEqual(before);
    } finally {
      await world.subgraph.stop();
    }
  });
});
