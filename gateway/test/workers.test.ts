import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  INTERNAL_SECRET,
  JWT_SECRET,
  startFunding,
  startOrganizations,
  supergraphOf,
} from './support/harness.js';
import type { TinySubgraph } from './support/tinySubgraph.js';

const MAIN = path.resolve(__dirname, '..', 'dist', 'src', 'main.js');

/** The pids of a process's children (Linux /proc, where the gateway's containers run). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

async function eventually(probe: () => boolean | Promise<boolean>, attempts = 900): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the condition never became true');
}

describe('KYODO_GATEWAY_WORKERS', () => {
  let dir: string;
  let organizations: TinySubgraph;
  let funding: TinySubgraph;
  let primary: ChildProcess;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-workers-'));
    organizations = await startOrganizations();
    funding = await startFunding();
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, supergraphOf([organizations, funding]));
    primary = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        LOG_LEVEL: 'warn',
        KYODO_GATEWAY_WORKERS: '2',
        KYODO_JWT_SECRET: JWT_SECRET,
        KYODO_INTERNAL_SECRET: INTERNAL_SECRET,
        KYODO_SUPERGRAPH_PATH: file,
        KYODO_SUBGRAPH_ORGANIZATIONS_URL: organizations.url,
        KYODO_SUBGRAPH_FUNDING_URL: funding.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout!.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)));
    primary.stderr!.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)));
  });
  afterAll(async () => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    await organizations.stop();
    await funding.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the gateway in that many processes on one port, replaces a dead one, and stops them all', async () => {
    await eventually(() => lines.some((l) => l.includes('gateway ready: 2 workers at')));
    const url = /at (http:\/\/\S+?)"/.exec(lines.find((l) => l.includes('gateway ready: 2 workers'))!)![1]!;
    const workers = childrenOf(primary.pid!);
    expect(workers).toHaveLength(2);

    const ask = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organizations { name awardedTotal } }' }),
      });
      return (await res.json()) as { data?: { organizations: unknown[] }; errors?: unknown };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, ask));
    expect(answers.every((a) => a.errors === undefined && a.data?.organizations.length === 2)).toBe(true);

    process.kill(workers[0]!, 'SIGKILL');
    await eventually(() => {
      const now = childrenOf(primary.pid!);
      return now.length === 2 && !now.includes(workers[0]!);
    });
    await eventually(async () => (await ask()).errors === undefined);
    expect(
      lines.some((l) =>
        l.includes(`gateway worker ${workers[0]} was killed by SIGKILL; starting a replacement`),
      ),
    ).toBe(true);

    const remaining = childrenOf(primary.pid!);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of remaining) expect(() => process.kill(pid, 0)).toThrow();
  }, 180_000);

  it('stops with a clear message when the workers cannot start', async () => {
    const failing = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        KYODO_GATEWAY_WORKERS: '2',
        KYODO_SUPERGRAPH_PATH: path.join(dir, 'missing.graphql'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    failing.stdout.on('data', (c: Buffer) => (output += c.toString()));
    failing.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => failing.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain('Cannot read the supergraph');
    expect(output).toContain('while starting; stopping');
  }, 120_000);
});
