import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Runs the repository's real codegen.ts (and the codegen:check script) over a tiny Federation 2 subgraph in a
 * scratch directory laid out like the repository, then type-checks resolvers written against the output.
 */
const ROOT = join(__dirname, '../../..');
const CODEGEN = join(ROOT, 'node_modules/.bin/graphql-codegen');
const CHECK = join(ROOT, 'services/kit/codegen/check.cjs');

const SDL = /* GraphQL */ `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.5"
      import: [
        "@key"
        "@shareable"
        "@authenticated"
        "@requiresScopes"
        "@inaccessible"
        "@override"
        "@external"
      ]
    )

  type Query {
    grant(id: ID!): Grant
    grants(first: Int, after: String): GrantConnection! @requiresScopes(scopes: [["staff"]])
  }
  type Grant @key(fields: "id") {
    id: ID!
    title: String!
    status: GrantStatus!
    amountYen: Int! @authenticated
    applicant: Organization!
    internalNote: String @inaccessible
  }
  enum GrantStatus {
    OPEN
    CLOSED
  }
  type Organization @key(fields: "id", resolvable: false) {
    id: ID!
  }
  type GrantConnection {
    edges: [GrantEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type GrantEdge {
    cursor: String!
    node: Grant!
  }
  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }
`;

const MODEL = `
import mongoose, { type HydratedDocument } from 'mongoose';
export interface Grant { title: string; status: 'OPEN' | 'CLOSED'; amountYen: number; applicantId: mongoose.Types.ObjectId }
export const GrantModel = mongoose.model<Grant>('Grant', new mongoose.Schema<Grant>({ title: String }));
export type GrantDocument = HydratedDocument<Grant>;
`;

// Resolvers typed by the generated file, plugged into the kit: this must compile, and the negative case must not.
const LOADERS = `
import type DataLoader from 'dataloader';
import { createIdLoader } from '@kyodo/service-kit';
import { GrantModel, type GrantDocument } from './models/Grant.js';

export interface Loaders { grant: DataLoader<string, GrantDocument | null> }
export const createLoaders = (): Loaders => ({ grant: createIdLoader(GrantModel) });
`;

const RESOLVERS = `
import { paginate, parseObjectId, type RequestContext, type SubgraphDefinition } from '@kyodo/service-kit';
import { parse } from 'graphql';
import type { Resolvers } from './generated/graphql.js';
import { createLoaders, type Loaders } from './loaders.js';
import { GrantModel } from './models/Grant.js';

const resolvers: Resolvers<RequestContext<Loaders>> = {
  Query: {
    grant: (_parent, { id }, ctx) => ctx.loaders.grant.load(parseObjectId(id).toHexString()),
    grants: (_parent, args) => paginate(GrantModel, { filter: {}, sort: { title: 1 }, first: args.first, after: args.after }),
  },
  Grant: {
    __resolveReference: (ref, ctx) => ctx.loaders.grant.load(ref.id),
    id: (grant) => grant._id.toHexString(),
    status: (grant) => grant.status,
    applicant: (grant) => ({ __typename: 'Organization', id: grant.applicantId.toHexString() }),
  },
};

export const definition: SubgraphDefinition<Loaders> = {
  name: 'funding',
  typeDefs: parse('type Query { x: Int }'),
  resolvers,
  createLoaders,
  models: [GrantModel],
};
`;

const WRONG = `
import type { Resolvers } from './generated/graphql.js';
export const wrong: Resolvers = { Grant: { title: (grant) => grant.amountYen } };
`;

let dir: string;

function write(path: string, content: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

function check() {
  return spawnSync(process.execPath, [CHECK, join(ROOT, 'codegen.ts')], { cwd: dir, encoding: 'utf8' });
}

function typecheck(entry: string) {
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        isolatedModules: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
      },
      files: [entry],
    }),
  );
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
    cwd: dir,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyodo-codegen-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  write('schema/funding.graphql', SDL);
  write(
    'services/funding/codegen-mappers.json',
    JSON.stringify({ Grant: '../models/Grant.js#GrantDocument' }),
  );
  write('services/funding/src/models/Grant.ts', MODEL);
  write('services/funding/src/loaders.ts', LOADERS);
  write('services/funding/src/resolvers.ts', RESOLVERS);
  write('services/funding/src/wrong.ts', WRONG);
  execFileSync(process.execPath, [CODEGEN, '--config', join(ROOT, 'codegen.ts')], {
    cwd: dir,
    stdio: 'pipe',
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GENERATED = 'services/funding/src/generated/graphql.ts';

test('generates resolver types from Federation 2 SDL, only for services that have a schema', () => {
  expect(existsSync(join(dir, GENERATED))).toBe(true);
  expect(existsSync(join(dir, 'services/organizations/src/generated/graphql.ts'))).toBe(false);
  const generated = readFileSync(join(dir, GENERATED), 'utf8');
  expect(generated).toContain("import type { GrantDocument } from '../models/Grant.js';");
  expect(generated).toContain("import type { RequestContext } from '@kyodo/service-kit';");
  expect(generated).toContain('__resolveReference');
  expect(generated).toContain("export type GrantStatus =\n  | 'CLOSED'\n  | 'OPEN';");
});

test('resolvers typed by the generated file plug into SubgraphDefinition', () => {
  const result = typecheck('services/funding/src/resolvers.ts');
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('a resolver returning the wrong type does not compile', () => {
  const result = typecheck('services/funding/src/wrong.ts');
  expect(result.status).not.toBe(0);
  expect(result.stdout).toContain("Type 'number' is not assignable to type");
});

test('codegen:check passes when up to date and names a stale file', () => {
  expect(check().status).toBe(0);
  write('schema/funding.graphql', SDL.replace('title: String!', 'title: String!\n    subtitle: String'));
  const stale = check();
  expect(stale.status).toBe(1);
  expect(stale.stderr).toContain(GENERATED);
  write('schema/funding.graphql', SDL);
  expect(check().status).toBe(0);
});
