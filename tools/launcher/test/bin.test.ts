import { spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(__dirname, '..', 'bin');

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run token (bin/token.cjs)', () => {
  it('prints only the token when its output is not a terminal, from the built gateway, without building', async () => {
    const result = await runNode([path.join(BIN, 'token.cjs'), '--role', 'staff', '--ttl', '30m']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(result.stderr).toBe('');
  });

  it('names a bad flag', async () => {
    const result = await runNode([path.join(BIN, 'token.cjs'), '--role', 'mayor']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--role must be one of resident, member, staff (got "mayor")');
  });
});

describe('the build step of npm start (bin/build.cjs)', () => {
  it('says what it builds, and that an up-to-date project needs nothing', async () => {
    const script = `require(${JSON.stringify(path.join(BIN, 'build.cjs'))})
      .build(['tools/embedded-mongo'], (line) => console.log(line)).then((code) => process.exit(code));`;
    const result = await runNode(['-e', script]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('build is up to date\n');
  });
});
