import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exampleQuery, issueLocalToken } from '@kyodo/gateway';
import { type Launched, type ProcessName, freePort, launch } from '@kyodo/launcher';
import { runMain } from '@kyodo/service-kit/runMain';
import { runCompare } from './compare/index.js';
import { parseCompareFlags } from './compare/options.js';
import { parseSubgraphNearFlags, runSubgraphNear } from './compare/subgraphNear.js';
import { runEngineBench } from './engine/engineBench.js';
import { type BenchOptions, parseFlags, percentile } from './stats.js';

export { parseFlags, percentile, type BenchOptions } from './stats.js';

const USAGE = [
  'usage: npm run bench -- [--requests N] [--concurrency C]',
  '       npm run bench -- --engine [--scales 1,10,100] [--budget-ms 2000]',
  '       npm run bench -- --compare [--rounds N] [--seconds S] [--warmup S] [--only TEXT] [--cpu-prof DIR]',
  '       npm run bench -- --subgraph-near [--rounds N] [--seconds S] [--warmup S] [--cpu-prof DIR]',
].join('\n');

const JWT_SECRET = randomBytes(32).toString('hex');

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  staff: boolean;
}

const SCENARIOS: Scenario[] = [
  // The district dashboard is the example query `npm start` prints: organizations, their managedFacilities,
  // awards(fiscalYear) and evaluations, the district's facilities with utilization, its indicators with progress.
  { name: 'district dashboard', query: exampleQuery(new Date()), variables: {}, staff: false },
  {
    // 焼津駅 (Yaizu Station).
    name: 'facilitiesNear Yaizu Sta. 3 km',
    query: `query Near($near: GeoPointInput!) {
  facilitiesNear(near: $near, radiusMeters: 3000, first: 20) {
    totalCount
    edges { distanceMeters node { id nameJa kind } }
  }
}`,
    variables: { near: { lat: 34.8706, lng: 138.3186 } },
    staff: false,
  },
  {
    name: 'fundingSummary 2024 by district',
    query: `query Summary {
  fundingSummary(fiscalYear: 2024, groupBy: DISTRICT) {
    groups { key district { nameJa } awardedTotal awardCount disbursedTotal }
    totals { awardedTotal awardCount disbursedTotal }
  }
}`,
    variables: {},
    staff: true,
  },
];

interface Result {
  name: string;
  requests: number;
  errors: number;
  firstError: string | null;
  latencies: number[];
  seconds: number;
}

async function send(url: string, body: string, headers: Record<string, string>): Promise<string | null> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    if (!response.ok) return `HTTP ${response.status} ${text.slice(0, 200)}`;
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    if (parsed.errors?.length) return JSON.stringify(parsed.errors).slice(0, 300);
    if (!parsed.data) return `no data: ${text.slice(0, 200)}`;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Sends `requests` requests with at most `concurrency` in flight. Plain fetch and a sorted array of latencies:
 * no load-testing library is installed (autocannon is not), and this bounded closed-loop run needs none.
 */
async function run(url: string, scenario: Scenario, options: BenchOptions, token: string): Promise<Result> {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (scenario.staff) headers.authorization = `Bearer ${token}`;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      next += 1;
      const t0 = performance.now();
      const error = await send(url, body, headers);
      latencies.push(performance.now() - t0);
      if (error) {
        errors += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.requests) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name: scenario.name, requests: options.requests, errors, firstError, latencies, seconds };
}

