/**
 * Connection handshake and server-information commands. The engine presents itself as a standalone
 * MongoDB 7.0 (wire version 21) without compression, so drivers use plain OP_MSG and server-side sessions.
 */
import type { Document } from 'bson';
import { MAX_BSON_OBJECT_SIZE } from '../wire/bsonSize.js';
import type { CommandContext, CommandHandler } from './context.js';

export const SERVER_VERSION = '7.0.0';
export const MAX_WIRE_VERSION = 21;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_WRITE_BATCH_SIZE = 100_000;

function hello(ctx: CommandContext, legacy: boolean): Document {
  const reply: Document = {
    helloOk: true,
    isWritablePrimary: true,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.server.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
  if (legacy) {
    // isMaster answers with the legacy field name first, as mongod does.
    delete reply.isWritablePrimary;
    return { ismaster: true, ...reply };
  }
  return reply;
}

export const handshakeCommands: Record<string, CommandHandler> = {
  hello: (ctx) => hello(ctx, false),
  isMaster: (ctx) => hello(ctx, true),
  ismaster: (ctx) => hello(ctx, true),
  ping: () => ({ ok: 1 }),
  buildInfo: () => ({
    version: SERVER_VERSION,
    gitVersion: 'kyodo-embedded',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    debug: false,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    storageEngines: ['memory'],
    javascriptEngine: 'none',
    modules: [],
    ok: 1,
  }),
  endSessions: () => ({ ok: 1 }),
  killAllSessions: () => ({ ok: 1 }),
  // mongosh asks for these when it connects.
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
  getLog: () => ({ totalLinesWritten: 0, log: [], ok: 1 }),
  getCmdLineOpts: () => ({ argv: [], parsed: {}, ok: 1 }),
};
