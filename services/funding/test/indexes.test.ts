import mongoose from 'mongoose';
import { definition } from '../src/index.js';
import {
  applicationUnderReview,
  createProgram,
  DECIDE,
  DISBURSE,
  RESIDENT,
  STAFF,
  startFundingWorld,
  SUBMIT,
  WITHDRAW,
  type FundingWorld,
} from './helpers.js';

/**
 * Every query path is served by a declared index: each database query the requests below issue is captured (mongoose's
 * debug hook) and checked against the indexes declared on the model's schema, so dropping an index, or adding a query
 * path without one, fails here.
 */

interface Captured {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1> | null;
  limited: boolean;
}

type IndexKeys = [string, 1 | -1][];

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof mongoose.Types.ObjectId) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => key.startsWith('$'))
  );
}

/**
 * Fields the filter pins to a value or a set of values: the ones an index prefix serves. `$and` parts (a cursor's
 * keyset condition joined to the list's filter) are searched too; `$or` parts (the keyset condition itself, the
 * drafts visibility rule) pin nothing.
 */
function pinnedFields(filter: Record<string, unknown>, fields = new Set<string>()): Set<string> {
  for (const [path, value] of Object.entries(filter)) {
    if (path === '$and') for (const part of value as Record<string, unknown>[]) pinnedFields(part, fields);
    if (path.startsWith('$')) continue;
    if (!isOperatorObject(value) || '$in' in value || '$eq' in value) fields.add(path);
  }
  return fields;
}

function indexesOf(collection: string): IndexKeys[] {
  const model = definition.models.find((m) => m.collection.collectionName === collection);
  if (!model) throw new Error(`no model for collection ${collection}`);
  return [[['_id', 1]], ...model.schema.indexes().map(([keys]) => Object.entries(keys) as IndexKeys)];
}

/** Whether an index serves the query: its leading keys are pinned by the filter, and for a page, the sort follows. */
function served(query: Captured): boolean {
  const pinned = pinnedFields(query.filter);
  const sort = Object.entries(query.sort ?? {}).filter(([path]) => !pinned.has(path));
  const needsOrder = query.limited && sort.length > 0;
  return indexesOf(query.collection).some((keys) => {
    let prefix = 0;
    while (prefix < keys.length && pinned.has(keys[prefix]![0])) prefix++;
    if (pinned.size > 0 && prefix === 0) return false;
    if (!needsOrder) return true;
    const rest = keys.slice(prefix, prefix + sort.length);
    if (rest.length < sort.length) return false;
    const same = rest.every(([path, order], i) => path === sort[i]![0] && order === sort[i]![1]);
    const reversed = rest.every(([path, order], i) => path === sort[i]![0] && order === -sort[i]![1]);
    return same || reversed;
  });
}

const READS = ['find', 'findOne', 'countDocuments', 'findOneAndUpdate', 'updateOne', 'aggregate'];

let world: FundingWorld;
const captured: Captured[] = [];

beforeAll(async () => {
  world = await startFundingWorld();
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (!READS.includes(method)) return;
    if (method === 'aggregate') {
      const match = (args[0] as Record<string, unknown>[])[0]?.$match as Record<string, unknown> | undefined;
      captured.push({ collection, method, filter: match ?? {}, sort: null, limited: false });
      return;
    }
    const options = (method === 'findOneAndUpdate' || method === 'updateOne' ? args[2] : args[1]) as
      { sort?: Record<string, 1 | -1>; limit?: number } | undefined;
    captured.push({
      collection,
      method,
      filter: (args[0] ?? {}) as Record<string, unknown>,
      sort: options?.sort ?? null,
      limited: typeof options?.limit === 'number',
    });
  });
});

afterAll(async () => {
  mongoose.set('debug', false);
  await world?.subgraph.stop();
});

