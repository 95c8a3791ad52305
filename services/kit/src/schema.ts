import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, Source, type DocumentNode } from 'graphql';

/**
 * Finds schema/<name>.graphql by walking up from this file, so it works from sources (jest), from compiled dist and
 * from any working directory.
 */
export function subgraphSchemaPath(name: string, from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'schema', `${name}.graphql`);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`schema/${name}.graphql was not found above ${from}`);
  }
}

/** The subgraph's SDL, parsed once at start; a syntax error fails the start with the file and line. */
export function loadSubgraphTypeDefs(name: string, from?: string): DocumentNode {
  const path = subgraphSchemaPath(name, from);
  try {
    return parse(new Source(readFileSync(path, 'utf8'), path));
  } catch (error) {
    // GraphQLError keeps the location out of its message; toString() has "file:line:column" and the excerpt.
    throw new Error(String(error), { cause: error });
  }
}
