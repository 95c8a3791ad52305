import { GraphQLError } from 'graphql';
import { Types } from 'mongoose';
import { reserveBudget } from '../src/budget.js';
import {
  applicationUnderReview,
  createProgram,
  DECIDE,
  DISBURSE,
  errorCodes,
  STAFF,
  startFundingWorld,
  type FundingWorld,
} from './helpers.js';

/**
 * The race-safety rules, exercised the way they break: many requests at once over HTTP, each deciding from a state
 * every other request is changing. Only the database's conditional updates keep the invariants.
 */
let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});

afterAll(async () => {
  await world?.subgraph.stop();
});

const associations = () => world.applicants.filter((a) => a.kind === 'NEIGHBORHOOD_ASSOCIATION');

async function programState(id: string): Promise<{ budget: number; awardedTotal: number }> {
  const { body } = await world.subgraph.query(
    `query($id: ID!) { grantProgram(id: $id) { budget awardedTotal } }`,
    {
      id,
    },
  );
  return body.data.grantProgram;
}

async function awardedApplications(
  programId: string,
): Promise<{ id: string; award: { amount: number } | null }[]> {
  const { body } = await world.subgraph.query(
    `query($programId: ID!) {
      applications(filter: { programId: $programId, status: AWARDED }, first: 100) {
        edges { node { id award { amount } } }
      }
    }`,
    { programId },
    STAFF,
  );
  return body.data.applications.edges.map(
    (e: { node: { id: string; award: { amount: number } | null } }) => e.node,
  );
}

async function awardCount(programId: string, fiscalYear: number): Promise<number> {
  const { body } = await world.subgraph.query(
    `query($fiscalYear: Int!) { fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) { groups { key awardCount } } }`,
    { fiscalYear },
  );
  return body.data.fundingSummary.groups.find((g: { key: string }) => g.key === programId)?.awardCount ?? 0;
}

it('40 concurrent awards against a budget that fits exactly 10: 10 awards, 30 CONFLICTs, never over budget', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 100_000 });
  const orgs = associations();
  const applicationIds: string[] = [];
  for (let i = 0; i < 40; i++) {
    applicationIds.push(
      await applicationUnderReview(world.subgraph, program.id, orgs[i % orgs.length]!.id, 100_000),
    );
  }

  const responses = await Promise.all(
    applicationIds.map((id) =>
      world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 100_000 }, STAFF),
    ),
  );

  const succeeded = responses.filter((r) => r.body.errors === undefined);
  const refused = responses.filter((r) => r.body.errors !== undefined);
  expect(succeeded).toHaveLength(10);
  expect(refused).toHaveLength(30);
  for (const response of refused) {
    expect(errorCodes(response.body)).toEqual(['CONFLICT']);
    expect(response.body.errors![0].extensions.remainingBudget).toBeLessThan(100_000);
  }
  for (const response of succeeded) {
    expect(response.body.data.decideApplication.status).toBe('AWARDED');
    expect(response.body.data.decideApplication.award.amount).toBe(100_000);
  }

  const state = await programState(program.id);
  expect(state.awardedTotal).toBeLessThanOrEqual(state.budget);
  expect(state.awardedTotal).toBe(1_000_000);
  const awarded = await awardedApplications(program.id);
  expect(awarded).toHaveLength(10);
  expect(awarded.every((a) => a.award?.amount === 100_000)).toBe(true);
  expect(await awardCount(program.id, program.fiscalYear)).toBe(10);
});

it('awards one application once, however many staff decide it at the same moment', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 100_000 });
  const id = await applicationUnderReview(world.subgraph, program.id, associations()[0]!.id, 50_000);

  const responses = await Promise.all(
    Array.from({ length: 10 }, () =>
      world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 50_000 }, STAFF),
    ),
  );

  expect(responses.filter((r) => r.body.errors === undefined)).toHaveLength(1);
  for (const response of responses.filter((r) => r.body.errors !== undefined)) {
    expect(errorCodes(response.body)).toEqual(['CONFLICT']);
    expect(response.body.errors![0].extensions.currentStatus).toBe('AWARDED');
  }
  // Every losing request gave back what it reserved.
  expect((await programState(program.id)).awardedTotal).toBe(50_000);
  expect(await awardCount(program.id, program.fiscalYear)).toBe(1);
});

