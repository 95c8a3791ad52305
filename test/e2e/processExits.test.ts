import { entry, runNode } from '../src/processes.js';

// Every process runs through the kit's runMain: a bad environment value exits 1, a bad flag exits 2, and stderr
// names the value. Compiled entry points, as npm scripts run them; each fails before it listens or connects.

describe('a bad environment value: one line naming it, exit code 1', () => {
  it.each([
    [
      'the funding subgraph (its own 360Giving setting)',
      entry('services/funding/dist/src/main.js'),
      { PORT: '0', KYODO_360G_PREFIX: 'KYODO' },
      'Invalid configuration for the funding subgraph: KYODO_360G_PREFIX must start with 360G- and not end with a hyphen (got "KYODO")\n',
    ],
    [
      'the gateway',
      entry('gateway/dist/src/main.js'),
      { PORT: 'abc' },
      'Invalid gateway configuration: PORT must be a number (got "abc")\n',
    ],
    [
      'npm start (the launcher)',
      entry('tools/launcher/dist/src/index.js'),
      { KYODO_RESTART_DELAY_MS: 'soon' },
      'Invalid launcher configuration: KYODO_RESTART_DELAY_MS must be a number of milliseconds (got "soon")\n',
    ],
    [
      'npm run seed',
      entry('tools/launcher/dist/src/seed.js'),
      { KYODO_NOW: 'yesterday' },
      expect.stringContaining('KYODO_NOW') as unknown as string,
    ],
  ])(
    '%s',
    async (_name, file, env, stderr) => {
      const result = await runNode([file], env);
      expect(result.stderr).toEqual(stderr);
      if (typeof stderr !== 'string') expect(result.stderr).toContain('"yesterday"');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    },
    30_000,
  );
});

describe('a bad flag: the command, the value, its usage, exit code 2', () => {
  it.each([
    [
      'npm run bench',
      ['tools/bench/dist/src/index.js', '--requests', 'lots'],
      '--requests must be a whole number from 1 to 9999999 (got "lots")',
    ],
    [
      'npm run bench',
      ['tools/bench/dist/src/index.js', '--engine', '--scales', '0'],
      '--scales must be whole numbers from 1 to 1000, comma-separated (got "0")',
    ],
    [
      'npm run report',
      ['tools/reports/dist/src/cli.js', 'funding', '--format', 'pdf'],
      '--format must be html, xlsx, csv, got "pdf"',
    ],
    [
      'npm run import:facilities',
      ['tools/importers/dist/src/cli/importFacilities.js', 'x.csv', '--municipality-code', '22'],
      '--municipality-code must be a 6-digit 全国地方公共団体コード, got "22"',
    ],
    [
      'npm run token',
      ['gateway/dist/src/token.js', '--role', 'mayor'],
      '--role must be one of resident, member, staff (got "mayor")',
    ],
    [
      'npm run mongo',
      ['tools/embedded-mongo/dist/src/cli.js', '--port', 'nope'],
      "invalid --port value 'nope': expected an integer between 0 and 65535",
    ],
    [
      'npm run mongo',
      ['tools/embedded-mongo/dist/src/cli.js', '--data-dir', 'data', '--repiar'],
      "Unknown option '--repiar'",
    ],
    [
      'npm run check:production-deps',
      ['tools/release-checks/dist/src/cli.js', '--frm', 'x'],
      "Unknown option '--frm'",
    ],
  ])(
    '%s %s',
    async (command, args, message) => {
      const result = await runNode(args.map((arg, i) => (i === 0 ? entry(arg) : arg)));
      expect(result.stderr).toContain(message);
      expect(result.stderr).toMatch(new RegExp(`(^|\\n)(${command.split(' ').pop()}|${command}): `));
      expect(result.stderr).toContain('usage: ');
      expect(result.code).toBe(2);
    },
    30_000,
  );
});
