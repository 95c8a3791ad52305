import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ExitInfo, ManagedProcess } from '../src/managedProcess.js';
import { DEFAULT_RESTART_POLICY, Supervisor } from '../src/supervisor.js';

interface Event {
  kind: 'restart' | 'crash loop';
  exit: ExitInfo;
  exits: number;
  delayMs?: number;
}

describe('Supervisor', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-supervisor-'));
    // Counts its starts in a file; exits with code 3 on each of the first FAILURES starts, then stays up.
    writeFileSync(
      path.join(dir, 'flaky.js'),
      `const fs = require('node:fs');
       const file = process.env.COUNT_FILE;
       const starts = (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0) + 1;
       fs.writeFileSync(file, String(starts));
       if (starts <= Number(process.env.FAILURES)) process.exit(3);
       console.log('up after ' + starts + ' starts');
       process.on('SIGTERM', () => process.exit(0));
       setInterval(() => {}, 1000);`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function supervise(failures: number, countFile: string) {
    const events: Event[] = [];
    const lines: string[] = [];
    const supervisor = new Supervisor(
      { initialDelayMs: 20, maxDelayMs: 60, maxExits: 5, windowMs: 60_000 },
      {
        onRestart: (_name, exit, delayMs, exits) => events.push({ kind: 'restart', exit, exits, delayMs }),
        onCrashLoop: (_name, exit, exits) => events.push({ kind: 'crash loop', exit, exits }),
      },
    );
    const child: ManagedProcess = new ManagedProcess(
      {
        name: 'flaky',
        script: path.join(dir, 'flaky.js'),
        env: { ...process.env, FAILURES: String(failures), COUNT_FILE: path.join(dir, countFile) },
        onLine: (_name, line) => lines.push(line),
      },
      (_name, exit) => supervisor.childExited(child, exit),
    );
    child.start();
    return { child, events, lines, supervisor };
  }

  async function until(probe: () => boolean): Promise<void> {
    for (let i = 0; i < 1000 && !probe(); i += 1) await new Promise((r) => setTimeout(r, 10));
  }

  it('restarts a child that exits, with doubling delays, until it stays up', async () => {
    const { child, events, lines, supervisor } = supervise(3, 'three.count');
    await until(() => lines.includes('up after 4 starts'));
    expect(lines).toContain('up after 4 starts');
    expect(events).toEqual([
      { kind: 'restart', exit: { code: 3, signal: null }, exits: 1, delayMs: 20 },
      { kind: 'restart', exit: { code: 3, signal: null }, exits: 2, delayMs: 40 },
      { kind: 'restart', exit: { code: 3, signal: null }, exits: 3, delayMs: 60 },
    ]);
    supervisor.stop();
    await child.stop();
  });

  it('gives up on the fifth exit within the window: a crash loop', async () => {
    const { child, events } = supervise(100, 'always.count');
    await until(() => events.some((e) => e.kind === 'crash loop'));
    expect(events.map((e) => e.kind)).toEqual(['restart', 'restart', 'restart', 'restart', 'crash loop']);
    expect(events[4]).toEqual({ kind: 'crash loop', exit: { code: 3, signal: null }, exits: 5 });
    await new Promise((r) => setTimeout(r, 150));
    expect(child.running).toBe(false);
  });

  it('cancels a pending restart when stopped', async () => {
    const { child, events, supervisor } = supervise(100, 'stopped.count');
    await until(() => events.length === 1);
    supervisor.stop();
    await new Promise((r) => setTimeout(r, 150));
    expect(child.running).toBe(false);
    expect(events).toHaveLength(1);
  });

  it('forgets exits older than the window, so backoff starts over after a quiet minute', () => {
    let now = 0;
    const restarts: number[] = [];
    const supervisor = new Supervisor(
      DEFAULT_RESTART_POLICY,
      { onRestart: (_n, _e, delayMs) => restarts.push(delayMs), onCrashLoop: () => restarts.push(-1) },
      () => now,
    );
    // A child that is already running again: the supervisor's timers then start nothing.
    const child = { spec: { name: 'x' }, running: true } as unknown as ManagedProcess;
    const exit = { code: null, signal: 'SIGKILL' as const };
    for (const t of [0, 1_000, 2_000, 70_000, 71_000]) {
      now = t;
      supervisor.childExited(child, exit);
    }
    supervisor.stop();
    expect(restarts).toEqual([500, 1000, 2000, 500, 1000]);
  });
});
