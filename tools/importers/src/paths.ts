import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The npm workspace root: the nearest ancestor whose package.json declares workspaces (works from src and dist). */
function repositoryRoot(start: string = __dirname): string {
  let directory = start;
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`no workspace root above ${start}`);
    directory = parent;
  }
}

/**
 * Path of a file in the shared open-data folder, which lives beside the repository (`<repo>/../shared/data`).
 * KYODO_SHARED_DATA overrides the folder, e.g. when the data is mounted elsewhere.
 */
export function sharedDataPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
  const directory = env.KYODO_SHARED_DATA ?? path.resolve(repositoryRoot(), '..', 'shared', 'data');
  return path.join(directory, file);
}

/**
 * Path of an official schema in the shared schemas folder beside the repository (`<repo>/../shared/schemas`).
 * KYODO_SHARED_SCHEMAS overrides the folder.
 */
export function sharedSchemaPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
  const directory = env.KYODO_SHARED_SCHEMAS ?? path.resolve(repositoryRoot(), '..', 'shared', 'schemas');
  return path.join(directory, file);
}
