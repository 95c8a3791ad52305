import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, GraphQLEnumType, Kind, parse } from 'graphql';
import {
  ACTIVITY_FIELDS,
  basisOf,
  CLOSED_DAY_RULES,
  FACILITY_KINDS,
  ORGANIZATION_BASES,
  ORGANIZATION_KINDS,
  PERSON_ROLES,
  WEEKDAYS,
} from '../src/index.js';

const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');
const SUBGRAPH_FILES = readdirSync(SCHEMA_DIR).filter(
  // The subgraphs' own SDL files: not the composed supergraph nor the client-facing API schema derived from them.
  (file) => file.endsWith('.graphql') && file !== 'supergraph.graphql' && file !== 'api.graphql',
);

/** Every subgraph SDL's values of an enum, by file; federation directives are left undeclared, so only the AST. */
function enumValuesByFile(name: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of SUBGRAPH_FILES) {
    const document = parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) {
        // Built through graphql-js so the values are the ones a schema would serve.
        const schema = buildASTSchema(
          { kind: document.kind, definitions: [definition] },
          { assumeValidSDL: true },
        );
        const type = schema.getType(name) as GraphQLEnumType;
        found.set(
          file,
          type.getValues().map((value) => value.name),
        );
      }
    }
  }
  return found;
}

describe.each([
  ['OrganizationKind', ORGANIZATION_KINDS, ['organizations.graphql', 'funding.graphql']],
  ['OrganizationBasis', ORGANIZATION_BASES, ['organizations.graphql']],
  ['ActivityField', ACTIVITY_FIELDS, ['organizations.graphql']],
  ['FacilityKind', FACILITY_KINDS, ['facilities.graphql']],
  ['Weekday', WEEKDAYS, ['facilities.graphql']],
  ['ClosedDayRule', CLOSED_DAY_RULES, ['facilities.graphql']],
  ['PersonRole', PERSON_ROLES, ['organizations.graphql']],
])('%s', (name, list, files) => {
  it(`is declared in ${files.join(' and ')}`, () => {
    expect([...enumValuesByFile(name).keys()].sort()).toEqual([...files].sort());
  });

  it('equals the domain list, value for value and in order', () => {
    for (const values of enumValuesByFile(name).values()) expect(values).toEqual([...list]);
  });
});

describe('basisOf', () => {
  it('makes associations, councils, community groups and schools territorial, the rest thematic', () => {
    expect(ORGANIZATION_KINDS.filter((kind) => basisOf(kind) === 'TERRITORIAL')).toEqual([
      'NEIGHBORHOOD_ASSOCIATION',
      'DISTRICT_COUNCIL',
      'COMMUNITY_GROUP',
      'EDUCATIONAL_INSTITUTION',
    ]);
  });
});
