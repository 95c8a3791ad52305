import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository (or image) root: the nearest ancestor holding `schema/`. Compiled code runs from
 * gateway/dist/src and tests from gateway/src, so a fixed number of `..` would be wrong for one of them.
 */
export function findRepoRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'schema')) && existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No schema/ directory found above ${start}`);
    dir = parent;
  }
}
