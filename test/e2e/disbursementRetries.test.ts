import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, errorCodes, startGraph, token } from '../src/graph.js';

/**
 * A staff tool that timed out and sends recordDisbursement again, through the gateway: with an idempotency key the
 * payment is made once, however many retries race, and a key sent with another payment is refused.
 */

let graph: RunningGraph;
let world: DemoWorld;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  [staffA, staffB] = await Promise.all([
    token('staff', { sub: 'e2e-payments-a' }),
    token('staff', { sub: 'e2e-payments-b' }),
  ]);
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const PAY = `mutation ($awardId: ID!, $date: Date!, $amount: Int!, $key: String) {
  recordDisbursement(awardId: $awardId, date: $date, amount: $amount, idempotencyKey: $key) {
    id version disbursedTotal disbursements { date amount } } }`;
const AWARD = 'query ($id: ID!) { award(id: $id) { version disbursedTotal disbursements { date amount } } }';
const PAYMENTS_LOGGED = `query ($id: ID!) {
  auditLog(filter: { entityType: "Award", entityId: $id }, first: 100) { edges { node { operation } } } }`;

/** Demo awards with room for the payments each test makes, one per test so none sees another's payments. */
const taken = new Set<string>();
function awardWithRoom(): { id: string; awardedOn: string; disbursedTotal: number } {
  const award = world.funding.awards.find((a) => a.amount - a.disbursedTotal >= 30_000 && !taken.has(a.id));
  if (!award) throw new Error('the demo world has no award left with 30,000 yen undisbursed');
  taken.add(award.id);
  return award;
}

async function award(id: string): Promise<Body> {
  const response = await graph.query(AWARD, { id }, staffA);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.award;
}

async function paymentsLogged(id: string): Promise<number> {
  const response = await graph.query(PAYMENTS_LOGGED, { id }, staffA);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.auditLog.edges.filter(
    (edge: Body) => edge.node.operation === 'recordDisbursement',
  ).length;
}

describe('recordDisbursement with an idempotency key, through the gateway', () => {
  it('a retry with the same key and input returns the first answer and pays nothing more', async () => {
    const { id, awardedOn, disbursedTotal } = awardWithRoom();
    const payment = { awardId: id, date: awardedOn, amount: 10_000, key: 'e2e-payment-retry-0001' };
    const first = await graph.query(PAY, payment, staffA);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.recordDisbursement.disbursedTotal).toBe(disbursedTotal + 10_000);

    const retry = await graph.query(PAY, payment, staffA);
    expect(retry.body).toEqual(first.body);
    expect((await award(id)).disbursedTotal).toBe(disbursedTotal + 10_000);
    expect(await paymentsLogged(id)).toBe(1);
  });

  it('two concurrent retries make one disbursement, and both get it as their answer', async () => {
    const { id, awardedOn, disbursedTotal } = awardWithRoom();
    const before = await award(id);
    const payment = { awardId: id, date: awardedOn, amount: 10_000, key: 'e2e-payment-race-0001' };
    const [one, two] = await Promise.all([
      graph.query(PAY, payment, staffA),
      graph.query(PAY, payment, staffA),
    ]);
    expect(one.body.errors).toBeUndefined();
    expect(two.body).toEqual(one.body);
    const after = await award(id);
    expect(after.disbursedTotal).toBe(disbursedTotal + 10_000);
    expect(after.disbursements).toHaveLength(before.disbursements.length + 1);
    expect(after.version).toBe(before.version + 1);
    expect(await paymentsLogged(id)).toBe(1);
  });

  it('the same key with another payment is CONFLICT naming idempotencyKey, and pays nothing', async () => {
    const { id, awardedOn, disbursedTotal } = awardWithRoom();
    const key = 'e2e-payment-reuse-0001';
    await graph.query(PAY, { awardId: id, date: awardedOn, amount: 10_000, key }, staffA);
    const reused = await graph.query(PAY, { awardId: id, date: awardedOn, amount: 20_000, key }, staffA);
    expect(errorCodes(reused.body)).toEqual(['CONFLICT']);
    expect(reused.body.errors[0].extensions.argumentName).toBe('idempotencyKey');
    expect(reused.body.errors[0].message).toContain('already used for a different request');
    expect((await award(id)).disbursedTotal).toBe(disbursedTotal + 10_000);
  });

  it('keys are per staff member, a malformed key is BAD_USER_INPUT, and without a key each call pays', async () => {
    const { id, awardedOn, disbursedTotal } = awardWithRoom();
    const payment = { awardId: id, date: awardedOn, amount: 5_000, key: 'e2e-payment-owner-0001' };
    expect((await graph.query(PAY, payment, staffA)).body.errors).toBeUndefined();
    expect((await graph.query(PAY, payment, staffB)).body.errors).toBeUndefined();
    const malformed = await graph.query(PAY, { ...payment, key: 'short' }, staffA);
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors[0].extensions.argumentName).toBe('idempotencyKey');
    const unkeyed = { awardId: id, date: awardedOn, amount: 5_000 };
    await graph.query(PAY, unkeyed, staffA);
    await graph.query(PAY, unkeyed, staffA);
    expect((await award(id)).disbursedTotal).toBe(disbursedTotal + 20_000);
  });
});
