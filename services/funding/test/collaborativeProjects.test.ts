import { seedDatabase } from '@kyodo/service-kit';
import { knownEntities, startTestSubgraph, TEST_NOW, type TestSubgraph } from '@kyodo/service-kit/testing';
import { buildDemoWorld, serviceSeeds, type DemoWorld } from '@kyodo/seed';
import { fixedClock } from '@kyodo/domain';
import { definition } from '../src/index.js';
import { NEXT_STATUSES } from '../src/collaborativeProjects.js';
import { errorCodes, memberOf, RESIDENT, STAFF } from './helpers.js';

let subgraph: TestSubgraph;
let demo: DemoWorld;

beforeAll(async () => {
  demo = await buildDemoWorld({ now: TEST_NOW });
  subgraph = await startTestSubgraph(definition, {
    seed: async () => {
      await seedDatabase(definition.models, serviceSeeds(demo).funding);
    },
    clock: fixedClock(TEST_NOW),
    // Partners are checked with the organizations subgraph; here, a directory of the demo organizations.
    entities: knownEntities({ organizations: { Organization: demo.organizations.map((o) => o.id) } }),
  });
});
afterAll(() => subgraph?.stop());

const FIELDS = 'id title description origin form department fiscalYear budget status version partners { id }';
const CREATE = `mutation ($input: CreateCollaborativeProjectInput!, $key: String) {
  createCollaborativeProject(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateCollaborativeProjectInput!) {
  updateCollaborativeProject(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $status: CollaborativeProjectStatus!, $version: Int) {
  setCollaborativeProjectStatus(id: $id, status: $status, expectedVersion: $version) { ${FIELDS} } }`;
const HISTORY = `query ($id: ID!) { collaborativeProject(id: $id) { version
  history { edges { node { operation actor { sub } changes { field before after } } } } } }`;

const input = () => ({
  title: '焼津港 防災まち歩き',
  description: '自治会と市民団体が避難経路を歩いて点検し、市が地図を更新する。',
  origin: 'CITIZEN_PROPOSED',
  form: 'EXECUTIVE_COMMITTEE',
  partnerIds: [demo.organizations[3]!.id],
  department: '協働推進課',
  fiscalYear: 2026,
  budget: 300000,
});

async function create(): Promise<string> {
  const { body } = await subgraph.query(CREATE, { input: input() }, STAFF);
  expect(body.errors).toBeUndefined();
  return body.data.createCollaborativeProject.id;
}

it('documents its transitions as a table whose final states lead nowhere', () => {
  expect(NEXT_STATUSES).toEqual({
    PROPOSED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['COMPLETED', 'CANCELLED'],
    COMPLETED: [],
    CANCELLED: [],
  });
});

describe('createCollaborativeProject(idempotencyKey)', () => {
  it('returns the first project for a retry with the same key and refuses the key for another input', async () => {
    const key = 'cp-2026-bousai-walk';
    const first = await subgraph.query(CREATE, { input: input(), key }, STAFF);
    expect(first.body.data.createCollaborativeProject).toMatchObject({ status: 'PROPOSED', version: 0 });
    const retry = await subgraph.query(CREATE, { input: input(), key }, STAFF);
    expect(retry.body.data.createCollaborativeProject.id).toBe(first.body.data.createCollaborativeProject.id);
    const other = await subgraph.query(CREATE, { input: { ...input(), budget: 1 }, key }, STAFF);
    expect(errorCodes(other.body)).toEqual(['CONFLICT']);
  });
});

