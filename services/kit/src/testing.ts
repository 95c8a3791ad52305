import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { closeDatabase, connectDatabase, databaseName } from './database.js';
import type { EntityDirectory } from './entityDirectory.js';
import { createLogger } from './logger.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './server.js';
import { signViewer, type Viewer } from './viewer.js';
import type { Clock } from '@kyodo/domain';

export interface TestResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TestSubgraph {
  url: string;
  port: number;
  /** The secret the subgraph verifies viewers with, for tests that sign (or forge) headers themselves. */
  internalSecret: string;
  query<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: object,
    viewer?: Viewer | null,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  /** How many database commands (optionally only `commandName`, e.g. "find") were issued while `fn` ran. */
  countCommands(fn: () => Promise<unknown>, commandName?: string): Promise<number>;
  /** The database commands (housekeeping aside) issued while `fn` ran, as the driver sent them. */
  recordCommands(fn: () => Promise<unknown>): Promise<mongoose.mongo.CommandStartedEvent[]>;
  stop(): Promise<void>;
}

export interface StartTestSubgraphOptions {
  /** Fills the fresh database before the subgraph starts (e.g. seedDatabase with a service's seed documents). */
  seed?: () => Promise<void>;
  /** The entities of other subgraphs this one may reference (see knownEntities); none by default. */
  entities?: EntityDirectory;
  /** Each request's `now`; tests pass a fixedClock so they never depend on the machine's date. */
  clock?: Clock;
}

/**
 * An EntityDirectory over a fixed list, for testing one subgraph alone: `{ organizations: { Organization: ids } }`
 * (the values of the key field: codes for District).
 * The federated one is exercised end to end through the gateway (test/e2e).
 */
export function knownEntities(known: Record<string, Record<string, readonly string[]>>): EntityDirectory {
  return {
    async existing(subgraph, typename, ids) {
      const present = new Set(known[subgraph]?.[typename] ?? []);
      return new Set(ids.filter((id) => present.has(id)));
    },
  };
}

// Driver housekeeping, not queries a resolver issued.
const HOUSEKEEPING = new Set([
  'hello',
  'ismaster',
  'isMaster',
  'ping',
  'endSessions',
  'buildInfo',
  'getParameter',
]);

/** The commands `keep` accepts that the driver starts while `fn` runs. */
async function commandsDuring(
  connection: mongoose.Connection,
  fn: () => Promise<unknown>,
  keep: (event: mongoose.mongo.CommandStartedEvent) => boolean,
): Promise<mongoose.mongo.CommandStartedEvent[]> {
  const client = connection.getClient();
  const events: mongoose.mongo.CommandStartedEvent[] = [];
  const listener = (event: mongoose.mongo.CommandStartedEvent) => {
    if (keep(event)) events.push(event);
  };
  client.on('commandStarted', listener);
  try {
    await fn();
  } finally {
    client.off('commandStarted', listener);
  }
  return events;
}

/**
 * Starts a subgraph the way production does, on a fresh database (an embedded engine on a random port, or a
 * uniquely named database on MONGODB_URI), and calls it over HTTP with properly signed viewers.
 */
export async function startTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: StartTestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const uri = process.env.MONGODB_URI?.trim() || undefined;
  const dbName = `${databaseName(definition.name)}_test_${randomBytes(4).toString('hex')}`;
  const logger = createLogger(definition.name, process.env.LOG_LEVEL ?? 'silent');
  const connection = await connectDatabase(definition.name, {
    ...(uri ? { uri } : {}),
    dbName,
    models: definition.models,
    logger,
    monitorCommands: true,
  });
  const internalSecret = randomBytes(32).toString('hex');
  let running: RunningSubgraph;
  try {
    await options.seed?.();
    running = await startSubgraph(
      definition,
      { port: 0, host: '127.0.0.1', internalSecret, logLevel: logger.level, production: false },
      {
        logger,
        entities: options.entities ?? knownEntities({}),
        ...(options.clock ? { clock: options.clock } : {}),
      },
    );
  } catch (error) {
    // A failing seed must not leave an engine or a connection behind to hang the test run.
    if (uri) await connection.dropDatabase().catch(() => undefined);
    await closeDatabase(connection);
    throw error;
  }

  return {
    url: running.url,
    port: running.port,
    internalSecret,
    async query(query, variables = {}, viewer = null, headers = {}) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(viewer ? signViewer(viewer, internalSecret) : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: TestResponse<never>['body'];
      try {
        body = JSON.parse(text) as TestResponse<never>['body'];
      } catch {
        throw new Error(`Subgraph answered ${response.status} with a body that is not JSON: ${text}`);
      }
      return { status: response.status, headers: response.headers, body };
    },
    async countCommands(fn, commandName) {
      const events = await commandsDuring(connection, fn, (event) =>
        commandName ? event.commandName === commandName : !HOUSEKEEPING.has(event.commandName),
      );
      return events.length;
    },
    recordCommands(fn) {
      return commandsDuring(connection, fn, (event) => !HOUSEKEEPING.has(event.commandName));
    },
    async stop() {
      if (uri && connection.readyState === mongoose.ConnectionStates.connected) {
        await connection.dropDatabase();
      }
      await running.stop();
    },
  };
}

export {
  indexesOf,
  isServed,
  leadingMatch,
  pinnedFields,
  recordQueries,
  unservedQueries,
  type IndexCoverageOptions,
  type IndexedModels,
  type IndexKeys,
  type QueryRecorder,
  type RecordedQuery,
  type RecordQueriesOptions,
} from './testing/indexCoverage.js';

/**
 * The instant tests run at unless they say otherwise (a fixed clock, so no test depends on the machine's date):
 * mid-June of a fiscal year, a weekday, inside the demo world's open application windows.
 */
export const TEST_NOW = new Date('2026-06-16T10:00:00+09:00');
