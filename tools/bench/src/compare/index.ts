import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fiscalYearOf } from '@kyodo/domain';
import { DEMO_YEARS } from '@kyodo/seed';
import { SUBGRAPHS, type SubgraphName, findRepoRoot, issueLocalToken } from '@kyodo/gateway';
import { type Launched, freePort, launch } from '@kyodo/launcher';
import { VIEWER_HEADER, VIEWER_SIGNATURE_HEADER, signViewer } from '@kyodo/service-kit';
import { cpuSeconds } from './cpu.js';
import { spawnLogged, startEngineProcess } from './processes.js';
import { type LoadResult, load, sendOnce } from './load.js';
import { type HiveVariant, ensurePeersInstalled, hiveConfigSource } from './peers.js';
import { type CompareOptions, formatReport, type Measured, type TargetName } from './report.js';
import { type ParameterPool, type Scenario, scenarios, seededRandom } from './scenarios.js';

/** The instant the bench dates its demo world at: the graph is seeded, and its fiscal years drawn, relative to it. */
const NOW = new Date();

/** The fiscal years the demo world holds: the current one and those before it. */
function demoFiscalYears(now: Date): number[] {
  const current = fiscalYearOf(now);
  return Array.from({ length: DEMO_YEARS }, (_, index) => current - index);
}

const JWT_SECRET = randomBytes(32).toString('hex');
const INTERNAL_SECRET = randomBytes(24).toString('hex');
/** How many distinct request bodies varied traffic cycles through (enough that repeats are rare in a round). */
const VARIED_BODIES = 2000;

