/**
 * GraphQL Code Generator: resolver types for each subgraph from its SDL (`npm run codegen`; `npm run codegen:check`
 * fails when a generated file is stale). Output: services/<name>/src/generated/graphql.ts.
 *
 * Per-service mappers (the TypeScript type a resolver returns for a GraphQL type, e.g. a mongoose document) live in
 * an optional services/<name>/codegen-mappers.json: {"Organization": "../models/Organization.js#OrganizationDocument"},
 * paths relative to the generated file.
 *
 * The default resolver context is RequestContext from @kyodo/service-kit (its `loaders` is unknown); a service passes
 * its own as the type argument, e.g. `Resolvers<RequestContext<Loaders>>` or `OrganizationResolvers<Context>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const SUBGRAPHS = ['organizations', 'facilities', 'funding', 'evaluation'];

// Federation 2 directive definitions so the SDL loads; codegen only, buildSubgraphSchema has its own at run time.
const FEDERATION_DIRECTIVES = join(__dirname, 'services/kit/codegen/federation-directives.graphql');

function mappersOf(name: string): Record<string, string> {
  const file = join('services', name, 'codegen-mappers.json');
  if (!existsSync(file)) return {};
  const mappers: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof mappers !== 'object' || mappers === null || Array.isArray(mappers)) {
    throw new Error(`${file} must be a JSON object of GraphQL type name to "path#Type"`);
  }
  for (const [type, target] of Object.entries(mappers)) {
    if (typeof target !== 'string' || !target.includes('#')) {
      throw new Error(`${file}: the mapper of ${type} must be a "path#Type" string`);
    }
  }
  return mappers as Record<string, string>;
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    SUBGRAPHS.filter((name) => existsSync(join('schema', `${name}.graphql`))).map((name) => [
      `services/${name}/src/generated/graphql.ts`,
      {
        schema: [`schema/${name}.graphql`, FEDERATION_DIRECTIVES],
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: '@kyodo/service-kit#RequestContext',
          useIndexSignature: true,
          useTypeImports: true,
          // String unions, not TS enums: mongoose documents hold plain strings.
          enumsAsTypes: true,
          mappers: mappersOf(name),
          scalars: {
            FieldSet: 'string',
            link__Import: 'string',
            federation__Scope: 'string',
            federation__Policy: 'string',
            // The kit's scalars: DateTime parses to and serializes from a Date, Date stays a YYYY-MM-DD string.
            DateTime: 'Date',
            Date: 'string',
          },
        },
      },
    ]),
  ),
};

export default config;
