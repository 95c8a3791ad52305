import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEVELOPMENT_JWT_SECRET, issueLocalToken } from '@kyodo/gateway';
import { freePort } from '@kyodo/launcher';
import { RUN_MARKER_VARIABLE, killProcessesOfRun } from '../src/runProcesses.js';

const LAUNCHER = path.resolve(__dirname, '..', '..', 'tools', 'launcher', 'dist', 'src', 'index.js');
/** How long a launcher left running by a test gets to stop on SIGINT before everything of its run is killed. */
const STOP_GRACE_MS = 20_000;

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** In the environment of the launcher and every process it starts (see runProcesses.ts). */
  marker: string;
}

/**
 * Every launcher a test started, stopped after the test whatever became of it: a test that failed or timed out never
 * reaches its own SIGINT (a timed-out one is still waiting in `until`), and its processes would outlive jest.
 */
const runs: Run[] = [];
const dataDirs: string[] = [];
/** Aborted after each test, so the polling of a test that timed out stops too. */
let polling = new AbortController();
beforeEach(() => {
  polling = new AbortController();
});
afterEach(async () => {
  polling.abort();
  const leftovers: number[] = [];
  for (const launcher of runs.splice(0)) {
    const stoppedByItself = launcher.child.exitCode !== null || launcher.child.signalCode !== null;
    if (!stoppedByItself) {
      launcher.child.kill('SIGINT');
      // Unref'd: a launcher that stops at once must not leave this timer holding jest open.
      await Promise.race([launcher.exited, sleep(STOP_GRACE_MS, undefined, { ref: false })]);
    }
    const killed = killProcessesOfRun(launcher.marker);
    // A launcher that exited by itself must have stopped everything it started.
    if (stoppedByItself) leftovers.push(...killed);
  }
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (leftovers.length > 0) {
    throw new Error(
      `the launcher exited but left processes running (pids ${leftovers.join(', ')}): killed them`,
    );
  }
}, STOP_GRACE_MS + 10_000);

