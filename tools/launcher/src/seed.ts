import { definition as evaluation, seed as seedEvaluation } from '@kyodo/evaluation';
import { definition as facilities, seed as seedFacilities } from '@kyodo/facilities';
import { definition as funding, seed as seedFunding } from '@kyodo/funding';
import { definition as organizations, seed as seedOrganizations } from '@kyodo/organizations';
import mongoose from 'mongoose';
import { closeDatabase, connectDatabase, createLogger, isDatabaseEmpty } from '@kyodo/service-kit';
import { LauncherConfigError, readLauncherConfig } from './config.js';

/** Each subgraph's definition (its name and models) and the seed its main.ts runs under KYODO_SEED=1. */
const SUBGRAPH_SEEDS = [
  { definition: organizations, seed: () => seedOrganizations() },
  { definition: facilities, seed: () => seedFacilities() },
  { definition: funding, seed: () => seedFunding() },
  { definition: evaluation, seed: () => seedEvaluation() },
];

/**
 * `npm run seed`: loads the demo data into the empty databases of MONGODB_URI, as each subgraph does at start with
 * KYODO_SEED=1 (same connectDatabase, same emptiness check, same seed); a database with data is left alone.
 */
async function main(): Promise<number> {
  let uri: string | null;
  try {
    uri = readLauncherConfig().mongodbUri;
  } catch (error) {
    if (!(error instanceof LauncherConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  if (!uri) {
    console.error(
      'MONGODB_URI is not set: npm run seed loads demo data into a MongoDB server, e.g. MONGODB_URI=mongodb://127.0.0.1:27017 npm run seed',
    );
    return 1;
  }
  // All four services' models live in this one process: without this, connecting to one service's database would
  // create empty collections there for the other services' models too. insertMany and createIndexes create theirs.
  mongoose.set('autoCreate', false);
  const logger = createLogger('seed', process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn');
  for (const { definition, seed } of SUBGRAPH_SEEDS) {
    const connection = await connectDatabase(definition.name, { uri, models: definition.models, logger });
    try {
      if (await isDatabaseEmpty(definition.models)) {
        await seed();
        console.log(`${definition.name}: seeded ${connection.name}`);
      } else {
        console.log(`${definition.name}: ${connection.name} already has data: not seeding`);
      }
    } finally {
      await closeDatabase(connection);
    }
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`npm run seed failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
