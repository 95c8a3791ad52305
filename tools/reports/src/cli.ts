/**
 * `npm run report -- <name> [--district CODE] [--fiscal-year Y] [--format html|xlsx|csv] [--out FILE]`
 *
 * Downloads a staff report from a running gateway (KYODO_GATEWAY_URL, default http://127.0.0.1:4000) into a file,
 * with a progress line on a terminal. The token is KYODO_TOKEN, or outside production a local staff token signed
 * with KYODO_JWT_SECRET (the development secret `npm start` uses when unset), as `npm run token` would sign it.
 * Without --fiscal-year it asks for the fiscal year of the process clock (KYODO_NOW, else the machine's), the one a
 * graph started with the same KYODO_NOW lives in.
 * Exit codes: 0 written, 1 the gateway refused or failed (its message and code are printed) or a bad KYODO_NOW,
 * 2 bad usage.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import {
  DEVELOPMENT_JWT_SECRET,
  REPORTS,
  REPORT_FORMATS,
  type ReportFormat,
  issueLocalToken,
} from '@kyodo/gateway';
import { readProcessClock } from '@kyodo/service-kit';
import { UsageError, describeFailure, runMain } from '@kyodo/service-kit/runMain';

const USAGE = `usage: npm run report -- <${[...REPORTS.keys()].join('|')}> [--district CODE] [--fiscal-year YEAR] [--format ${REPORT_FORMATS.join('|')}] [--out FILE]`;

export interface ReportCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  interactive: boolean;
}

/** The fiscal year (April to March) that `now` falls in, in Japan. */
export function currentFiscalYear(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'numeric',
  })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  const year = Number(parts.year);
  return Number(parts.month) >= 4 ? year : year - 1;
}

function parse(argv: string[], now: Date) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        district: { type: 'string' },
        'fiscal-year': { type: 'string' },
        format: { type: 'string', default: 'html' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new UsageError('name one report');
  const definition = REPORTS.get(name);
  if (!definition) throw new UsageError(`unknown report "${name}"`);
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new UsageError(`--format must be ${REPORT_FORMATS.join(', ')}, got "${values.format}"`);
  const fiscalYear = values['fiscal-year'] ?? String(currentFiscalYear(now));
  if (!/^\d{4}$/.test(fiscalYear))
    throw new UsageError(`--fiscal-year must be a year like 2025, got "${fiscalYear}"`);
  if (definition.needsDistrict && !values.district)
    throw new UsageError(`the ${name} report needs --district CODE`);
  return { name, format, fiscalYear, district: values.district ?? null, out: values.out ?? null };
}

async function bearerToken(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.KYODO_TOKEN?.trim()) return env.KYODO_TOKEN.trim();
  if (env.NODE_ENV === 'production') throw new UsageError('KYODO_TOKEN is required when NODE_ENV=production');
  return issueLocalToken(
    { sub: 'report-cli', role: 'staff', organizationIds: [] },
    env.KYODO_JWT_SECRET?.trim() || DEVELOPMENT_JWT_SECRET,
    { ttlSeconds: 600 },
  );
}

export async function runReportCli(argv: string[], io: ReportCliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  let token: string;
  try {
    args = parse(argv, readProcessClock(io.env)());
    if (!args) {
      io.out(USAGE);
      return 0;
    }
    token = await bearerToken(io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(describeFailure(error, { name: 'report', usage: USAGE }));
    return 2;
  }
  const gateway = (io.env.KYODO_GATEWAY_URL?.trim() || 'http://127.0.0.1:4000').replace(/\/+$/, '');
  const query = new URLSearchParams({
    fiscalYear: args.fiscalYear,
    ...(args.district ? { district: args.district } : {}),
  });
  const url = `${gateway}/reports/${args.name}.${args.format}?${query.toString()}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    io.err(
      `report: cannot reach the gateway at ${gateway} (${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message}); is it running (npm start), or set KYODO_GATEWAY_URL`,
    );
    return 1;
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    const error = body?.errors?.[0];
    io.err(
      `report: the gateway answered ${response.status}${error ? ` ${error.extensions?.code ?? ''}: ${error.message}` : ''}`,
    );
    return 1;
  }
  const defaultName = `${args.name}${args.district ? `-${args.district}` : ''}-${args.fiscalYear}.${args.format}`;
  const target = path.resolve(io.env.INIT_CWD ?? process.cwd(), args.out ?? defaultName);
  // Written beside the target and renamed when complete, so a failed download never leaves a truncated report.
  const partial = `${target}.partial`;
  const bar = io.interactive
    ? new SingleBar({ format: 'report {name} | {value} KiB | {duration}s', hideCursor: true })
    : null;
  bar?.start(0, 0, { name: args.name });
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      bar?.update(Math.round(bytes / 1024));
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body), counter, createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    io.err(`report: the download failed: ${(error as Error).message}`);
    return 1;
  } finally {
    bar?.stop();
  }
  io.out(`report: wrote ${target} (${bytes.toLocaleString('en')} bytes)`);
  return 0;
}

if (require.main === module) {
  runMain(
    () =>
      runReportCli(process.argv.slice(2), {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
        env: process.env,
        interactive: Boolean(process.stderr.isTTY),
      }),
    { name: 'report', usage: USAGE },
  );
}
