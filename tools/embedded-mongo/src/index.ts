/**
 * Public entry point. Starts an in-process MongoDB-compatible server (wire protocol over TCP) that
 * mongoose and the official driver reach with a plain mongodb://host:port URI.
 */
import { Engine } from './commands/engine.js';
import { Journal, type RepairReport } from './journal/journal.js';
import { SILENT_LOGGER, type Logger } from './logger.js';
import { WireServer } from './wire/server.js';

export { SUPPORTED_COMMANDS } from './commands/engine.js';
export type { Logger } from './logger.js';
export { JournalDamageError, type RepairReport } from './journal/journal.js';

export interface EmbeddedMongoOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** Directory for the journal and snapshot; without it data lives in memory only. */
  dataDir?: string;
  logger?: Logger;
  /** Journal size (bytes) that triggers compaction into a fresh snapshot; 64 MiB by default. */
  journalCompactionBytes?: number;
  /**
   * Start even when the data directory holds damage that is not a torn write: damaged files are moved aside
   * (kept, never overwritten) and the engine starts from their valid prefix. Without it such a start fails with
   * JournalDamageError naming the file and the offset.
   */
  repair?: boolean;
}

export interface EmbeddedMongo {
  /** mongodb://host:port */
  uri: string;
  port: number;
  /** What a repair start moved aside and could not read (empty when nothing was damaged). */
  repairs: RepairReport[];
  stop(): Promise<void>;
}

export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? SILENT_LOGGER;
  const engine = new Engine();
  engine.logger = logger;
  engine.onUnknownCommand = (name) => logger.warn?.({ command: name }, 'unsupported command');
  const journal = options.dataDir
    ? Journal.open({
        dataDir: options.dataDir,
        store: engine.store,
        logger,
        compactionBytes: options.journalCompactionBytes,
        repair: options.repair,
      })
    : undefined;
  const server = new WireServer({
    engine,
    host,
    port: options.port ?? 0,
    logger,
    persist: journal ? (changes) => journal.append(changes) : undefined,
  });
  let port: number;
  try {
    port = await server.listen();
  } catch (error) {
    await journal?.close();
    throw error;
  }
  const uriHost = host.includes(':') ? `[${host}]` : host;
  let stopped: Promise<void> | undefined;
  return {
    uri: `mongodb://${uriHost}:${port}`,
    port,
    repairs: journal?.repairs ?? [],
    stop() {
      stopped ??= server.close().then(() => journal?.close());
      return stopped;
    },
  };
}
