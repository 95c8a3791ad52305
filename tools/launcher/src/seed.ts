import { readProcessClock, runMain } from '@kyodo/service-kit';
import { readLauncherConfig } from './config.js';
import { seedDemoWorld } from './seedDemoWorld.js';

/**
 * `npm run seed`: loads the demo world (dated today, or KYODO_NOW) into the empty databases of MONGODB_URI, as
 * `npm start` does before starting the subgraphs; a database with data is left alone.
 */
async function main(): Promise<number> {
  const uri = readLauncherConfig().mongodbUri;
  const now = readProcessClock()();
  if (!uri) {
    console.error(
      'MONGODB_URI is not set: npm run seed loads demo data into a MongoDB server, e.g. MONGODB_URI=mongodb://127.0.0.1:27017 npm run seed',
    );
    return 1;
  }
  for (const outcome of await seedDemoWorld(uri, now)) {
    console.log(
      outcome.seeded
        ? `${outcome.service}: seeded ${outcome.database}`
        : `${outcome.service}: ${outcome.database} already has data: not seeding`,
    );
  }
  return 0;
}

if (require.main === module) runMain(main, { name: 'npm run seed' });
