import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ExitInfo, ManagedProcess } from '../src/managedProcess.js';

/** Waits (boundedly) until `line` has been relayed `times` times. */
async function relayed(lines: string[], line: string, times = 1): Promise<void> {
  for (let i = 0; i < 500 && lines.filter((l) => l === line).length < times; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(lines.filter((l) => l === line)).toHaveLength(times);
}

describe('ManagedProcess', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-launcher-'));
    // Handles SIGTERM (prints "draining", exits 0), then exits with EXIT_CODE or greets and waits.
    writeFileSync(
      path.join(dir, 'child.js'),
      `process.on('SIGTERM', () => { console.log('draining'); setTimeout(() => process.exit(0), 20); });
       console.error('to stderr');
       if (process.env.EXIT_CODE) process.exit(Number(process.env.EXIT_CODE));
       console.log('hello ' + process.env.GREETING);
       setInterval(() => {}, 1000);`,
    );
    writeFileSync(
      path.join(dir, 'stubborn.js'),
      `process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function start(script: string, env: Record<string, string>) {
    const lines: string[] = [];
    const unexpected: ExitInfo[] = [];
    let resolveFirstLine: () => void = () => undefined;
    const firstLine = new Promise<void>((resolve) => (resolveFirstLine = resolve));
    const child = new ManagedProcess(
      {
        name: 'child',
        script: path.join(dir, script),
        env: { ...process.env, ...env },
        onLine: (name, line, stream) => {
          lines.push(`${name} ${stream} ${line}`);
          resolveFirstLine();
        },
      },
      (_name, exit) => unexpected.push(exit),
    );
    child.start();
    return { child, lines, unexpected, firstLine };
  }

  it('passes its environment, relays both streams line by line, and stops on SIGTERM', async () => {
    const { child, lines, unexpected } = start('child.js', { GREETING: 'kyodo' });
    await relayed(lines, 'child stdout hello kyodo');
    expect(child.running).toBe(true);
    expect(await child.stop()).toEqual({ code: 0, signal: null });
    expect(lines).toEqual(
      expect.arrayContaining(['child stdout hello kyodo', 'child stderr to stderr', 'child stdout draining']),
    );
    expect(unexpected).toEqual([]);
    expect(child.running).toBe(false);
    expect(await child.stop()).toBeNull();
  });

  it('reports an exit nobody asked for', async () => {
    const { child, unexpected } = start('child.js', { EXIT_CODE: '3' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!child.running) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    expect(unexpected).toEqual([{ code: 3, signal: null }]);
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const { child, lines, firstLine } = start('stubborn.js', {});
    await firstLine;
    expect(await child.stop(200)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(lines).toContain('child stderr did not stop within 200 ms: killing it');
  });

  it('can be killed like a crash, and started again', async () => {
    const { child, lines, unexpected } = start('child.js', { GREETING: 'again' });
    await relayed(lines, 'child stdout hello again');
    expect(await child.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(unexpected).toEqual([]);
    child.start();
    expect(child.running).toBe(true);
    // Its SIGTERM handler is installed before it greets.
    await relayed(lines, 'child stdout hello again', 2);
    expect(await child.stop()).toEqual({ code: 0, signal: null });
  });

  it('asks an environment function again at every start, so a restart gets fresh values', async () => {
    const lines: string[] = [];
    let starts = 0;
    const child = new ManagedProcess(
      {
        name: 'child',
        script: path.join(dir, 'child.js'),
        env: () => ({ ...process.env, GREETING: `start ${(starts += 1)}` }),
        onLine: (name, line, stream) => lines.push(`${name} ${stream} ${line}`),
      },
      () => undefined,
    );
    child.start();
    await relayed(lines, 'child stdout hello start 1');
    await child.kill();
    child.start();
    await relayed(lines, 'child stdout hello start 2');
    expect(await child.stop()).toEqual({ code: 0, signal: null });
  });
});