it('a budget cut racing with awards never leaves more awarded than budgeted', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 100_000 });
  const orgs = associations();
  const applicationIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    applicationIds.push(await applicationUnderReview(world.subgraph, program.id, orgs[i]!.id, 100_000));
  }

  const cut = world.subgraph.query(
    `mutation($id: ID!) { updateGrantProgram(id: $id, expectedVersion: 0, input: { budget: 500000 }) { budget } }`,
    { id: program.id },
    STAFF,
  );
  const decisions = applicationIds.map((id) =>
    world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 100_000 }, STAFF),
  );
  const [cutResponse, ...decided] = await Promise.all([cut, ...decisions]);

  const state = await programState(program.id);
  const awards = decided.filter((r) => r.body.errors === undefined).length;
  expect(state.awardedTotal).toBe(awards * 100_000);
  expect(state.awardedTotal).toBeLessThanOrEqual(state.budget);
  if (cutResponse.body.errors === undefined) {
    expect(state.budget).toBe(500_000);
    expect(awards).toBeLessThanOrEqual(5);
  } else {
    expect(errorCodes(cutResponse.body)).toEqual(['CONFLICT']);
    expect(state.budget).toBe(1_000_000);
    expect(awards).toBeGreaterThan(5);
  }
  for (const response of decided.filter((r) => r.body.errors !== undefined)) {
    expect(errorCodes(response.body)).toEqual(['CONFLICT']);
  }
});

it('racing disbursements never pay out more than the award', async () => {
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 100_000 });
  const id = await applicationUnderReview(world.subgraph, program.id, associations()[0]!.id, 100_000);
  const decided = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 100_000 }, STAFF);
  const award = decided.body.data.decideApplication.award as { id: string; awardedOn: string };

  const responses = await Promise.all(
    Array.from({ length: 25 }, () =>
      world.subgraph.query(DISBURSE, { awardId: award.id, date: award.awardedOn, amount: 10_000 }, STAFF),
    ),
  );

  expect(responses.filter((r) => r.body.errors === undefined)).toHaveLength(10);
  for (const response of responses.filter((r) => r.body.errors !== undefined)) {
    expect(errorCodes(response.body)).toEqual(['CONFLICT']);
  }
  const { body } = await world.subgraph.query(
    `query($id: ID!) { award(id: $id) { amount disbursedTotal disbursements { amount } } }`,
    { id: award.id },
  );
  expect(body.data.award.disbursedTotal).toBe(100_000);
  expect(body.data.award.disbursements).toHaveLength(10);
  expect(body.data.award.disbursements.reduce((s: number, d: { amount: number }) => s + d.amount, 0)).toBe(
    100_000,
  );
});

it('the budget guard holds when 40 reservations reach the database in the same instant', async () => {
  // Over HTTP each request spends most of its time outside the guard; calling it directly lines all 40 up on the
  // same read, which is exactly when a read-then-write would overspend.
  const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 100_000 });
  const programId = new Types.ObjectId(program.id);
  const results = await Promise.allSettled(
    Array.from({ length: 40 }, () => reserveBudget(programId, 100_000)),
  );

  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
  for (const result of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
    expect(result.reason).toBeInstanceOf(GraphQLError);
    expect((result.reason as GraphQLError).extensions).toMatchObject({
      code: 'CONFLICT',
      remainingBudget: 0,
    });
  }
  expect(await programState(program.id)).toEqual({ budget: 1_000_000, awardedTotal: 1_000_000 });
});

it('concurrent edits of budget and maxAward never combine into a maximum above the budget', async () => {
  for (let round = 0; round < 5; round++) {
    const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 200_000 });
    const update = (input: Record<string, number>) =>
      world.subgraph.query(
        `mutation($id: ID!, $input: UpdateGrantProgramInput!) { updateGrantProgram(id: $id, expectedVersion: 0, input: $input) { id } }`,
        { id: program.id, input },
        STAFF,
      );
    const results = await Promise.all([update({ budget: 300_000 }), update({ maxAward: 500_000 })]);
    for (const result of results.filter((r) => r.body.errors !== undefined)) {
      expect(errorCodes(result.body)).toEqual(['CONFLICT']);
    }
    const { body } = await world.subgraph.query(
      `query($id: ID!) { grantProgram(id: $id) { budget maxAward } }`,
      {
        id: program.id,
      },
    );
    expect(body.data.grantProgram.maxAward).toBeLessThanOrEqual(body.data.grantProgram.budget);
  }
});