async function run(env: Record<string, string>): Promise<Run & { ports: number[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyodo-launcher-e2e-'));
  dataDirs.push(dataDir);
  const marker = randomBytes(8).toString('hex');
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const [gateway, organizations, facilities, funding, evaluation] = ports.map(String);
  let output = '';
  const child = spawn(process.execPath, [LAUNCHER], {
    env: {
      ...process.env,
      KYODO_GATEWAY_PORT: gateway as string,
      KYODO_ORGANIZATIONS_PORT: organizations as string,
      KYODO_FACILITIES_PORT: facilities as string,
      KYODO_FUNDING_PORT: funding as string,
      KYODO_EVALUATION_PORT: evaluation as string,
      // A throwaway data directory (removed after each test), never the repository's .kyodo/data.
      KYODO_DATA_DIR: dataDir,
      [RUN_MARKER_VARIABLE]: marker,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const launcher = { child, output: () => output, exited, marker, ports };
  runs.push(launcher);
  return launcher;
}

/** Polls often, so a wait ends soon after the output changes; the bound is a time (default 150 s), not a count. */
const POLL_MS = 50;
async function until(probe: () => boolean, withinMs = 150_000): Promise<void> {
  for (let i = 0; i < withinMs / POLL_MS && !probe() && !polling.signal.aborted; i += 1) await sleep(POLL_MS);
}

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

// Response bodies are read loosely: the assertions are what check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

/**
 * The example query the launcher printed: it asks for the fiscal year of the launcher's clock, the one that dated
 * the demo world, so the test never mixes in a date of its own (the suite passes on any machine date).
 */
function printedQuery(output: string): string {
  const query = /\n {2}(query DistrictDashboard \{\n[\s\S]*?\n {2}\})\n/.exec(output)?.[1];
  if (!query) throw new Error(`the launcher printed no example query:\n${output}`);
  return query;
}

/**
 * The printed dashboard as a signed-in resident: signed-in answers never come from the gateway's response cache, so
 * each call sees the subgraphs as they are at that moment (an anonymous one may be served for its max-age).
 */
async function dashboard(port: number, query: string): Promise<{ data?: Body; errors?: Body[] }> {
  const token = await issueLocalToken(
    { sub: 'e2e-launcher', role: 'resident', organizationIds: [] },
    process.env.KYODO_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    { ttlSeconds: 600 },
  );
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Body; errors?: Body[] };
}

async function ready(port: number): Promise<{ status: number; body: Body }> {
  const response = await fetch(`http://127.0.0.1:${port}/ready`);
  return { status: response.status, body: await response.json() };
}

describe('npm start (the launcher process)', () => {
  it('restarts a subgraph killed with SIGKILL; meanwhile the gateway answers partially and /ready names it', async () => {
    // A 4 s first backoff leaves a window long enough to look at the gateway while facilities is down.
    const launcher = await run({ KYODO_RESTART_DELAY_MS: '4000' });
    const [gateway, , facilitiesPort] = launcher.ports as [number, number, number];
    try {
      await until(
        () => launcher.output().includes('Press Ctrl-C to stop.') || launcher.child.exitCode !== null,
      );
      expect(launcher.output()).toContain('Press Ctrl-C to stop.');
      const query = printedQuery(launcher.output());
      const before = await dashboard(gateway, query);
      expect(before.errors).toBeUndefined();
      const pid = Number(/started facilities \(pid (\d+)\)/.exec(launcher.output())?.[1]);
      expect(pid).toBeGreaterThan(0);

      process.kill(pid, 'SIGKILL');
      await until(() => launcher.output().includes('facilities was killed by SIGKILL: restarting it in 4 s'));
      expect(launcher.output()).toContain(
        'facilities was killed by SIGKILL: restarting it in 4 s (exit 1 of 5 allowed within 60 s)',
      );
      expect(await listening(facilitiesPort)).toBe(false);
      const down = await ready(gateway);
      expect(down.status).toBe(503);
      expect(down.body.missing).toEqual(['facilities']);
      const partial = await dashboard(gateway, query);
      expect(partial.data.district.nameJa).toEqual(before.data.district.nameJa);
      expect(partial.data.district.facilities).toBeNull();
      expect(partial.errors?.length).toBeGreaterThan(0);
      expect(partial.errors?.every((e) => e.extensions?.serviceName === 'facilities')).toBe(true);

      // Back by itself: a new process, and the gateway answers fully again.
      await until(() =>
        /started facilities \(pid \d+\)[\s\S]*started facilities \(pid \d+\)/.test(launcher.output()),
      );
      let back = await ready(gateway);
      for (let i = 0; i < 60_000 / POLL_MS && back.status !== 200 && !polling.signal.aborted; i += 1) {
        await sleep(POLL_MS);
        back = await ready(gateway);
      }
      expect(back.status).toBe(200);
      const after = await dashboard(gateway, query);
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual(before.data);
      expect(launcher.child.exitCode).toBeNull();

      // Ctrl-C while a restart is pending still stops everything, and nothing starts afterwards.
      const newPid = Number([...launcher.output().matchAll(/started facilities \(pid (\d+)\)/g)].at(-1)?.[1]);
      expect(newPid).not.toBe(pid);
      process.kill(newPid, 'SIGKILL');
      await until(() => launcher.output().includes('(exit 2 of 5 allowed within 60 s)'));
    } finally {
      launcher.child.kill('SIGINT');
    }
    expect(await launcher.exited).toBe(0);
    const output = launcher.output();
    expect(output.lastIndexOf('started facilities')).toBeLessThan(output.indexOf('SIGINT: stopping'));
    for (const port of launcher.ports) expect(await listening(port)).toBe(false);
  }, 240_000);

  it('starts everything, prints the URL, a token and a query, and stops cleanly on SIGINT', async () => {
    const launcher = await run({});
    try {
      await until(
        () => launcher.output().includes('Press Ctrl-C to stop.') || launcher.child.exitCode !== null,
      );
      const output = launcher.output();
      expect(output).toContain(`GraphQL endpoint  http://127.0.0.1:${launcher.ports[0]}/graphql`);
      expect(output).toMatch(/\neyJ[\w-]+\.[\w-]+\.[\w-]+\n/);
      expect(output).toContain('query DistrictDashboard {');
      expect(output).toMatch(/\[organizations\] +\{/);
      for (const port of launcher.ports) expect(await listening(port)).toBe(true);
    } finally {
      launcher.child.kill('SIGINT');
    }
    expect(await launcher.exited).toBe(0);
    expect(launcher.output()).toContain('[launcher]      stopped');
    for (const port of launcher.ports) expect(await listening(port)).toBe(false);
  }, 120_000);

  it('stops what it started when interrupted while starting', async () => {
    const launcher = await run({ LOG_LEVEL: 'info' });
    await until(() => /\[(organizations|facilities|funding|evaluation)\] +\{/.test(launcher.output()));
    launcher.child.kill('SIGINT');
    expect(await launcher.exited).toBe(0);
    expect(launcher.output()).toContain('SIGINT: stopping the gateway, the subgraphs and the database');
    expect(launcher.output()).not.toContain('Press Ctrl-C to stop.');
    for (const port of launcher.ports) expect(await listening(port)).toBe(false);
  }, 120_000);

  it('stops with a clear message naming the child that died', async () => {
    const launcher = await run({ LOG_LEVEL: 'chatty' });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toMatch(
      /could not start: (organizations|facilities|funding|evaluation) exited with code 1 while starting/,
    );
    expect(launcher.output()).toContain('LOG_LEVEL must be one of');
    for (const port of launcher.ports) expect(await listening(port)).toBe(false);
  }, 120_000);

  it('stops everything with a clear message when a subgraph crash-loops (5 exits within a minute)', async () => {
    // No backoff, so five kills fit in a few seconds.
    const launcher = await run({ KYODO_RESTART_DELAY_MS: '0' });
    await until(
      () => launcher.output().includes('Press Ctrl-C to stop.') || launcher.child.exitCode !== null,
    );
    expect(launcher.output()).toContain('Press Ctrl-C to stop.');
    const pids = () =>
      [...launcher.output().matchAll(/started funding \(pid (\d+)\)/g)].map((m) => Number(m[1]));
    for (let kills = 0; kills < 5 && launcher.child.exitCode === null; kills += 1) {
      await until(() => pids().length > kills || launcher.child.exitCode !== null, 50_000);
      try {
        process.kill(pids()[kills]!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toContain(
      'funding was killed by SIGKILL for the 5th time within 60 s (a crash loop); its log is above: stopping the gateway, the subgraphs and the database',
    );
    for (const port of launcher.ports) expect(await listening(port)).toBe(false);
  }, 240_000);

  it('says in one line where it looked for the open data when the folder is missing', async () => {
    const launcher = await run({ KYODO_SHARED_DATA: path.join(tmpdir(), 'kyodo-no-such-folder') });
    expect(await launcher.exited).toBe(1);
    const lines = launcher.output().trim().split('\n');
    expect(lines).toEqual([
      expect.stringContaining(
        `KYODO_SHARED_DATA is ${path.join(tmpdir(), 'kyodo-no-such-folder')}, which does not exist`,
      ),
    ]);
  });

  it('refuses a bad setting before starting anything', async () => {
    const launcher = await run({ KYODO_FUNDING_PORT: 'four' });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toContain('KYODO_FUNDING_PORT must be a number (got "four")');
  });
});
