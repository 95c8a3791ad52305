import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository's root, where npm scripts run. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** A compiled entry point (or any file) by its path from the root, e.g. entry('gateway/dist/src/main.js'). */
export const entry = (...parts: string[]): string => path.join(ROOT, ...parts);

/**
 * Runs node from the root with only PATH and `env`: no MONGODB_URI or NODE_ENV leaks in from the environment running
 * the tests. Resolves with its exit code and both streams.
 */
export function runNode(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
