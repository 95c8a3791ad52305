/**
 * A typed client for the Kyodo Graph API with GraphQL Code Generator's client preset: copy this file and src/ into a
 * client project, point `schema` at its copy of schema/api.graphql, and run `npx graphql-codegen --config codegen.ts`.
 * The repository's test (gateway/test/typedClient.test.ts) generates from this file, so it stays correct.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
declare const config: CodegenConfig;
export default config;
//# sourceMappingURL=codegen.d.ts.map