import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The peers the comparison runs against, pinned: a new release is a deliberate change here. */
export const PEER_PACKAGES = {
  '@graphql-hive/gateway': '2.15.1',
  '@graphql-hive/router-runtime': '1.4.23',
} as const;

/**
 * The folder the peers are installed into, outside the project's dependency tree so `npm ci` stays lean:
 * $KYODO_BENCH_CACHE, else $XDG_CACHE_HOME/kyodo-bench, else ~/.cache/kyodo-bench; one subfolder per pin set.
 */
export function peerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.KYODO_BENCH_CACHE || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'kyodo-bench');
  const pins = Object.entries(PEER_PACKAGES)
    .map(([name, version]) => `${name.replace(/[@/]/g, '_')}-${version}`)
    .join('+');
  return path.join(base, pins);
}

/** Installs the pinned peers into the cache folder unless they are there already; returns the hive-gateway bin. */
export async function ensurePeersInstalled(
  say: (line: string) => void,
): Promise<{ dir: string; bin: string }> {
  const dir = peerCacheDir();
  const bin = path.join(dir, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  const installed = Object.keys(PEER_PACKAGES).every((name) =>
    existsSync(path.join(dir, 'node_modules', ...name.split('/'), 'package.json')),
  );
  if (installed && existsSync(bin)) return { dir, bin };
  say(
    `installing ${Object.entries(PEER_PACKAGES)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')} into ${dir}`,
  );
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }) + '\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await promisify(execFile)(
    npm,
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--save-exact',
      ...Object.entries(PEER_PACKAGES).map(([name, version]) => `${name}@${version}`),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  if (!existsSync(bin))
    throw new Error(`the Hive Gateway install in ${dir} has no ${path.relative(dir, bin)}`);
  return { dir, bin };
}

/** Which Hive Gateway set-up a config file describes. */
export type HiveVariant = 'defaults' | 'rust-planner';

/**
 * A Hive Gateway config file: the supergraph, and the signed viewer headers the client sends passed on to the
 * subgraphs (Hive does not know Kyodo's JWTs, so the bench signs the viewer itself); with `rust-planner`, Hive's
 * Rust query planner as the unified graph handler. Everything else is left at Hive's defaults.
 */
export function hiveConfigSource(variant: HiveVariant, supergraphPath: string, headers: readonly string[]) {
  const lines = [
    variant === 'rust-planner' ? `import { unifiedGraphHandler } from '@graphql-hive/router-runtime';` : '',
    `export const gatewayConfig = {`,
    `  supergraph: ${JSON.stringify(supergraphPath)},`,
    variant === 'rust-planner' ? `  unifiedGraphHandler,` : '',
    `  propagateHeaders: {`,
    `    fromClientToSubgraphs({ request }) {`,
    `      const out = {};`,
    `      for (const name of ${JSON.stringify(headers)}) {`,
    `        const value = request.headers.get(name);`,
    `        if (value) out[name] = value;`,
    `      }`,
    `      return out;`,
    `    },`,
    `  },`,
    `};`,
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}
