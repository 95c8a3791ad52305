// `npm run report`: what it refuses before it calls anything, and what it says when the gateway is not there.
// Downloading real reports from a running graph is in test/e2e/reports.test.ts.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { currentFiscalYear, runReportCli } from '../src/cli.js';

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env, interactive: false },
  };
}

describe('npm run report', () => {
  it.each([
    [['salaries'], 'unknown report "salaries"'],
    [[], 'name one report'],
    [['funding', '--format', 'pdf'], '--format must be html, xlsx, csv, got "pdf"'],
    [['funding', '--fiscal-year', 'next'], '--fiscal-year must be a year like 2025, got "next"'],
    [['district-profile', '--fiscal-year', '2025'], 'the district-profile report needs --district CODE'],
    [['funding', '--colour'], "Unknown option '--colour'"],
  ])('refuses %j with exit 2, naming the bad value', async (argv, message) => {
    const run = io();
    expect(await runReportCli(argv, run.io)).toBe(2);
    expect(run.err.join('\n')).toContain(message);
    expect(run.err.join('\n')).toContain('usage: npm run report --');
  });

  it('needs a real token in production', async () => {
    const run = io({ NODE_ENV: 'production' });
    expect(await runReportCli(['funding'], run.io)).toBe(2);
    expect(run.err[0]).toContain('KYODO_TOKEN is required when NODE_ENV=production');
  });

  it('says where it looked when no gateway answers', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const run = io({ KYODO_GATEWAY_URL: `http://127.0.0.1:${port}` });
    expect(await runReportCli(['funding', '--fiscal-year', '2025'], run.io)).toBe(1);
    expect(run.err[0]).toContain(`cannot reach the gateway at http://127.0.0.1:${port}`);
  });

  it.each([
    ['2027-03-31T23:30:00+09:00', '2026'],
    ['2027-04-01T00:30:00+09:00', '2027'],
  ])(
    'without --fiscal-year asks for the fiscal year of KYODO_NOW %s (%s), not the machine date',
    async (now, year) => {
      const asked: string[] = [];
      const gateway = createHttpServer((request, response) => {
        asked.push(request.url ?? '');
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no"}]}');
      });
      await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = gateway.address() as AddressInfo;
        const run = io({ KYODO_GATEWAY_URL: `http://127.0.0.1:${port}`, KYODO_NOW: now });
        expect(await runReportCli(['funding'], run.io)).toBe(1);
        expect(asked).toEqual([`/reports/funding.html?fiscalYear=${year}`]);
      } finally {
        await new Promise((resolve) => gateway.close(resolve));
      }
    },
  );

  it('refuses a bad KYODO_NOW as the other processes do', async () => {
    await expect(runReportCli(['funding'], io({ KYODO_NOW: 'tomorrow' }).io)).rejects.toThrow(
      'KYODO_NOW must be an ISO-8601 instant',
    );
  });

  it('defaults to the fiscal year that today falls in, in Japan (April to March)', () => {
    expect(currentFiscalYear(new Date('2026-03-31T14:59:59Z'))).toBe(2025); // 23:59 on 31 March in Tokyo
    expect(currentFiscalYear(new Date('2026-03-31T15:00:00Z'))).toBe(2026); // midnight, 1 April in Tokyo
  });
});
