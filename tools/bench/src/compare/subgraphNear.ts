import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphName, findRepoRoot } from '@kyodo/gateway';
import { type Launched, freePort, launch } from '@kyodo/launcher';
import { ANONYMOUS, signViewer } from '@kyodo/service-kit';
import { UsageError } from '@kyodo/service-kit/runMain';
import { cpuSeconds } from './cpu.js';
import { load } from './load.js';
import { startEngineProcess } from './processes.js';
import { NEAR_QUERY, STATION } from './scenarios.js';

/** `npm run bench -- --subgraph-near [--rounds N] [--seconds S] [--warmup S] [--cpu-prof DIR]`. */
export interface SubgraphNearOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  /** Write a V8 CPU profile of every child process (`<pid>.cpuprofile`, cpuProfileHook.ts) into this folder. */
  cpuProfileDir: string | null;
}

/** What the mobile app's map screen sends, as the gateway's query plan forwards it: 8 clients, one point. */
const CONNECTIONS = 8;

export function parseSubgraphNearFlags(argv: readonly string[]): SubgraphNearOptions {
  const options: SubgraphNearOptions = { rounds: 3, seconds: 10, warmupSeconds: 3, cpuProfileDir: null };
  const numeric = { '--rounds': 'rounds', '--seconds': 'seconds', '--warmup': 'warmupSeconds' } as const;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--subgraph-near') continue;
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (flag !== '--cpu-prof' && !(flag in numeric))
      throw new UsageError(`unknown argument ${JSON.stringify(arg)} with --subgraph-near`);
    if (raw === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--cpu-prof') {
      options.cpuProfileDir = path.resolve(raw);
      continue;
    }
    if (!/^[1-9][0-9]{0,2}$/.test(raw))
      throw new UsageError(`${flag} must be a whole number from 1 to 999 (got ${JSON.stringify(raw)})`);
    options[numeric[flag as keyof typeof numeric]] = Number(raw);
  }
  return options;
}

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/**
 * facilitiesNear sent straight to the facilities subgraph, signed as the gateway signs an anonymous viewer: what
 * the subgraph and the engine cost per request with no gateway in front. Prints requests/s, p50/p99 and CPU
 * milliseconds per request of the facilities process and of the engine (in a process of its own).
 */
export async function runSubgraphNear(options: SubgraphNearOptions): Promise<number> {
  const root = findRepoRoot(__dirname);
  const logs: string[] = [];
  const internalSecret = randomBytes(24).toString('hex');
  let engine: ChildProcess | null = null;
  let launched: Launched | null = null;
  const stopAll = async () => {
    await launched?.stop().catch(() => undefined);
    if (engine?.exitCode === null) engine.kill('SIGTERM');
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    const [mongoPort, gatewayPort, ...subgraphPorts] = await Promise.all(
      Array.from({ length: 2 + SUBGRAPHS.length }, () => freePort()),
    );
    if (options.cpuProfileDir) await mkdir(options.cpuProfileDir, { recursive: true });
    const profiling = options.cpuProfileDir
      ? {
          NODE_OPTIONS: `--require ${path.join(__dirname, 'cpuProfileHook.js')}`,
          KYODO_CPU_PROFILE_DIR: options.cpuProfileDir,
        }
      : {};
    engine = await startEngineProcess(root, mongoPort!, logs, { ...process.env, ...profiling });
    say('starting the subgraphs (seeding takes a while)');
    launched = await launch({
      now: new Date(),
      mongodbUri: `mongodb://127.0.0.1:${mongoPort}/`,
      gatewayPort: gatewayPort!,
      subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[i]!])) as Record<
        SubgraphName,
        number
      >,
      internalSecret,
      env: { ...process.env, LOG_LEVEL: 'warn', KYODO_SUPERGRAPH_POLL_MS: '0', ...profiling },
      readyTimeoutMs: 240_000,
      onLine: (name, line) => logs.push(`[${name}] ${line}`),
      onUnexpectedExit: (name, exit) =>
        logs.push(`[bench] ${name} exited unexpectedly ${JSON.stringify(exit)}`),
    });
    const url = launched.subgraphUrls.facilities;
    const headers = signViewer(ANONYMOUS, internalSecret, 3600);
    const requests = [JSON.stringify({ query: NEAR_QUERY, variables: { near: STATION } })];
    const facilities = launched.processes.facilities.pid;
    const pids = { facilities, engine: engine.pid };
    say(
      `facilitiesNear straight to ${url} (facilities pid ${facilities}, engine pid ${engine.pid}), c=${CONNECTIONS}`,
    );
    let failed = false;
    const loadFor = (seconds: number) =>
      load({ url, headers, method: 'POST', requests, connections: CONNECTIONS, seconds });
    for (let round = 0; round < options.rounds; round += 1) {
      await loadFor(options.warmupSeconds);
      const before = { facilities: await cpuSeconds(pids.facilities), engine: await cpuSeconds(pids.engine) };
      const result = await loadFor(options.seconds);
      const after = { facilities: await cpuSeconds(pids.facilities), engine: await cpuSeconds(pids.engine) };
      const msPerRequest = (name: 'facilities' | 'engine') => {
        const a = before[name];
        const b = after[name];
        return a === null || b === null || result.requests === 0
          ? 'n/a'
          : `${(((b - a) * 1000) / result.requests).toFixed(2)} ms`;
      };
      console.log(
        `round ${round + 1}/${options.rounds}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ` +
          `CPU per request: facilities ${msPerRequest('facilities')}, engine ${msPerRequest('engine')}` +
          (result.failures ? `, ${result.failures} failures (${result.firstFailure})` : ''),
      );
      if (result.failures > 0) failed = true;
    }
    return failed ? 1 : 0;
  } catch (error) {
    console.error(`${(error as Error).message}\n${logs.slice(-40).join('\n')}`);
    return 1;
  } finally {
    say('stopping the subgraphs, the gateway and the engine');
    await stopAll();
  }
}
