/**
 * A typed client for the Kyodo Graph API with GraphQL Code Generator's client preset: copy this file and src/ into a
 * client project, point `schema` at its copy of schema/api.graphql, and run `npx graphql-codegen --config codegen.ts`.
 * The repository's test (gateway/test/typedClient.test.ts) generates from this file, so it stays correct.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: `${__dirname}/../../schema/api.graphql`,
  documents: [`${__dirname}/src/**/*.ts`],
  ignoreNoDocuments: false,
  generates: {
    [`${__dirname}/src/gql/`]: {
      preset: 'client',
      // Documents as typed strings: they are what goes over the wire, with the result and variable types attached.
      config: { documentMode: 'string', scalars: { DateTime: 'string', Date: 'string' }, enumsAsTypes: true },
    },
  },
};

export default config;
