/**
 * Conformance (embedded engine, or MONGODB_URI): explain's queryPlanner.rejectedPlans lists the candidate index plans
 * that lost, in MongoDB's plan shape (FETCH over IXSCAN, a SORT when the index does not give the order).
 */
import type { Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';
import { indexUsed, stagesOf } from './support/plans.js';

describe('explain rejectedPlans', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('rejectedPlans');
    const c = target.db.collection('awards');
    await c.createIndexes([{ key: { year: 1 } }, { key: { year: 1, district: 1 } }, { key: { amount: 1 } }]);
    await c.insertMany(
      Array.from({ length: 300 }, (_, n) => ({
        _id: n,
        year: 2020 + (n % 3),
        district: `d${n % 25}`,
        amount: n,
      })) as Document[],
    );
  });
  afterAll(async () => {
    await target.close();
  });

  const explain = (filter: Document, extra: Document = {}) =>
    target.db.command({ explain: { find: 'awards', filter, ...extra }, verbosity: 'queryPlanner' });

  const rejectedIndexes = (reply: Document) =>
    (reply.queryPlanner.rejectedPlans as Document[]).map((plan) => {
      const stages = stagesOf(plan);
      return {
        stages: stages.map((stage) => stage.stage as string),
        index: stages.find((s) => s.indexName)?.indexName,
      };
    });

  test('the narrower compound index wins; the single-field one is listed as rejected, FETCH over IXSCAN', async () => {
    const reply = await explain({ year: 2021, district: 'd7' });
    expect(indexUsed(reply)).toBe('year_1_district_1');
    const rejected = rejectedIndexes(reply);
    const byYear = rejected.find((plan) => plan.index === 'year_1');
    expect(byYear?.stages).toEqual(['FETCH', 'IXSCAN']);
    expect(rejected.some((plan) => plan.index === 'year_1_district_1')).toBe(false);
  });

  test('a losing plan that cannot give the sort has a SORT stage', async () => {
    const reply = await explain({ year: 2021, amount: { $gte: 290 } }, { sort: { district: 1 } });
    expect(indexUsed(reply)).toBe('amount_1');
    const rejected = rejectedIndexes(reply);
    const byYear = rejected.find((plan) => plan.index === 'year_1');
    expect(byYear?.stages).toEqual(['SORT', 'FETCH', 'IXSCAN']);
  });

  test('with one usable index nothing is rejected', async () => {
    const reply = await explain({ amount: 5 });
    expect(indexUsed(reply)).toBe('amount_1');
    expect(reply.queryPlanner.rejectedPlans).toEqual([]);
  });
});
