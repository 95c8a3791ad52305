import { ConfigError, UsageError, runMain, type MainOutcome } from '../src/runMain.js';

/** Runs `main` through runMain with its exit and stderr captured. */
function run(main: () => MainOutcome | Promise<MainOutcome>, usage?: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    let stderr = '';
    runMain(main, {
      name: 'npm run example',
      ...(usage ? { usage } : {}),
      writeError: (text) => (stderr += text),
      exit: (code) => resolve({ code, stderr }),
    });
    // A main that returns nothing keeps the process running: no exit is called.
    setTimeout(() => resolve({ code: null, stderr }), 50);
  });
}

describe('runMain', () => {
  test('a number main returns is the exit code', async () => {
    expect(await run(() => 0)).toEqual({ code: 0, stderr: '' });
    expect(await run(async () => 3)).toEqual({ code: 3, stderr: '' });
  });

  test('nothing returned leaves the process running (a server)', async () => {
    expect(await run(async () => undefined)).toEqual({ code: null, stderr: '' });
  });

  test('a ConfigError is its message alone and exit code 1', async () => {
    const result = await run(() => {
      throw new ConfigError('Invalid gateway configuration: PORT must be a number (got "abc")');
    });
    expect(result).toEqual({
      code: 1,
      stderr: 'Invalid gateway configuration: PORT must be a number (got "abc")\n',
    });
  });

  test('a UsageError is named by the command, followed by its usage, and exit code 2', async () => {
    const result = await run(async () => {
      await Promise.resolve();
      throw new UsageError('--rounds must be a whole number from 1 to 999 (got "0")');
    }, 'usage: npm run example -- [--rounds N]');
    expect(result).toEqual({
      code: 2,
      stderr:
        'npm run example: --rounds must be a whole number from 1 to 999 (got "0")\n' +
        'usage: npm run example -- [--rounds N]\n',
    });
  });

  test('any other error is a crash: the command, the stack, exit code 1', async () => {
    const result = await run(() => Promise.reject(new TypeError('boom')));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^npm run example failed: TypeError: boom\n {4}at /);
  });
});
