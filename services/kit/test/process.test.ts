import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

// The compiled fixture: a real process, as `npm start` runs each service.
const MAIN = join(__dirname, '../dist/test/fixtures/processMain.js');

interface LogLine {
  msg: string;
  level: number;
  url?: string;
  service?: string;
}

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  running.push(child);
  const lines: LogLine[] = [];
  let buffered = '';
  const waiters: { test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as LogLine;
      buffered = buffered.slice(newline + 1);
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.test(line))) waiter.resolve(line);
    }
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const waitFor = (test: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(test);
      if (seen) return resolve(seen);
      waiters.push({ test, resolve });
      void exited.then(([code]) =>
        reject(new Error(`process exited (${code}) before the expected log line`)),
      );
    });
  return { child, lines, exited, waitFor };
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

test('serves with its clock at KYODO_NOW, and exits 0 after a graceful shutdown on SIGTERM', async () => {
  const proc = startProcess({ PORT: '0', KYODO_NOW: '2031-04-01T09:00:00+09:00', LOG_LEVEL: 'debug' });
  const ready = await proc.waitFor((line) => line.url !== undefined);
  expect(ready.service).toBe('processtest');
  expect(proc.lines.some((line) => line.msg.includes('KYODO_INTERNAL_SECRET is not set'))).toBe(true);

  const response = await fetch(ready.url!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'from-gateway-1' },
    body: JSON.stringify({ query: '{ notes now }' }),
  });
  const { data } = (await response.json()) as { data: { notes: string[]; now: string } };
  expect(data.notes).toEqual([]);
  // The clock starts at KYODO_NOW and runs on from there.
  const now = Date.parse(data.now);
  expect(now).toBeGreaterThanOrEqual(Date.parse('2031-04-01T00:00:00Z'));
  expect(now).toBeLessThan(Date.parse('2031-04-01T00:01:00Z'));
  // The request's log line (at debug: the gateway logs each user request) carries the gateway's request id.
  const logged = await proc.waitFor(
    (line) => (line as { requestId?: string }).requestId === 'from-gateway-1',
  );
  expect(logged.msg).toBe('request completed');

  proc.child.kill('SIGTERM');
  const [code] = await proc.exited;
  expect(code).toBe(0);
  expect(proc.lines.map((line) => line.msg)).toEqual(
    expect.arrayContaining(['shutting down: finishing in-flight requests', 'stopped']),
  );
});
