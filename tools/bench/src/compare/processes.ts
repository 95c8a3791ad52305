import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** Starts `node args...`, keeping its last 400 output lines in `logs` (shown when something fails). */
export function spawnLogged(
  name: string,
  args: string[],
  cwd: string,
  logs: string[],
  env?: NodeJS.ProcessEnv,
): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(`[${name}] ${line}`);
    if (logs.length > 400) logs.splice(0, logs.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return child;
}

/** The embedded engine in a process of its own (in memory), so its CPU is measured apart from the bench's. */
export async function startEngineProcess(
  root: string,
  port: number,
  logs: string[],
  env?: NodeJS.ProcessEnv,
): Promise<ChildProcess> {
  const engine = spawnLogged(
    'engine',
    [path.join(root, 'tools', 'embedded-mongo', 'dist', 'src', 'cli.js'), '--port', String(port)],
    root,
    logs,
    env,
  );
  await new Promise<void>((resolve, reject) => {
    const check = () => (logs.some((l) => l.includes('embedded MongoDB listening')) ? resolve() : undefined);
    engine.stdout!.on('data', check);
    engine.once('exit', (code) => reject(new Error(`the embedded engine exited with ${code}`)));
  });
  return engine;
}