it('serves every query path from a declared index', async () => {
  const { demo, subgraph } = world;
  const application = demo.applications.find((a) => a.status === 'AWARDED')!;
  const award = demo.awards[0]!;
  const project = demo.collaborativeProjects[0]!;

  const reads: [string, Record<string, unknown>][] = [
    [
      `query ($fiscalYear: Int, $kind: GrantProgramKind) { grantPrograms(fiscalYear: $fiscalYear, kind: $kind) { id } }`,
      {},
    ],
    [`query { grantPrograms(fiscalYear: 2024) { id } }`, {}],
    [`query { grantPrograms(kind: SUBSIDY) { id } }`, {}],
    [`query { grantPrograms(fiscalYear: 2024, kind: GRANT) { id } }`, {}],
    [`query ($id: ID!) { grantProgram(id: $id) { id } }`, { id: application.programId }],
    [`query ($id: ID!) { application(id: $id) { id program { id } award { id } } }`, { id: application.id }],
    [`query ($id: ID!) { award(id: $id) { id application { id } program { id } } }`, { id: award.id }],
    [`query ($id: ID!) { collaborativeProject(id: $id) { id } }`, { id: project.id }],
  ];
  const applications = `query ($filter: ApplicationFilter, $after: String) {
    applications(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }
  }`;
  for (const filter of [
    {},
    { programId: application.programId },
    { programId: application.programId, status: 'AWARDED' },
    { organizationId: application.organizationId },
    { organizationId: application.organizationId, fiscalYear: 2024 },
    { status: 'UNDER_REVIEW' },
    { fiscalYear: 2023 },
    { fiscalYear: 2023, status: 'REJECTED' },
  ]) {
    reads.push([applications, { filter }]);
  }
  const projects = `query ($filter: CollaborativeProjectFilter) {
    collaborativeProjects(filter: $filter, first: 3) { totalCount edges { node { id } } }
  }`;
  for (const filter of [
    {},
    { fiscalYear: 2024 },
    { origin: 'CITIZEN_PROPOSED' },
    { form: 'ADOPTION' },
    { status: 'COMPLETED' },
    { partnerId: project.partnerIds[0] },
  ]) {
    reads.push([projects, { filter }]);
  }
  reads.push([
    `query { grants360(fiscalYear: 2024, first: 5) { totalCount edges { node { id title grantProgramme { code } } } } }`,
    {},
  ]);
  for (const groupBy of ['PROGRAM', 'DISTRICT', 'ORGANIZATION_KIND']) {
    reads.push([
      `query { fundingSummary(fiscalYear: 2024, groupBy: ${groupBy}) { totals { awardCount } } }`,
      {},
    ]);
  }
  const entities = `query ($representations: [_Any!]!, $fiscalYear: Int, $status: ApplicationStatus) {
    _entities(representations: $representations) {
      ... on GrantProgram { id }
      ... on Award { id }
      ... on CollaborativeProject { id }
      ... on Organization {
        applications(fiscalYear: $fiscalYear, status: $status) { id }
        awards(fiscalYear: $fiscalYear) { id }
        fundingSummary(fiscalYear: $fiscalYear) { awardCount }
        applicantRegistration { kind }
      }
      ... on District { funding(fiscalYear: 2024) { awardCount } }
    }
  }`;
  const eligible = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organization { eligibleGrantPrograms(fiscalYear: 2024) { id } }
    }
  }`;
  const representations = [
    { __typename: 'GrantProgram', id: application.programId },
    { __typename: 'Award', id: award.id },
    { __typename: 'CollaborativeProject', id: project.id },
    { __typename: 'Organization', id: application.organizationId },
    { __typename: 'District', code: award.districtCode },
  ];
  reads.push([entities, { representations }]);
  reads.push([
    eligible,
    {
      representations: [
        { __typename: 'Organization', id: application.organizationId, kind: application.applicantKind },
      ],
    },
  ]);
  reads.push([entities, { representations, fiscalYear: 2024, status: 'AWARDED' }]);

  for (const [query, variables] of reads) {
    for (const viewer of [STAFF, RESIDENT]) {
      const response = await subgraph.query(query, variables, viewer);
      expect(response.body.errors).toBeUndefined();
    }
  }
  // The next page of a list: the keyset condition joined to the same filter.
  const first = await subgraph.query(applications, { filter: { programId: application.programId } }, STAFF);
  const next = await subgraph.query(
    applications,
    { filter: { programId: application.programId }, after: first.body.data.applications.pageInfo.endCursor },
    STAFF,
  );
  expect(next.body.errors).toBeUndefined();

  // The write paths: submit, review, decide (budget guard, award), disburse, withdraw, update the budget.
  const program = await createProgram(subgraph);
  const organizationId = world.applicants.find((a) => a.kind === 'NEIGHBORHOOD_ASSOCIATION')!.id;
  const underReview = await applicationUnderReview(subgraph, program.id, organizationId, 100_000);
  const decided = await subgraph.query(
    DECIDE,
    { id: underReview, decision: 'AWARDED', amount: 100_000 },
    STAFF,
  );
  const awarded = decided.body.data.decideApplication.award;
  await subgraph.query(DISBURSE, { awardId: awarded.id, date: awarded.awardedOn, amount: 1_000 }, STAFF);
  const submitted = await subgraph.query(
    SUBMIT,
    {
      input: {
        programId: program.id,
        organizationId,
        title: '地区清掃',
        plan: '年2回実施する。',
        requestedAmount: 1_000,
      },
    },
    STAFF,
  );
  await subgraph.query(WITHDRAW, { id: submitted.body.data.submitApplication.id }, STAFF);
  const updated = await subgraph.query(
    `mutation ($id: ID!) { updateGrantProgram(id: $id, input: { budget: 900000 }) { id } }`,
    { id: program.id },
    STAFF,
  );
  expect(updated.body.errors).toBeUndefined();

  for (const collection of [
    'grantPrograms',
    'applications',
    'awards',
    'collaborativeProjects',
    'applicants',
  ]) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  const unserved = captured.filter((query) => !served(query));
  expect(unserved).toEqual([]);
});
