/**
 * Command dispatch. Looks up the handler by the command's first key, rejects what the engine does not
 * implement with MongoDB's CommandNotFound, and turns thrown errors into { ok: 0 } replies. Runs synchronously so a
 * command's in-memory mutation can never interleave with another's.
 */
import type { Document } from 'bson';
import { aggregateCommands } from './aggregate.js';
import { catalogCommands } from './catalog.js';
import { explainCommands } from './explain.js';
import type { CommandHandler, ServerInfo } from './context.js';
import { findAndModifyCommands } from './findAndModify.js';
import { handshakeCommands } from './handshake.js';
import { serverCommands } from './server.js';
import { readCommands } from './read.js';
import { writeCommands } from './write.js';
import { CursorRegistry } from './cursors.js';
import { parseMaxTimeMS, runInScope } from './commandScope.js';
import { MongoCommandError, toMongoError } from './errors.js';
import { SILENT_LOGGER, type Logger } from '../logger.js';
import { ServerParameters } from './parameters.js';
import { ServerStats } from './serverStats.js';
import { Store } from '../storage/store.js';

const COMMANDS: Record<string, CommandHandler> = {
  ...handshakeCommands,
  ...readCommands,
  ...writeCommands,
  ...findAndModifyCommands,
  ...aggregateCommands,
  ...catalogCommands,
  ...explainCommands,
  ...serverCommands,
};

/** Names of every command the engine answers (for docs and tests). */
export const SUPPORTED_COMMANDS = Object.keys(COMMANDS);

export interface UnknownCommandListener {
  (name: string, command: Document): void;
}

export class Engine {
  readonly store = new Store();
  readonly stats = new ServerStats();
  readonly parameters = new ServerParameters();
  readonly cursors = new CursorRegistry(() => this.parameters.get('cursorTimeoutMillis') as number);
  onUnknownCommand: UnknownCommandListener | undefined;
  /** Receives warnings about commands (a write that fails a validator with validationAction warn). */
  logger: Logger = SILENT_LOGGER;

  /** Executes one command and returns its reply document ({ ok: 0, ... } on failure). */
  run(command: Document, defaultDb: string, server: ServerInfo): Document {
    const name = Object.keys(command)[0];
    try {
      if (!name) throw new MongoCommandError('CommandNotFound', 'no such command: ');
      const handler = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
      if (!handler) {
        this.onUnknownCommand?.(name, command);
        throw new MongoCommandError('CommandNotFound', `no such command: '${name}'`);
      }
      if (command.startTransaction === true || command.autocommit !== undefined) {
        // What a standalone mongod answers: transactions need a replica set.
        throw new MongoCommandError(
          'IllegalOperation',
          'Transaction numbers are only allowed on a replica set member or mongos',
        );
      }
      this.stats.countCommand(name, command);
      const db = typeof command.$db === 'string' ? command.$db : defaultDb;
      const limits = {
        maxTimeMS: parseMaxTimeMS(command.maxTimeMS),
        bypassDocumentValidation: command.bypassDocumentValidation === true,
        warn: (obj: object, msg: string) => this.logger.warn?.(obj, msg),
      };
      return runInScope(limits, () =>
        handler({
          store: this.store,
          cursors: this.cursors,
          db,
          command,
          name,
          server,
          stats: this.stats,
          parameters: this.parameters,
        }),
      );
    } catch (error) {
      return toMongoError(error).toDocument();
    }
  }
}
