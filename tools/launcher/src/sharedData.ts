import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The open-data folder the demo seed reads: KYODO_SHARED_DATA, else `../shared/data` beside the repository (the
 * importers' rule).
 */
export function sharedDataFolder(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KYODO_SHARED_DATA?.trim();
  return configured ? path.resolve(configured) : path.resolve(root, '..', 'shared', 'data');
}

/** One line naming KYODO_SHARED_DATA and where it looked, when the folder is missing; null when it is there. */
export function missingSharedData(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const folder = sharedDataFolder(root, env);
  if (existsSync(folder)) return null;
  const how = env.KYODO_SHARED_DATA?.trim()
    ? 'KYODO_SHARED_DATA is'
    : 'KYODO_SHARED_DATA is unset, so looked in';
  return `no open-data folder to seed the demo from: ${how} ${folder}, which does not exist (set KYODO_SHARED_DATA to the folder holding 焼津市's open data)`;
}

/** True when the embedded engine's data directory holds nothing yet: the first start, which seeds. */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}
