/**
 * The workspaces the production image runs (the Dockerfile installs exactly these with `npm ci --omit=dev`):
 * the gateway and the four subgraphs, with what they depend on at run time.
 */
export const PRODUCTION_WORKSPACES = [
  'gateway',
  'services/organizations',
  'services/facilities',
  'services/funding',
  'services/evaluation',
] as const;

/**
 * Packages that exist for development only and must never reach production: the embedded engine (production
 * refuses to fake its database), demo data and its importers, the launcher and bench, the browser IDE and its
 * editor (the landing page is off in production), and build and test tooling.
 */
export const DEVELOPMENT_ONLY = [
  '@kyodo/embedded-mongo',
  '@kyodo/seed',
  '@kyodo/importers',
  '@kyodo/launcher',
  '@kyodo/bench',
  '@kyodo/release-checks',
  'ruru',
  'ruru-types',
  'graphiql',
  '@graphiql/react',
  'monaco-editor',
  'monaco-graphql',
  'typescript',
  'jest',
  '@swc/core',
  '@graphql-codegen/cli',
  'eslint',
  'prettier',
] as const;

/** A node of `npm ls --json --all` output. */
export interface NpmLsNode {
  name?: string;
  version?: string;
  dependencies?: Record<string, NpmLsNode>;
}

export interface TreeReport {
  /** Distinct packages (name@version) in the tree. */
  packages: string[];
  /** Each way a development-only package is reached, as `a > b > c`. */
  offending: string[];
}

/** Walks an `npm ls --json --all` tree: every package in it, and every path to a development-only one. */
export function inspectTree(tree: NpmLsNode, forbidden: readonly string[] = DEVELOPMENT_ONLY): TreeReport {
  const packages = new Set<string>();
  const offending: string[] = [];
  const banned = new Set(forbidden);
  const walk = (node: NpmLsNode, trail: string[]) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      const here = [...trail, name];
      packages.add(`${name}@${child.version ?? '?'}`);
      if (banned.has(name)) offending.push(here.join(' > '));
      // A forbidden package's own dependencies are reported through it: its path is enough.
      else walk(child, here);
    }
  };
  walk(tree, []);
  return { packages: [...packages].sort(), offending };
}
