import { definition as evaluation } from '@kyodo/evaluation';
import { definition as facilities } from '@kyodo/facilities';
import { definition as funding } from '@kyodo/funding';
import { definition as organizations } from '@kyodo/organizations';
import { buildDemoWorld, serviceSeeds } from '@kyodo/seed';
import { closeDatabase, connectDatabase, createLogger, seedDatabase } from '@kyodo/service-kit';
import mongoose from 'mongoose';

const DEFINITIONS = [organizations, facilities, funding, evaluation];

export interface SeedOutcome {
  service: string;
  database: string;
  /** False when the database already had data and was left alone. */
  seeded: boolean;
}

/**
 * Writes the demo world dated `now` (tools/seed) into each service's own database, through the service's own models
 * (so every document passes its validation and its indexes exist); a database that already has data is left alone.
 * What `npm start` runs before it starts the subgraphs, and what `npm run seed` runs against MONGODB_URI.
 */
export async function seedDemoWorld(uri: string, now: Date): Promise<SeedOutcome[]> {
  const seeds = serviceSeeds(await buildDemoWorld({ now }));
  // All four services' models live in this one process: without this, connecting to one service's database would
  // create empty collections there for the other services' models too. insertMany and createIndexes create theirs.
  mongoose.set('autoCreate', false);
  const logger = createLogger('seed', process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn');
  const outcomes: SeedOutcome[] = [];
  for (const definition of DEFINITIONS) {
    const connection = await connectDatabase(definition.name, { uri, models: definition.models, logger });
    try {
      const seeded = await seedDatabase(definition.models, seeds[definition.name as keyof typeof seeds]);
      outcomes.push({ service: definition.name, database: connection.name, seeded });
    } finally {
      await closeDatabase(connection);
    }
  }
  return outcomes;
}
