/**
 * Server-wide commands: serverStatus (what monitoring tools and mongoose's test helper read: version,
 * uptime, connections, memory, opcounters), getParameter and setParameter.
 */
import os from 'node:os';
import type { Document } from 'bson';
import { MongoCommandError } from './errors.js';
import { isPlainObject } from '../storage/values.js';
import type { CommandContext, CommandHandler } from './context.js';
import { SERVER_VERSION } from './handshake.js';

/** A standalone mongod's default connection limit; the engine has no limit of its own. */
const MAX_CONNECTIONS = 1_000_000;
const MIB = 1024 * 1024;

function serverStatus(ctx: CommandContext): Document {
  const { stats } = ctx;
  const uptimeMillis = Date.now() - stats.startedAt;
  const memory = process.memoryUsage();
  return {
    host: `${os.hostname()}:${ctx.server.port}`,
    version: SERVER_VERSION,
    process: 'mongod',
    pid: process.pid,
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis,
    uptimeEstimate: Math.floor(uptimeMillis / 1000),
    localTime: new Date(),
    connections: {
      current: stats.currentConnections,
      available: MAX_CONNECTIONS - stats.currentConnections,
      totalCreated: stats.totalConnections,
      active: stats.currentConnections,
    },
    // MongoDB reports memory in MiB.
    mem: {
      bits: 64,
      resident: Math.round(memory.rss / MIB),
      virtual: Math.round((memory.rss + memory.external) / MIB),
      supported: true,
    },
    opcounters: { ...stats.opcounters },
    metrics: { cursor: { open: { total: ctx.cursors.openCount } } },
    storageEngine: { name: 'kyodo-embedded', supportsCommittedReads: false, persistent: true },
    ok: 1,
  };
}

/** Names asked for: every field but the command's own and the driver's $-fields. */
function requestedNames(command: Document, commandName: string): string[] {
  return Object.keys(command).filter(
    (name) => name !== commandName && !name.startsWith('$') && name !== 'lsid' && name !== 'comment',
  );
}

function getParameter(ctx: CommandContext): Document {
  const { parameters } = ctx;
  const argument = ctx.command.getParameter as unknown;
  const showDetails = isPlainObject(argument) && argument.showDetails === true;
  const all = argument === '*' || (isPlainObject(argument) && argument.allParameters === true);
  const names = all ? parameters.names() : requestedNames(ctx.command, 'getParameter');
  const reply: Document = {};
  for (const name of names) {
    if (!parameters.has(name)) continue;
    reply[name] = showDetails ? parameters.details(name) : parameters.get(name);
  }
  if (Object.keys(reply).length === 0)
    throw new MongoCommandError('InvalidOptions', 'no option found to get');
  return { ...reply, ok: 1 };
}

function setParameter(ctx: CommandContext): Document {
  const names = requestedNames(ctx.command, 'setParameter');
  if (names.length === 0)
    throw new MongoCommandError('InvalidOptions', 'no option found to set, use help:true to see options ');
  const was = ctx.parameters.setAll(names.map((name) => [name, ctx.command[name]]));
  return { was, ok: 1 };
}

export const serverCommands: Record<string, CommandHandler> = { serverStatus, getParameter, setParameter };