interface Target {
  name: TargetName;
  url: string;
  pid: () => number | undefined;
}

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function graphql(url: string, query: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors?.length)
    throw new Error(`${url} answered ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

/** Districts, points inside them (random in the city's bounding box, kept when districtAt finds one), years. */
async function parameterPool(url: string): Promise<ParameterPool> {
  const { districts } = (await graphql(url, '{ districts { code boundary { coordinates } } }')) as {
    districts: { code: string; boundary: { coordinates: number[][][][] } }[];
  };
  const positions = districts.flatMap((d) => d.boundary.coordinates.flat(2));
  const lngs = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  const [minLng, maxLng, minLat, maxLat] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const random = seededRandom(7);
  const points: { lat: number; lng: number }[] = [];
  for (let attempt = 0; attempt < 40 && points.length < 200; attempt += 1) {
    const candidates = Array.from({ length: 10 }, () => ({
      lat: Math.round((minLat + random() * (maxLat - minLat)) * 1e5) / 1e5,
      lng: Math.round((minLng + random() * (maxLng - minLng)) * 1e5) / 1e5,
    }));
    const found = (await graphql(
      url,
      `{ ${candidates.map((c, i) => `p${i}: districtAt(lat: ${c.lat}, lng: ${c.lng}) { code }`).join(' ')} }`,
    )) as Record<string, unknown>;
    candidates.forEach((c, i) => found[`p${i}`] && points.push(c));
  }
  if (districts.length === 0 || points.length < 20)
    throw new Error(`the seed gave ${districts.length} districts and ${points.length} points inside them`);
  return { districtCodes: districts.map((d) => d.code), points, fiscalYears: demoFiscalYears(NOW) };
}

/** What the scenario's requests carry, in turn: POST bodies, or GET search strings (the same operations). */
function requestsOf(scenario: Scenario): string[] {
  const random = seededRandom(42);
  const count = scenario.traffic === 'identical' ? 1 : VARIED_BODIES;
  return Array.from({ length: count }, () => {
    const variables = scenario.variables(random);
    return scenario.method === 'POST'
      ? JSON.stringify({ query: scenario.query, variables })
      : new URLSearchParams({ query: scenario.query, variables: JSON.stringify(variables) }).toString();
  });
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} not ready at ${url} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The supergraph with this run's subgraph URLs, for Hive (the checked-in file names the default ports). */
function withUrls(supergraph: string, urls: Record<SubgraphName, string>): string {
  let sdl = supergraph;
  for (const { name } of SUBGRAPHS) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`the supergraph has no join__graph for ${name}`);
    sdl = sdl.replace(pattern, `$1${urls[name]}$2`);
  }
  return sdl;
}

async function subgraphRequests(urls: Record<SubgraphName, string>): Promise<number> {
  const counts = await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const text = await (await fetch(new URL('/metrics', urls[name]))).text();
      const value = /^kyodo_graphql_requests_total (\d+)$/m.exec(text)?.[1];
      if (value === undefined) throw new Error(`${name} /metrics has no kyodo_graphql_requests_total`);
      return Number(value);
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export async function runCompare(options: CompareOptions): Promise<number> {
  const { dir: peerDir, bin: hiveBin } = await ensurePeersInstalled(say);
  const root = findRepoRoot(__dirname);
  const work = await mkdtemp(path.join(tmpdir(), 'kyodo-compare-'));
  const logs: string[] = [];
  const children: ChildProcess[] = [];
  let launched: Launched | null = null;
  const configFiles: string[] = [];
  const stopAll = async () => {
    await launched?.stop().catch(() => undefined);
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(configFiles.map((f) => rm(f, { force: true })));
    await rm(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));

  try {
    const [mongoPort, gatewayPort, hivePort, rustPort, barePort, ...subgraphPorts] = await Promise.all(
      Array.from({ length: 5 + SUBGRAPHS.length }, () => freePort()),
    );
    if (options.cpuProfileDir) await mkdir(options.cpuProfileDir, { recursive: true });
    // Our own processes only: the peers are measured, not profiled.
    const profiling = options.cpuProfileDir
      ? {
          NODE_OPTIONS: `--require ${path.join(__dirname, 'cpuProfileHook.js')}`,
          KYODO_CPU_PROFILE_DIR: options.cpuProfileDir,
        }
      : {};
    // The engine runs in its own process, so its CPU is measured apart from the load generator's.
    const engine = await startEngineProcess(root, mongoPort!, logs, { ...process.env, ...profiling });
    children.push(engine);
    say('starting the subgraphs (seeding takes a while) and the Kyodo gateway');
    launched = await launch({
      now: NOW,
      mongodbUri: `mongodb://127.0.0.1:${mongoPort}/`,
      gatewayPort: gatewayPort!,
      subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[i]!])) as Record<
        SubgraphName,
        number
      >,
      internalSecret: INTERNAL_SECRET,
      env: {
        ...process.env,
        KYODO_JWT_SECRET: JWT_SECRET,
        LOG_LEVEL: 'warn',
        KYODO_SUPERGRAPH_POLL_MS: '0',
        ...profiling,
      },
      gatewayEnv: { LOG_LEVEL: 'warn' },
      readyTimeoutMs: 240_000,
      onLine: (name, line) => logs.push(`[${name}] ${line}`),
      onUnexpectedExit: (name, exit) =>
        logs.push(`[bench] ${name} exited unexpectedly ${JSON.stringify(exit)}`),
    });
    const subgraphUrls = launched.subgraphUrls;

    const supergraphPath = path.join(work, 'supergraph.graphql');
    await writeFile(
      supergraphPath,
      withUrls(await readFile(path.join(root, 'schema', 'supergraph.graphql'), 'utf8'), subgraphUrls),
    );
    const viewerHeaders = [VIEWER_HEADER, VIEWER_SIGNATURE_HEADER, 'x-request-id'];
    const hive = async (variant: HiveVariant, port: number) => {
      // The config imports @graphql-hive/router-runtime, so it lives beside the peers' node_modules.
      const config = path.join(peerDir, `gateway-${variant}-${process.pid}.mjs`);
      configFiles.push(config);
      await writeFile(config, hiveConfigSource(variant, supergraphPath, viewerHeaders));
      const child = spawnLogged(
        `hive-${variant}`,
        [
          hiveBin,
          'supergraph',
          supergraphPath,
          '--config-path',
          config,
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
        ],
        peerDir,
        logs,
        { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: '' },
      );
      children.push(child);
      return child;
    };
    const hiveChild = await hive('defaults', hivePort!);
    const rustChild = await hive('rust-planner', rustPort!);
    await waitFor(`http://127.0.0.1:${hivePort}/readiness`, 60_000, hiveChild, 'Hive Gateway');
    await waitFor(`http://127.0.0.1:${rustPort}/readiness`, 60_000, rustChild, 'Hive Gateway (Rust planner)');
    const bareChild = spawnLogged(
      'bare',
      [path.join(__dirname, 'bareServer.js'), String(barePort)],
      root,
      logs,
    );
    children.push(bareChild);
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitFor(`${bareUrl}/readiness`, 10_000, bareChild, 'the bare server');

    const targets: Target[] = [
      { name: 'kyodo', url: launched.gatewayUrl, pid: () => launched?.processes.gateway.pid },
      { name: 'hive', url: `http://127.0.0.1:${hivePort}/graphql`, pid: () => hiveChild.pid },
      { name: 'hive-rust', url: `http://127.0.0.1:${rustPort}/graphql`, pid: () => rustChild.pid },
      { name: 'floor', url: `${bareUrl}/graphql`, pid: () => bareChild.pid },
    ];
    const token = await issueLocalToken(
      { sub: 'bench-staff', role: 'staff', organizationIds: [] },
      JWT_SECRET,
      {
        ttlSeconds: 3600,
      },
    );
    // Hive cannot verify Kyodo's JWTs: it gets the viewer already signed (what our gateway computes per request).
    const signedStaff = signViewer(
      { sub: 'bench-staff', role: 'staff', organizationIds: [] },
      INTERNAL_SECRET,
      3600,
    );
    const headersFor = (target: Target, scenario: Scenario): Record<string, string> =>
      !scenario.staff || target.name === 'floor'
        ? {}
        : target.name === 'kyodo'
          ? { authorization: `Bearer ${token}` }
          : signedStaff;

    const pool = await parameterPool(launched.gatewayUrl);
    say(
      `parameter pool: ${pool.districtCodes.length} districts, ${pool.points.length} points, years ${pool.fiscalYears.join(', ')}`,
    );
    const processPids: [string, () => number | undefined][] = [
      ...SUBGRAPHS.map((s): [string, () => number | undefined] => [
        s.name,
        () => launched?.processes[s.name].pid,
      ]),
      ['engine', () => engine.pid],
    ];

    const measured: Measured[] = [];
    const all = scenarios(pool);
    const chosen = options.only ? all.filter((s) => s.name.includes(options.only!)) : all;
    for (const scenario of chosen) {
      const requests = requestsOf(scenario);
      // The floor answers every request with our gateway's answer to the scenario's first request: the same bytes.
      const first = await sendOnce(
        launched.gatewayUrl,
        scenario.method,
        requests[0]!,
        headersFor(targets[0]!, scenario),
      );
      if (!first.ok) throw new Error(`${scenario.name}: the Kyodo gateway answered ${first.status}`);
      await fetch(`${bareUrl}/answer`, { method: 'PUT', body: Buffer.from(await first.arrayBuffer()) });
      for (let round = 0; round < options.rounds; round += 1) {
        // Interleaved: each round starts with a different gateway, so drift on the shared machine spreads evenly.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
        for (const target of order) {
          const headers = headersFor(target, scenario);
          const warm = await load({
            url: target.url,
            headers,
            method: scenario.method,
            requests,
            connections: scenario.connections,
            seconds: options.warmupSeconds,
          });
          if (warm.failures > 0 && warm.requests === warm.failures)
            throw new Error(`${scenario.name} on ${target.name} fails: ${warm.firstFailure}`);
          const fetchesBefore = await subgraphRequests(subgraphUrls);
          const cpuBefore = await Promise.all(
            [target.pid, ...processPids.map(([, p]) => p)].map((p) => cpuSeconds(p())),
          );
          const loadBefore = process.cpuUsage();
          const result: LoadResult = await load({
            url: target.url,
            headers,
            method: scenario.method,
            requests,
            connections: scenario.connections,
            seconds: options.seconds,
          });
          const loadCpu = process.cpuUsage(loadBefore);
          const cpuAfter = await Promise.all(
            [target.pid, ...processPids.map(([, p]) => p)].map((p) => cpuSeconds(p())),
          );
          const fetches = (await subgraphRequests(subgraphUrls)) - fetchesBefore;
          const cpu: Record<string, number | null> = {};
          ['gateway', ...processPids.map(([n]) => n)].forEach((name, i) => {
            const a = cpuBefore[i];
            const b = cpuAfter[i];
            cpu[name] = a == null || b == null ? null : ((b - a) / options.seconds) * 100;
          });
          cpu.autocannon = ((loadCpu.user + loadCpu.system) / 1e6 / options.seconds) * 100;
          measured.push({
            scenario: scenario.name,
            traffic: scenario.traffic,
            gateway: target.name,
            round,
            result,
            fetches,
            cpu,
          });
          say(
            `${scenario.name} [${target.name}, round ${round + 1}/${options.rounds}]: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms` +
              (result.failures ? `, ${result.failures} failures (${result.firstFailure})` : ''),
          );
        }
      }
    }
    console.log(formatReport(measured, options));
    const failed = measured.filter((m) => m.result.failures > 0);
    for (const m of failed)
      console.error(
        `${m.scenario} on ${m.gateway}: ${m.result.failures} failures; first: ${m.result.firstFailure}`,
      );
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`${(error as Error).message}\n${logs.slice(-40).join('\n')}`);
    return 1;
  } finally {
    say('stopping the gateways, the subgraphs and the engine');
    await stopAll();
  }
}
