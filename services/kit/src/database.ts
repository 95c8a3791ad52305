import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { PRODUCTION_NEEDS_MONGODB } from './config.js';
import { deadlinePlugin, isDeadlineBounded } from './deadline.js';
import type { AnyModel } from './modelTypes.js';

// Registered when the kit is loaded, so every model compiled afterwards bounds its queries by the request deadline.
mongoose.plugin(deadlinePlugin);

/**
 * Binds models compiled before the kit was loaded (a file that imports its models first) to the deadline too, so no
 * model can escape it. Hand-written: mongoose has no public way to add middleware to a compiled model, so the
 * model's hook lists are rebuilt from its schema the way mongoose's own compile step builds them.
 */
export function bindDeadline(models: AnyModel[]): void {
  for (const model of models) {
    if (isDeadlineBounded(model.schema)) continue;
    model.schema.plugin(deadlinePlugin);
    const compiled = model as unknown as {
      hooks: unknown;
      schema: { s: { hooks: { clone(): unknown } } };
      _applyQueryMiddleware(): void;
    };
    compiled.hooks = compiled.schema.s.hooks.clone();
    compiled._applyQueryMiddleware();
  }
}

export interface ConnectDatabaseOptions {
  /** A MongoDB server to use; when absent, an embedded engine is started in this process. */
  uri?: string;
  /** Overrides the database name (tests use a unique one per run); defaults to `kyodo_<name>`. */
  dbName?: string;
  /** Models whose declared indexes are created on connect, so every query path is indexed from the first request. */
  models?: AnyModel[];
  logger?: Logger;
  /** Turns on the driver's command monitoring (`commandStarted` events), used by tests to count queries. */
  monitorCommands?: boolean;
}

const engineStops = new WeakMap<Connection, Promise<void>>();

/** Each service owns one database, named after it, on whichever server it is given. */
export function databaseName(name: string): string {
  return `kyodo_${name.replace(/[^A-Za-z0-9_]+/g, '_')}`;
}

/**
 * Connects the default mongoose connection (models are declared with `mongoose.model`) to MONGODB_URI, or to an
 * embedded engine started in-process when no URI is given, so the system runs with no MongoDB installed. Closing the
 * returned connection also stops an engine this call started.
 */
export async function connectDatabase(
  name: string,
  options: ConnectDatabaseOptions = {},
): Promise<Connection> {
  const dbName = options.dbName ?? databaseName(name);
  let uri: string;
  let stopEngine: (() => Promise<void>) | undefined;
  if (options.uri) {
    uri = options.uri;
  } else if (process.env.NODE_ENV === 'production') {
    // The engine is a development dependency, absent from the production image, and must never stand in for a
    // real database there.
    throw new Error(`MONGODB_URI ${PRODUCTION_NEEDS_MONGODB}`);
  } else {
    // Loaded lazily, and a devDependency of the kit: a service pointed at a real MongoDB never loads it. A require, not an
    // import(): tsc keeps import() as a real dynamic import in CommonJS output, which jest cannot run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startEmbeddedMongo } = require('@kyodo/embedded-mongo') as EmbeddedEngineModule;
    const engine = await startEmbeddedMongo({
      port: 0,
      ...(options.logger ? { logger: options.logger.child({ component: 'embedded-mongo' }) } : {}),
    });
    uri = engine.uri;
    stopEngine = () => engine.stop();
    options.logger?.info({ uri, dbName }, 'started embedded MongoDB engine (MONGODB_URI is not set)');
  }

  try {
    await mongoose.connect(uri, {
      dbName,
      // Indexes are created explicitly (and awaited) below instead of in the background.
      autoIndex: false,
      serverSelectionTimeoutMS: 10_000,
      ...(options.monitorCommands ? { monitorCommands: true } : {}),
    });
  } catch (error) {
    await stopEngine?.();
    throw error;
  }
  const connection = mongoose.connection;

  if (stopEngine) {
    const stop = stopEngine;
    // Stop the engine after the driver has closed its sockets, whoever closes the connection.
    connection.once('close', () => {
      engineStops.set(
        connection,
        stop().catch((error: unknown) =>
          options.logger?.error({ err: error }, 'failed to stop embedded engine'),
        ),
      );
    });
  }

  // Whoever started it (this process, the launcher, `npm run mongo`), the engine names itself in buildInfo.
  const embedded = await isEmbeddedEngine(connection);
  if (embedded && process.env.NODE_ENV === 'production') {
    await closeDatabase(connection);
    throw new Error(
      'MONGODB_URI points at the embedded development engine: production needs a real MongoDB server',
    );
  }
  await syncIndexes(options.models ?? [], options.logger);
  options.logger?.info({ dbName, embedded }, 'connected to database');
  return connection;
}

/**
 * What the kit uses of @kyodo/embedded-mongo, declared here rather than imported: the engine's CLI runs on the kit's
 * runMain, so the kit's sources cannot depend on the engine's build (its tests, a project of their own, do).
 */
interface EmbeddedEngineModule {
  startEmbeddedMongo: (options: {
    port: number;
    logger?: ConnectDatabaseOptions['logger'];
  }) => Promise<{ uri: string; stop: () => Promise<void> }>;
}

/** The gitVersion the embedded engine (tools/embedded-mongo, commands/handshake.ts) reports in buildInfo. */
const EMBEDDED_ENGINE_GIT_VERSION = 'kyodo-embedded';

/** True when the server behind the connection is the embedded engine rather than MongoDB. */
export async function isEmbeddedEngine(connection: Connection = mongoose.connection): Promise<boolean> {
  const info = (await connection.db!.admin().command({ buildInfo: 1 })) as { gitVersion?: unknown };
  return info.gitVersion === EMBEDDED_ENGINE_GIT_VERSION;
}

/** Closes the connection and waits until an embedded engine started for it has stopped too. */
export async function closeDatabase(connection: Connection = mongoose.connection): Promise<void> {
  await connection.close();
  await engineStops.get(connection);
  engineStops.delete(connection);
}

/** Creates the indexes declared on each model's schema (idempotent; existing indexes are kept). */
export async function syncIndexes(models: AnyModel[], logger?: Logger): Promise<void> {
  for (const model of models) {
    await model.createIndexes();
    logger?.debug({ model: model.modelName }, 'indexes created');
  }
}

/** True when the connection is open and the server answers a ping: what GET /ready reports. */
export async function isDatabaseReady(connection: Connection = mongoose.connection): Promise<boolean> {
  if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) return false;
  try {
    await connection.db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
