import path from 'node:path';
import type { Clock } from '@kyodo/domain';

/** Where a CLI writes its lines and reads its environment and clock (a test passes its own). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Default: the process clock of `env` (the kit's readProcessClock: KYODO_NOW, else the machine's). */
  clock?: Clock;
}

/**
 * Runs `use` against MONGODB_URI when set, otherwise against the embedded engine on the data directory `npm start`
 * uses (KYODO_DATA_DIR, default .kyodo/data), stopped afterwards.
 */
export async function withDatabase<T>(env: NodeJS.ProcessEnv, use: (uri: string) => Promise<T>): Promise<T> {
  const uri = env.MONGODB_URI?.trim();
  if (uri) return use(uri);
  // Loaded only when needed: an import into a real MongoDB never loads the embedded engine. A require, since tsc
  // keeps import() as a real dynamic import in CommonJS output, which jest cannot run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedMongo } = require('@kyodo/embedded-mongo') as typeof import('@kyodo/embedded-mongo');
  const engine = await startEmbeddedMongo({ dataDir: path.resolve(env.KYODO_DATA_DIR ?? '.kyodo/data') });
  try {
    return await use(engine.uri);
  } finally {
    await engine.stop();
  }
}
