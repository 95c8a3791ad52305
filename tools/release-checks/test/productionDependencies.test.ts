import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCTION_WORKSPACES, inspectTree } from '../src/productionDependencies.js';

const FIXTURES = path.join(__dirname, 'fixtures');
const CLI = path.resolve(__dirname, '..', 'dist', 'src', 'cli.js');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

describe('the production dependency check', () => {
  it('lists every package of a clean tree and finds nothing to refuse', () => {
    expect(inspectTree(fixture('clean.json'))).toEqual({
      packages: [
        '@apollo/gateway@2.14.4',
        '@kyodo/domain@0.1.0',
        '@kyodo/facilities@0.1.0',
        '@kyodo/gateway@0.1.0',
        '@kyodo/service-kit@0.1.0',
        'mongoose@9.12.1',
      ],
      offending: [],
    });
  });

  it('names each path by which a development-only package reaches production', () => {
    expect(inspectTree(fixture('with-dev-only.json')).offending).toEqual([
      '@kyodo/gateway > ruru',
      '@kyodo/gateway > @kyodo/service-kit > @kyodo/embedded-mongo',
      '@kyodo/organizations > @kyodo/seed',
    ]);
  });

  it('the command exits 1 naming them, and 0 on a clean tree', () => {
    const dirty = spawnSync(process.execPath, [CLI, '--from', path.join(FIXTURES, 'with-dev-only.json')], {
      encoding: 'utf8',
    });
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain('3 development-only package(s) reach production:');
    expect(dirty.stderr).toContain('  @kyodo/organizations > @kyodo/seed');

    const clean = spawnSync(process.execPath, [CLI, '--list', '--from', path.join(FIXTURES, 'clean.json')], {
      encoding: 'utf8',
    });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain(': 6 packages');
    expect(clean.stdout).toContain('  mongoose@9.12.1');
    expect(clean.stdout).toContain('no development-only package in it');
  });

  it('checks exactly the workspaces the Dockerfile installs for production', () => {
    const dockerfile = readFileSync(path.resolve(__dirname, '..', '..', '..', 'Dockerfile'), 'utf8');
    const install = /npm ci --omit=dev(?:[^\n\\]|\\\n)*/.exec(dockerfile)?.[0] ?? '';
    const workspaces = [...install.matchAll(/--workspace[= ](\S+)/g)].map((m) => m[1]);
    expect(workspaces.sort()).toEqual([...PRODUCTION_WORKSPACES].sort());
  });
});
