import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSubgraphs, formatCompositionMessage, readSubgraphSources } from './composition.js';
import { findRepoRoot } from './repoRoot.js';

/**
 * `npm run compose`: writes schema/supergraph.graphql from the subgraph SDLs.
 * `npm run compose -- --check`: writes nothing, exits 1 when the checked-in file differs (or composition fails).
 */
export function runCompose(argv: string[], root: string = findRepoRoot()): number {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`compose: unknown argument ${unknown.join(' ')} (usage: compose [--check])`);
    return 2;
  }
  const check = argv.includes('--check');
  const target = path.join(root, 'schema', 'supergraph.graphql');
  const sources = readSubgraphSources(root);
  if (sources.length === 0) {
    console.error(
      'compose: no subgraph schemas found in schema/ (expected organizations, facilities, funding, evaluation)',
    );
    return 1;
  }

  const outcome = composeSubgraphs(sources);
  for (const hint of outcome.hints) console.warn(formatCompositionMessage(hint));
  if (!outcome.ok) {
    for (const error of outcome.errors) console.error(formatCompositionMessage(error));
    console.error(
      `compose: composition of ${outcome.subgraphs.join(', ')} failed with ${outcome.errors.length} error(s)`,
    );
    return 1;
  }

  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (check) {
    if (current !== outcome.supergraphSdl) {
      console.error(
        current === null
          ? 'compose --check: schema/supergraph.graphql is missing; run `npm run compose` and commit it'
          : 'compose --check: schema/supergraph.graphql is stale; run `npm run compose` and commit it',
      );
      return 1;
    }
    console.log(`compose --check: schema/supergraph.graphql is current (${outcome.subgraphs.join(', ')})`);
    return 0;
  }
  if (current !== outcome.supergraphSdl) writeFileSync(target, outcome.supergraphSdl);
  console.log(
    `compose: ${current === outcome.supergraphSdl ? 'unchanged' : 'wrote'} schema/supergraph.graphql from ${outcome.subgraphs.join(', ')}` +
      (outcome.hints.length > 0 ? ` (${outcome.hints.length} hint(s) above)` : ''),
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = runCompose(process.argv.slice(2));
}
