/**
 * Conformance (embedded engine, or MONGODB_URI): aggregation stages through the official driver.
 */
import { openTarget, type Target } from './support/target.js';

describe('aggregation', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('aggregate');
    await target.db.collection('orgs').insertMany([
      { _id: 'o1', name: '本町自治会', kind: 'NEIGHBORHOOD_ASSOCIATION', tags: ['festival', 'safety'] },
      { _id: 'o2', name: '港NPO', kind: 'NPO_CORPORATION', tags: ['port'] },
      { _id: 'o3', name: '城之腰自治会', kind: 'NEIGHBORHOOD_ASSOCIATION', tags: [] },
    ] as never[]);
    await target.db.collection('grants').insertMany([
      { org: 'o1', amount: 100_000, year: 2025 },
      { org: 'o1', amount: 50_000, year: 2026 },
      { org: 'o2', amount: 300_000, year: 2026 },
    ]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$match $group $sort', async () => {
    const rows = await target.db
      .collection('grants')
      .aggregate([
        { $match: { amount: { $gte: 50_000 } } },
        { $group: { _id: '$org', total: { $sum: '$amount' }, count: { $sum: 1 } } },
        { $sort: { total: -1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 'o2', total: 300_000, count: 1 },
      { _id: 'o1', total: 150_000, count: 2 },
    ]);
  });

  test('$lookup $unwind $project', async () => {
    const rows = await target.db
      .collection('orgs')
      .aggregate([
        { $lookup: { from: 'grants', localField: '_id', foreignField: 'org', as: 'grants' } },
        { $unwind: '$grants' },
        { $project: { _id: 0, name: 1, amount: '$grants.amount', year: '$grants.year' } },
        { $sort: { amount: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { name: '本町自治会', amount: 50_000, year: 2026 },
      { name: '本町自治会', amount: 100_000, year: 2025 },
      { name: '港NPO', amount: 300_000, year: 2026 },
    ]);
  });

  test('$unwind of tags with preserveNullAndEmptyArrays and $count', async () => {
    const unwound = await target.db
      .collection('orgs')
      .aggregate([{ $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }, { $count: 'n' }])
      .toArray();
    expect(unwound).toEqual([{ n: 4 }]);
  });

  test('results larger than one batch come back through getMore', async () => {
    const c = target.db.collection('many');
    await c.insertMany(Array.from({ length: 25 }, (_, i) => ({ i, g: i % 3 })));
    const rows = await c.aggregate([{ $match: { g: 0 } }, { $sort: { i: -1 } }], { batchSize: 2 }).toArray();
    expect(rows.map((r) => r.i)).toEqual([24, 21, 18, 15, 12, 9, 6, 3, 0]);
  });
});
