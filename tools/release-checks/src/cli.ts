import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, runMain } from '@kyodo/service-kit/runMain';
import { type NpmLsNode, PRODUCTION_WORKSPACES, inspectTree } from './productionDependencies.js';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** `npm ls --omit=dev --all --json` over the production workspaces: the tree `npm ci --omit=dev` installs. */
function productionTree(): NpmLsNode {
  const args = ['ls', '--omit=dev', '--all', '--json', ...PRODUCTION_WORKSPACES.flatMap((w) => ['-w', w])];
  // npm ls exits 1 on a problem in the tree (missing, invalid) but still prints it; the JSON is what counts.
  let output: string;
  try {
    output = execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
    if (!output) throw error;
  }
  return JSON.parse(output) as NpmLsNode;
}

/**
 * `npm run check:production-deps [-- --list] [-- --from FILE]`: lists the production dependency tree (or one saved from
 * `npm ls --omit=dev --all --json`, e.g. inside the image) and fails on any development-only package in it.
 */
function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { from: { type: 'string' }, list: { type: 'boolean', default: false } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const tree = values.from ? (JSON.parse(readFileSync(values.from, 'utf8')) as NpmLsNode) : productionTree();
  const report = inspectTree(tree);
  console.log(
    `production dependency tree of ${values.from ?? PRODUCTION_WORKSPACES.join(', ')}: ${report.packages.length} packages`,
  );
  if (values.list) for (const name of report.packages) console.log(`  ${name}`);
  if (report.offending.length === 0) {
    console.log('no development-only package in it');
    return 0;
  }
  console.error(`${report.offending.length} development-only package(s) reach production:`);
  for (const trail of report.offending) console.error(`  ${trail}`);
  return 1;
}

runMain(main, {
  name: 'npm run check:production-deps',
  usage: 'usage: npm run check:production-deps [-- --list] [-- --from FILE]',
});