describe('updateCollaborativeProject', () => {
  it('changes the fields given at the version read, and refuses a stale version', async () => {
    const id = await create();
    const partners = [demo.organizations[5]!.id, demo.organizations[6]!.id];
    const { body } = await subgraph.query(
      UPDATE,
      {
        id,
        version: 0,
        input: { budget: 450000, partnerIds: [...partners, partners[0]], title: ' 防災まち歩き ' },
      },
      STAFF,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateCollaborativeProject).toMatchObject({
      title: '防災まち歩き',
      budget: 450000,
      partners: partners.map((id) => ({ id })),
      version: 1,
    });
    const stale = await subgraph.query(UPDATE, { id, version: 0, input: { budget: 1 } }, STAFF);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors?.[0]?.extensions?.currentVersion).toBe(1);

    const history = await subgraph.query(HISTORY, { id }, STAFF);
    const [latest] = history.body.data.collaborativeProject.history.edges;
    expect(latest.node.operation).toBe('updateCollaborativeProject');
    expect(latest.node.actor.sub).toBe(STAFF.sub);
    expect(latest.node.changes).toEqual(
      expect.arrayContaining([{ field: 'budget', before: '300000', after: '450000' }]),
    );
  });

  it.each([
    [{ budget: -1 }, 'input.budget'],
    [{ title: '' }, 'input.title'],
    [{ fiscalYear: 1900 }, 'input.fiscalYear'],
    [{ partnerIds: [] }, 'input.partnerIds'],
    [{ partnerIds: ['bad'] }, 'input.partnerIds[0]'],
    [{}, 'input'],
  ])('refuses %j naming %s', async (change, argumentName) => {
    const id = await create();
    const { body } = await subgraph.query(UPDATE, { id, version: 0, input: change }, STAFF);
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
  });

  it('refuses a partner the organizations subgraph does not know (NOT_FOUND), writing nothing', async () => {
    const id = await create();
    const unknown = '0123456789abcdef01234567';
    const { body } = await subgraph.query(
      UPDATE,
      { id, version: 0, input: { partnerIds: [unknown] } },
      STAFF,
    );
    expect(errorCodes(body)).toEqual(['NOT_FOUND']);
    const history = await subgraph.query(HISTORY, { id }, STAFF);
    expect(history.body.data.collaborativeProject.version).toBe(0);
  });

  it('is for staff only', async () => {
    const id = await create();
    for (const viewer of [memberOf(demo.organizations[3]!.id), RESIDENT]) {
      const { body } = await subgraph.query(UPDATE, { id, version: 0, input: { budget: 1 } }, viewer);
      expect(errorCodes(body)).toEqual(['FORBIDDEN']);
    }
    const anonymous = await subgraph.query(STATUS, { id, status: 'ACTIVE' });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('setCollaborativeProjectStatus', () => {
  it('moves PROPOSED -> ACTIVE -> COMPLETED, then refuses every move and every edit with currentStatus', async () => {
    const id = await create();
    const active = await subgraph.query(STATUS, { id, status: 'ACTIVE' }, STAFF);
    expect(active.body.data.setCollaborativeProjectStatus).toMatchObject({ status: 'ACTIVE', version: 1 });
    const completed = await subgraph.query(STATUS, { id, status: 'COMPLETED', version: 1 }, STAFF);
    expect(completed.body.data.setCollaborativeProjectStatus).toMatchObject({
      status: 'COMPLETED',
      version: 2,
    });
    for (const status of ['ACTIVE', 'CANCELLED', 'COMPLETED', 'PROPOSED']) {
      const { body } = await subgraph.query(STATUS, { id, status }, STAFF);
      expect(errorCodes(body)).toEqual(['CONFLICT']);
      expect(body.errors?.[0]?.extensions?.currentStatus).toBe('COMPLETED');
    }
    const edit = await subgraph.query(UPDATE, { id, version: 2, input: { budget: 1 } }, STAFF);
    expect(errorCodes(edit.body)).toEqual(['CONFLICT']);
    expect(edit.body.errors?.[0]?.extensions?.currentStatus).toBe('COMPLETED');
    const history = await subgraph.query(HISTORY, { id }, STAFF);
    expect(
      history.body.data.collaborativeProject.history.edges.map(
        (e: { node: { operation: string } }) => e.node.operation,
      ),
    ).toEqual([
      'setCollaborativeProjectStatus',
      'setCollaborativeProjectStatus',
      'createCollaborativeProject',
    ]);
  });

  it('lets exactly one of two racing transitions win; the other is CONFLICT with the status it met', async () => {
    const id = await create();
    const [cancel, activate] = await Promise.all([
      subgraph.query(STATUS, { id, status: 'CANCELLED' }, STAFF),
      subgraph.query(STATUS, { id, status: 'ACTIVE' }, STAFF),
    ]);
    const winners = [cancel, activate].filter((response) => !response.body.errors);
    expect(winners).toHaveLength(1);
    const loser = [cancel, activate].find((response) => response.body.errors)!;
    expect(errorCodes(loser.body)).toEqual(['CONFLICT']);
    expect(['CANCELLED', 'ACTIVE']).toContain(loser.body.errors?.[0]?.extensions?.currentStatus);
  });

  it('with a stale expectedVersion is CONFLICT with currentVersion', async () => {
    const id = await create();
    await subgraph.query(UPDATE, { id, version: 0, input: { budget: 1 } }, STAFF);
    const { body } = await subgraph.query(STATUS, { id, status: 'ACTIVE', version: 0 }, STAFF);
    expect(errorCodes(body)).toEqual(['CONFLICT']);
    expect(body.errors?.[0]?.extensions?.currentVersion).toBe(1);
  });
});