/** Peak resident set (VmHWM) of a child, in MiB; null where /proc is not there (not Linux). */
async function peakRssMiB(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // The engine section runs alone: the database side of the hot queries at 1x/10x/100x (engine/engineBench.ts).
  if (argv.includes('--engine')) return runEngineBench(argv.filter((arg) => arg !== '--engine'));
  // A bad flag is a UsageError: runMain prints it with USAGE and exits 2.
  if (argv.includes('--subgraph-near')) return runSubgraphNear(parseSubgraphNearFlags(argv));
  if (argv.includes('--compare')) return runCompare(parseCompareFlags(argv));
  const options: BenchOptions = parseFlags(argv);

  const dataDir = await mkdtemp(path.join(tmpdir(), 'kyodo-bench-'));
  const logs: string[] = [];
  const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const [gatewayPort, organizations, facilities, funding, evaluation] = await Promise.all(
    Array.from({ length: 5 }, () => freePort()),
  );
  let launched: Launched | null = null;
  const stopAll = async () => {
    await launched?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    say(`starting the graph (embedded engine in ${dataDir}); seeding takes a while`);
    launched = await launch({
      mongodbUri: null,
      dataDir,
      gatewayPort: gatewayPort!,
      subgraphPorts: {
        organizations: organizations!,
        facilities: facilities!,
        funding: funding!,
        evaluation: evaluation!,
      },
      internalSecret: randomBytes(24).toString('hex'),
      env: { ...process.env, KYODO_JWT_SECRET: JWT_SECRET, LOG_LEVEL: 'warn', KYODO_SUPERGRAPH_POLL_MS: '0' },
      gatewayEnv: { LOG_LEVEL: 'warn' },
      readyTimeoutMs: 180_000,
      now: new Date(),
      onLine: (name, line) => logs.push(`[${name}] ${line}`),
      onUnexpectedExit: (name, exit) =>
        logs.push(`[bench] ${name} exited unexpectedly ${JSON.stringify(exit)}`),
    });
  } catch (error) {
    console.error(`could not start the graph: ${(error as Error).message}\n${logs.slice(-40).join('\n')}`);
    await stopAll();
    return 1;
  }

  let failed = false;
  try {
    const url = launched.gatewayUrl;
    if (!url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to load a non-local URL ${url}`);
    const token = await issueLocalToken(
      { sub: 'bench-staff', role: 'staff', organizationIds: [] },
      JWT_SECRET,
      {
        ttlSeconds: 3600,
      },
    );
    say(`ready at ${url}; warming up`);
    for (const scenario of SCENARIOS) {
      const warm = await run(url, scenario, { requests: 10, concurrency: 2 }, token);
      if (warm.errors > 0) throw new Error(`${scenario.name} fails while warming up: ${warm.firstError}`);
    }
    const results: Result[] = [];
    for (const scenario of SCENARIOS) {
      say(`${scenario.name}: ${options.requests} requests, concurrency ${options.concurrency}`);
      results.push(await run(url, scenario, options, token));
    }

    const fmt = (n: number) => n.toFixed(1);
    console.log(
      `\n${table([
        ['query', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
        ...results.map((r) => [
          r.name,
          String(r.requests),
          String(r.errors),
          fmt(percentile(r.latencies, 50)),
          fmt(percentile(r.latencies, 95)),
          fmt(percentile(r.latencies, 99)),
          fmt(r.requests / r.seconds),
        ]),
      ])}`,
    );
    const names: ProcessName[] = ['gateway', 'organizations', 'facilities', 'funding', 'evaluation'];
    const rss = await Promise.all(names.map((n) => peakRssMiB(launched.processes[n].pid)));
    console.log(
      `\npeak RSS (VmHWM of each child process, MiB; the embedded engine runs inside the bench process)\n${table(
        [
          ['process', 'MiB'],
          ...names.map((n, i) => {
            const mib = rss[i];
            return [n, mib === null || mib === undefined ? 'n/a' : fmt(mib)];
          }),
          ['bench + engine (this process)', fmt(process.memoryUsage().rss / 1024 / 1024) + ' (now)'],
        ],
      )}\n`,
    );
    for (const r of results.filter((x) => x.errors > 0)) {
      console.error(`${r.name}: ${r.errors} of ${r.requests} requests failed; first: ${r.firstError}`);
      failed = true;
    }
  } catch (error) {
    console.error((error as Error).message);
    failed = true;
  } finally {
    say('stopping the gateway, the subgraphs and the engine');
    await stopAll();
  }
  return failed ? 1 : 0;
}

if (require.main === module) runMain(main, { name: 'npm run bench', usage: USAGE });
