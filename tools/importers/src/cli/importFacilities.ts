/**
 * `npm run import:facilities -- FILE [--municipality-code 222127] [--skip-rejected] [--dry-run]`
 *
 * Imports a 公共施設一覧 CSV (version 1 or 2022+ header; UTF-8 or Shift_JIS) into the facilities database:
 * MONGODB_URI when set, otherwise the embedded engine's data directory that `npm start` uses (KYODO_DATA_DIR,
 * default .kyodo/data; stop `npm start` first, or point MONGODB_URI at its engine).
 *
 * Every row is validated before anything is written. Rejected rows block the import (nothing is written, exit 1)
 * unless --skip-rejected is given, which imports the valid rows and still lists the rejected ones. A write that
 * fails midway is rolled back (see upsertFacilities). Exit codes: 0 imported, 1 rejected rows or failed write,
 * 2 bad usage or unreadable file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { UsageError, describeFailure, runMain } from '@kyodo/service-kit/runMain';
import { readDistricts } from '../districts/readDistricts.js';
import { FacilityFileError, parseFacilityFile } from '../facilities/parse.js';
import { formatImportReport } from '../facilities/report.js';
import { upsertFacilities } from '../facilities/upsert.js';
import { withDatabase, type CliIo } from './database.js';

export type { CliIo };

const USAGE =
  'usage: npm run import:facilities -- FILE [--municipality-code CODE] [--skip-rejected] [--dry-run]';
const COMMAND = 'npm run import:facilities';
const DATABASE = 'kyodo_facilities';

export async function runImportFacilities(argv: string[], io: CliIo): Promise<number> {
  const badUsage = (message: string) => {
    io.err(describeFailure(new UsageError(message), { name: COMMAND, usage: USAGE }));
    return 2;
  };
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'municipality-code': { type: 'string' },
        'skip-rejected': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  }
  try {
    args = parse();
  } catch (error) {
    return badUsage((error as Error).message);
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) return badUsage('name one file');
  const code = args.values['municipality-code'];
  if (code !== undefined && !/^\d{6}$/.test(code)) {
    return badUsage(`--municipality-code must be a 6-digit 全国地方公共団体コード, got "${code}"`);
  }

  let result: ReturnType<typeof parseFacilityFile>;
  try {
    // npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
    const buffer = readFileSync(path.resolve(io.env.INIT_CWD ?? process.cwd(), file));
    result = parseFacilityFile(buffer, code ? { municipalityCode: code } : {});
  } catch (error) {
    if (error instanceof FacilityFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`${file}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }

  const blocked = result.rejected.length > 0 && !args.values['skip-rejected'];
  if (blocked || args.values['dry-run']) {
    formatImportReport(file, result, null).forEach(io.out);
    if (blocked) {
      io.err(
        `${result.rejected.length} rejected row(s): nothing was imported (fix them, or pass --skip-rejected)`,
      );
      return 1;
    }
    io.out('  dry run: nothing was written');
    return 0;
  }

  const districts = await readDistricts();
  try {
    const written = await withDatabase(io.env, async (uri) => {
      const client = await MongoClient.connect(uri);
      try {
        return await upsertFacilities(client.db(DATABASE), result.facilities, districts);
      } finally {
        await client.close();
      }
    });
    formatImportReport(file, result, written).forEach(io.out);
    return 0;
  } catch (error) {
    formatImportReport(file, result, null).forEach(io.out);
    io.err((error as Error).message);
    return 1;
  }
}

if (require.main === module) {
  runMain(
    () =>
      runImportFacilities(process.argv.slice(2), {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
        env: process.env,
      }),
    { name: COMMAND, usage: USAGE },
  );
}
