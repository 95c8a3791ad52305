import { TEST_NOW, recordQueries, unservedQueries, type QueryRecorder } from '@kyodo/service-kit/testing';
import { definition } from '../src/index.js';
import { ExternalGrantModel } from '../src/models/ExternalGrant.js';
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

// Reads, writes, summaries and later pages of funding: each query must start on a declared index.

let world: FundingWorld;
let recorder: QueryRecorder;

beforeAll(async () => {
  world = await startFundingWorld();
  recorder = recordQueries({
    // An aggregate: the $match it opens with.
    aggregate: (pipeline) => ({
      filter: (pipeline[0]?.$match as Record<string, unknown> | undefined) ?? {},
      sort: null,
      limited: false,
    }),
  });
});

afterAll(async () => {
  recorder?.stop();
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
  const orderedApplications = `query ($orderBy: ApplicationOrder) {
    applications(orderBy: $orderBy, first: 3) { totalCount edges { node { id } } }
  }`;
  for (const field of ['CREATED_AT', 'SUBMITTED_AT', 'REQUESTED_AMOUNT']) {
    for (const direction of ['ASC', 'DESC'])
      reads.push([orderedApplications, { orderBy: { field, direction } }]);
  }
  const awardPages = `query ($representations: [_Any!]!, $fiscalYear: Int, $orderBy: AwardOrder, $after: String) {
    _entities(representations: $representations) {
      ... on Organization { awardsConnection(fiscalYear: $fiscalYear, orderBy: $orderBy, first: 1, after: $after) {
        totalCount pageInfo { endCursor } edges { node { id } } } }
    }
  }`;
  for (const fiscalYear of [null, award.fiscalYear]) {
    for (const field of ['AWARDED_ON', 'AMOUNT']) {
      reads.push([
        awardPages,
        {
          representations: [{ __typename: 'Organization', id: award.organizationId }],
          fiscalYear,
          orderBy: { field },
        },
      ]);
    }
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
  // External funders' grants (written by the 360Giving importer; one is enough for every path to run).
  await ExternalGrantModel.create({
    grantId: '360G-TEST-1',
    funderId: 'GB-CHC-1',
    funderName: 'A Foundation',
    programTitle: 'Music',
    programCode: null,
    awardDay: '2020-11-03',
    grant: {
      id: '360G-TEST-1',
      title: 'Grant',
      description: 'Music',
      currency: 'GBP',
      amountAwarded: 1000,
      awardDate: '2020-11-03',
      fundingOrganization: [{ id: 'GB-CHC-1', name: 'A Foundation' }],
      recipientOrganization: [{ id: 'GB-CHC-2', name: 'A School' }],
      grantProgramme: [{ title: 'Music' }],
    },
    importedAt: TEST_NOW,
    updatedAt: TEST_NOW,
  });
  reads.push([`query { externalFunders { id grantCount programs { title awardedTotals { amount } } } }`, {}]);
  reads.push([`query { externalFunder(id: "GB-CHC-1") { name grantCount } }`, {}]);
  reads.push([`query { externalGrant(id: "360G-TEST-1") { id program { title } funder { name } } }`, {}]);
  const externalGrants = `query ($filter: ExternalGrantFilter) {
    externalGrants(filter: $filter, first: 3) { totalCount edges { node { id program { title } } } }
  }`;
  for (const filter of [
    {},
    { funderId: 'GB-CHC-1' },
    { funderId: 'GB-CHC-1', programTitle: 'Music' },
    { funderId: 'GB-CHC-1', awardYear: 2020 },
    { awardYear: 2020 },
  ]) {
    reads.push([externalGrants, { filter }]);
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
    `mutation ($id: ID!) { updateGrantProgram(id: $id, expectedVersion: 0, input: { budget: 900000 }) { id } }`,
    { id: program.id },
    STAFF,
  );
  expect(updated.body.errors).toBeUndefined();

  // The audit reads: an entity's history and this subgraph's part of Query.auditLog.
  const histories = await subgraph.query(
    `query ($p: ID!, $a: ID!) { grantProgram(id: $p) { history { edges { cursor } } }
      application(id: $a) { history { edges { cursor } } award { history { edges { cursor } } } } }`,
    { p: program.id, a: underReview },
    STAFF,
  );
  expect(histories.body.errors).toBeUndefined();
  for (const filter of [{}, { entityType: 'Application' }, { actor: STAFF.sub }, { entityId: program.id }]) {
    const log = await subgraph.query(
      'query ($filter: AuditLogFilter) { _auditLog(filter: $filter) { edges { cursor } } }',
      { filter },
      STAFF,
    );
    expect(log.body.errors).toBeUndefined();
  }

  const captured = recorder.queries;
  for (const collection of [
    'grantPrograms',
    'applications',
    'awards',
    'collaborativeProjects',
    'applicants',
    'externalGrants',
    'auditEntries',
  ]) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  expect(unservedQueries(definition.models, captured, { leading: 'first' })).toEqual([]);
});
