import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind } from 'graphql';
import { loadSubgraphTypeDefs, subgraphSchemaPath } from '../src/index.js';

let root: string;
let deep: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kyodo-schema-'));
  deep = join(root, 'services', 'things', 'dist', 'src');
  mkdirSync(deep, { recursive: true });
  mkdirSync(join(root, 'schema'));
  writeFileSync(join(root, 'schema', 'things.graphql'), 'type Query { thing: String }\n');
  writeFileSync(join(root, 'schema', 'broken.graphql'), 'type Query {\n  thing: String\n  oops(\n}\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('finds schema/<name>.graphql in an ancestor directory and parses it', () => {
  expect(subgraphSchemaPath('things', deep)).toBe(join(root, 'schema', 'things.graphql'));
  const document = loadSubgraphTypeDefs('things', deep);
  expect(document.definitions.map((d) => d.kind)).toEqual([Kind.OBJECT_TYPE_DEFINITION]);
});

test('a missing schema names the file it looked for', () => {
  expect(() => subgraphSchemaPath('absent', deep)).toThrow('schema/absent.graphql was not found');
});

test('a syntax error names the file and the line', () => {
  expect(() => loadSubgraphTypeDefs('broken', deep)).toThrow(/broken\.graphql:4:1/);
});

test('from the kit itself it finds the repository schema directory', () => {
  expect(() => subgraphSchemaPath('organizations')).not.toThrow();
});
