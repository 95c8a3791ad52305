#!/usr/bin/env node
/**
 * Standalone launcher, so mongosh, Compass or a script can use the engine:
 *   node tools/embedded-mongo/dist/src/cli.js --port 27017 [--host 127.0.0.1] [--data-dir DIR] [--repair] [--verbose]
 * It runs on the kit's runMain like every Kyodo process: a bad flag exits 2 with its message and the usage.
 */
import { parseArgs } from 'node:util';
import { UsageError, runMain } from '@kyodo/service-kit/runMain';
import type { Logger } from './logger.js';
import { startEmbeddedMongo } from './index.js';

const NAME = 'npm run mongo';

const USAGE = `usage: npm run mongo -- [--port 27017] [--host 127.0.0.1] [--data-dir DIR] [--repair] [--verbose]

  --port      TCP port to listen on (0 picks a free one; default 27017)
  --host      interface to bind (default 127.0.0.1)
  --data-dir  keep data in DIR (journal + snapshot); without it data lives in memory only
  --repair    start even if a file in --data-dir is damaged: move it aside (kept as is) and recover
              what precedes the damage
  --verbose   log every command`;

interface CliOptions {
  port: number;
  host: string;
  dataDir?: string;
  repair: boolean;
  verbose: boolean;
}

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`invalid --port value '${value}': expected an integer between 0 and 65535`);
  }
  return Number(value);
}

export function parseCli(argv: string[]): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        verbose: { type: 'boolean' },
        repair: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '')
    throw new UsageError(`invalid --host value '${host}': expected a host name or IP address`);
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') {
    throw new UsageError(`invalid --data-dir value '${dataDir}': expected a directory path`);
  }
  if (values.repair && dataDir === undefined) throw new UsageError('--repair needs --data-dir');
  return {
    port: values.port === undefined ? 27017 : parsePort(values.port),
    host,
    dataDir,
    repair: values.repair ?? false,
    verbose: values.verbose ?? false,
  };
}

function consoleLogger(verbose: boolean): Logger {
  const line = (level: string, obj: object, msg?: string) =>
    process.stderr.write(`${new Date().toISOString()} ${level} ${msg ?? ''} ${JSON.stringify(obj)}\n`);
  return {
    debug: verbose ? (obj, msg) => line('debug', obj, msg) : undefined,
    info: (obj, msg) => line('info', obj, msg),
    warn: (obj, msg) => line('warn', obj, msg),
    error: (obj, msg) => line('error', obj, msg),
  };
}

/** Serves until SIGINT or SIGTERM (nothing returned); 1 when the engine cannot start, 0 after --help. */
async function main(): Promise<number | void> {
  const options = parseCli(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let engine;
  try {
    engine = await startEmbeddedMongo({
      port: options.port,
      host: options.host,
      dataDir: options.dataDir,
      repair: options.repair,
      logger: consoleLogger(options.verbose),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} on ${options.host} is already in use`
        : code === 'EADDRNOTAVAIL'
          ? `cannot bind to host '${options.host}'`
          : (error as Error).message;
    process.stderr.write(`${NAME}: ${reason}\n`);
    return 1;
  }
  for (const repair of engine.repairs) {
    process.stderr.write(
      `${NAME}: repaired ${repair.file}: damaged at byte ${repair.offset}; kept as ${repair.movedTo}; ` +
        `${repair.recordsRecovered} records recovered, ${repair.recordsLost} could not be read\n`,
    );
  }
  const storage = options.dataDir
    ? `data in ${options.dataDir}`
    : 'in memory only (use --data-dir to keep data)';
  process.stdout.write(`embedded MongoDB listening on ${engine.uri} (${storage}); Ctrl+C to stop\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      process.stderr.write(`${NAME}: ${signal} again, exiting without waiting\n`);
      process.exit(1);
    }
    stopping = true;
    engine.stop().then(
      () => {
        process.stdout.write('embedded MongoDB stopped\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`${NAME}: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) runMain(main, { name: NAME, usage: USAGE });
