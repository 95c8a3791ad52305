/**
 * Engine-only: the standalone launcher. The process test runs the compiled CLI (npm test builds first), the way
 * `npm run mongo` does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { parseCli } from '../src/cli.js';

describe('CLI flags', () => {
  test('defaults to 127.0.0.1:27017 in memory', () => {
    expect(parseCli([])).toEqual({
      port: 27017,
      host: '127.0.0.1',
      dataDir: undefined,
      repair: false,
      verbose: false,
    });
    expect(parseCli(['--port', '0', '--data-dir', 'data'])).toMatchObject({ port: 0, dataDir: 'data' });
    expect(parseCli(['--help'])).toBe('help');
  });

  test('bad values are named in the error', () => {
    expect(() => parseCli(['--port', 'abc'])).toThrow("invalid --port value 'abc'");
    expect(() => parseCli(['--port', '70000'])).toThrow("invalid --port value '70000'");
    expect(() => parseCli(['--port', '-1'])).toThrow(/--port/);
    expect(() => parseCli(['--data-dir', ''])).toThrow("invalid --data-dir value ''");
    expect(() => parseCli(['--bogus'])).toThrow(/--bogus/);
    expect(() => parseCli(['--repair'])).toThrow('--repair needs --data-dir');
    expect(parseCli(['--data-dir', 'd', '--repair'])).toMatchObject({ dataDir: 'd', repair: true });
  });
});

describe('CLI process', () => {
  const cli = path.join(__dirname, '..', 'dist', 'src', 'cli.js');

  test('serves clients, keeps data in --data-dir and stops cleanly on SIGTERM', async () => {
    expect(fs.existsSync(cli)).toBe(true); // built by `npm test` (tsc -b) before jest runs
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyodo-embedded-mongo-cli-'));
    try {
      const child = spawn(process.execPath, [cli, '--port', '0', '--data-dir', dataDir], { stdio: 'pipe' });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const uri = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /listening on (mongodb:\/\/\S+)/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`cli exited early with ${code}`)));
      });
      const client = await MongoClient.connect(uri);
      await client.db('cli').collection('notes').insertOne({ text: 'kept' });
      await client.close();
      const exitCode = await new Promise<number | null>((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
      expect(exitCode).toBe(0);
      expect(stdout).toContain('embedded MongoDB stopped');
      expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('exits with status 2 and a message naming a bad flag value', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'nope'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(exitCode).toBe(2);
    // The kit's runMain: the command, the message naming the value, then the usage.
    expect(stderr).toMatch(/^npm run mongo: invalid --port value 'nope'.*\nusage: npm run mongo -- /);
  });
});
