import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@kyodo/launcher';

const LAUNCHER = path.resolve(__dirname, '..', '..', 'tools', 'launcher', 'dist', 'src', 'index.js');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(env: Record<string, string>): Promise<Run & { ports: number[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyodo-launcher-e2e-'));
  dataDirs.push(dataDir);
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
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited, ports };
}

async function until(probe: () => boolean, attempts = 600): Promise<void> {
  for (let i = 0; i < attempts && !probe(); i += 1) await new Promise((r) => setTimeout(r, 250));
}

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe('npm start (the launcher process)', () => {
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

  it('refuses a bad setting before starting anything', async () => {
    const launcher = await run({ KYODO_FUNDING_PORT: 'four' });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toContain('KYODO_FUNDING_PORT must be a number (got "four")');
  });
});
