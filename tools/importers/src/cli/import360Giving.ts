/**
 * `npm run import:360giving -- FILE [--skip-rejected] [--dry-run]`
 *
 * Imports a 360Giving 1.4 package (JSON, `{ "grants": [...] }`) of another funder into the funding database as
 * that funder's historical grants (collection externalGrants; see services/funding/README.md): MONGODB_URI when
 * set, otherwise the embedded engine's data directory that `npm start` uses (KYODO_DATA_DIR, default .kyodo/data;
 * stop `npm start` first, or point MONGODB_URI at its engine).
 *
 * Every grant is validated against the official 360Giving grant schema (KYODO_SHARED_SCHEMAS, default the shared
 * schemas folder beside the repository) and the domain's rules before anything is written. Rejected grants block
 * the import (nothing is written, exit 1) unless --skip-rejected is given. The grant id is the key: a re-import
 * writes only what changed. Exit codes: 0 imported, 1 rejected grants or failed write, 2 bad usage, unreadable
 * file or schema.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tokyoDate } from '@kyodo/domain';
import { readProcessClock } from '@kyodo/service-kit/clock';
import { ConfigError } from '@kyodo/service-kit/runMain';
import { MongoClient } from 'mongodb';
import { GrantsPackageError, parseGrantsPackage, type GrantsPackageImport } from '../grants360/parse.js';
import { formatGrantsReport } from '../grants360/report.js';
import { GrantSchemaError, grantValidator } from '../grants360/schema.js';
import { upsertExternalGrants } from '../grants360/upsert.js';
import { withDatabase, type CliIo } from './database.js';

const USAGE = 'usage: npm run import:360giving -- FILE [--skip-rejected] [--dry-run]';
const DATABASE = 'kyodo_funding';
/** The city's own funder id, as the funding subgraph reads it (services/funding/src/publisher.ts). */
const CITY_FUNDER_ID = 'JP-JCN-1000020222127';
/** A package is read whole: refuse one too large to be a grants file before reading it. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export async function runImport360Giving(argv: string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'skip-rejected': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  }
  try {
    args = parse();
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  // The instant the import runs at: it dates what is written and is the "today" no award may be after.
  let now: Date;
  try {
    now = (io.clock ?? readProcessClock(io.env))();
  } catch (error) {
    // A bad KYODO_NOW: the kit's message names the variable and the value it got.
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    return 2;
  }

  let result: GrantsPackageImport;
  try {
    // npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
    const target = path.resolve(io.env.INIT_CWD ?? process.cwd(), file);
    const size = statSync(target).size;
    if (size > MAX_FILE_BYTES)
      throw new GrantsPackageError(`is ${size} bytes; at most ${MAX_FILE_BYTES} are read`);
    result = parseGrantsPackage(readFileSync(target, 'utf8'), {
      validate: grantValidator(io.env),
      cityFunderId: io.env.KYODO_FUNDER_ID?.trim() || CITY_FUNDER_ID,
      today: tokyoDate(now),
    });
  } catch (error) {
    if (
      error instanceof GrantsPackageError ||
      error instanceof GrantSchemaError ||
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'EISDIR'
    ) {
      io.err(`${file}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }

  const blocked = result.rejected.length > 0 && !args.values['skip-rejected'];
  if (blocked || args.values['dry-run']) {
    formatGrantsReport(file, result, null).forEach(io.out);
    if (blocked) {
      io.err(
        `${result.rejected.length} rejected grant(s): nothing was imported (fix them, or pass --skip-rejected)`,
      );
      return 1;
    }
    io.out('  dry run: nothing was written');
    return 0;
  }

  try {
    const written = await withDatabase(io.env, async (uri) => {
      const client = await MongoClient.connect(uri);
      try {
        return await upsertExternalGrants(client.db(DATABASE), result.grants, now);
      } finally {
        await client.close();
      }
    });
    formatGrantsReport(file, result, written).forEach(io.out);
    return 0;
  } catch (error) {
    formatGrantsReport(file, result, null).forEach(io.out);
    io.err((error as Error).message);
    return 1;
  }
}

if (require.main === module) {
  runImport360Giving(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
