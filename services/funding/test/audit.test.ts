import {
  applicationUnderReview,
  createProgram,
  DECIDE,
  errorCodes,
  memberOf,
  programInput,
  STAFF,
  startFundingWorld,
  type FundingWorld,
} from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});
afterAll(async () => {
  await world?.subgraph.stop();
});

const neighborhoodAssociation = () => world.applicants.find((a) => a.kind === 'NEIGHBORHOOD_ASSOCIATION')!;

const HISTORY_FIELDS = /* GraphQL */ `
  version
  history(first: 20) {
    edges {
      node {
        operation
        entityType
        actor {
          sub
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateGrantProgramInput!, $key: String) {
    createGrantProgram(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`;

type Node = { operation: string; changes: { field: string; before: string | null; after: string | null }[] };
const operations = (history: { edges: { node: Node }[] }) => history.edges.map((edge) => edge.node.operation);

it('a retried createGrantProgram with the same key returns the first program; another input is CONFLICT', async () => {
  const input = programInput({ name: 'Idempotent grant' });
  const first = await world.subgraph.query(CREATE, { input, key: 'program-create-0001' }, STAFF);
  const retry = await world.subgraph.query(CREATE, { input, key: 'program-create-0001' }, STAFF);
  expect(retry.body.errors).toBeUndefined();
  expect(retry.body.data.createGrantProgram.id).toBe(first.body.data.createGrantProgram.id);
  const other = await world.subgraph.query(
    CREATE,
    { input: { ...input, budget: 1_234_567 }, key: 'program-create-0001' },
    STAFF,
  );
  expect(errorCodes(other.body)).toEqual(['CONFLICT']);
});

it('updateGrantProgram at a stale version is CONFLICT with currentVersion; decisions do not move the version', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 300_000 });
  const applicationId = await applicationUnderReview(
    world.subgraph,
    program.id,
    neighborhoodAssociation().id,
    100_000,
  );
  const decided = await world.subgraph.query(
    DECIDE,
    { id: applicationId, decision: 'AWARDED', amount: 100_000 },
    STAFF,
  );
  expect(decided.body.errors).toBeUndefined();
  const UPDATE = `mutation ($id: ID!, $v: Int!, $name: String) { updateGrantProgram(id: $id, expectedVersion: $v, input: { name: $name }) { version name } }`;
  const renamed = await world.subgraph.query(UPDATE, { id: program.id, v: 0, name: 'Renamed' }, STAFF);
  expect(renamed.body.data.updateGrantProgram).toEqual({ version: 1, name: 'Renamed' });
  const stale = await world.subgraph.query(UPDATE, { id: program.id, v: 0, name: 'Again' }, STAFF);
  expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
  expect(stale.body.errors![0].extensions.currentVersion).toBe(1);

  const { body } = await world.subgraph.query(
    `query ($id: ID!) { grantProgram(id: $id) { ${HISTORY_FIELDS} } }`,
    { id: program.id },
    STAFF,
  );
  expect(operations(body.data.grantProgram.history)).toEqual(['updateGrantProgram', 'createGrantProgram']);
  expect(body.data.grantProgram.history.edges[0].node.changes).toEqual([
    { field: 'name', before: '"Test neighborhood grant"', after: '"Renamed"' },
  ]);
});

it('an application’s history records each transition, and the award its creation and disbursements', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 300_000 });
  const id = await applicationUnderReview(world.subgraph, program.id, neighborhoodAssociation().id, 80_000);
  const decided = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 80_000 }, STAFF);
  const award = decided.body.data.decideApplication.award as { id: string; awardedOn: string };
  const paid = await world.subgraph.query(
    `mutation ($id: ID!, $date: Date!) { recordDisbursement(awardId: $id, date: $date, amount: 30000) { version } }`,
    { id: award.id, date: award.awardedOn },
    STAFF,
  );
  expect(paid.body.data.recordDisbursement.version).toBe(1);

  const application = await world.subgraph.query(
    `query ($id: ID!) { application(id: $id) { status ${HISTORY_FIELDS} } }`,
    { id },
    STAFF,
  );
  const history = application.body.data.application.history;
  expect(operations(history)).toEqual(['decideApplication', 'reviewApplication', 'submitApplication']);
  expect(history.edges[0].node.changes).toEqual(
    expect.arrayContaining([{ field: 'status', before: '"UNDER_REVIEW"', after: '"AWARDED"' }]),
  );
  expect(application.body.data.application.version).toBe(2);

  const awardHistory = await world.subgraph.query(
    `query ($id: ID!) { award(id: $id) { ${HISTORY_FIELDS} } }`,
    { id: award.id },
    STAFF,
  );
  expect(operations(awardHistory.body.data.award.history)).toEqual([
    'recordDisbursement',
    'decideApplication',
  ]);
  expect(awardHistory.body.data.award.history.edges[0].node.changes).toEqual(
    expect.arrayContaining([{ field: 'disbursedTotal', before: '0', after: '30000' }]),
  );
});

it('history is staff only', async () => {
  const program = world.demo.programs[0]!;
  const query = `query ($id: ID!) { grantProgram(id: $id) { history { edges { cursor } } } }`;
  const member = await world.subgraph.query(
    query,
    { id: program.id },
    memberOf(neighborhoodAssociation().id),
  );
  expect(errorCodes(member.body)).toEqual(['FORBIDDEN']);
  const anonymous = await world.subgraph.query(query, { id: program.id });
  expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
});
