// The README's typed-client recipe, run for real: GraphQL Code Generator's client preset generates from
// schema/api.graphql with docs/typed-client/codegen.ts, and the example client then type-checks against it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CodegenConfig, generate } from '@graphql-codegen/cli';
import ts from 'typescript';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'docs', 'typed-client', 'src');
// The recipe lives outside the gateway's TypeScript project (it is for client projects), so it is loaded at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = (require('../../docs/typed-client/codegen') as { default: CodegenConfig }).default;

function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a typed client generated from schema/api.graphql', () => {
  it('generates typed documents for the example operation, as committed, and the example type-checks', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    // docs/typed-client/src/gql is committed so lint type-checks the example: it must be what codegen makes now
    // (`npx graphql-codegen --config docs/typed-client/codegen.ts` regenerates it).
    for (const output of outputs)
      expect([output.filename, readFileSync(output.filename, 'utf8')]).toEqual([
        output.filename,
        output.content,
      ]);
    const graphqlTs = outputs.find((o: { filename: string; content: string }) =>
      o.filename.endsWith(path.join('gql', 'graphql.ts')),
    );
    expect(graphqlTs?.content).toContain('export type DistrictDashboardQuery');
    expect(graphqlTs?.content).toContain('export type DistrictDashboardQueryVariables');
    expect(typeErrors([path.join(EXAMPLE, 'districtDashboard.ts')])).toEqual([]);
  }, 60_000);

  it('catches a client that asks for a field the API does not have', async () => {
    await expect(
      generate(
        {
          ...config,
          silent: true,
          documents: [],
          generates: {
            [path.join(EXAMPLE, 'gql-broken') + path.sep]: {
              preset: 'client',
              documents: ['query Broken { district(code: "yaizu-01") { mayor } }'],
            },
          },
        },
        false,
      ),
    ).rejects.toThrow(/mayor/);
  }, 60_000);
});
