/**
 * Conformance (embedded engine, or MONGODB_URI): `$group` by a field with `$sum` accumulators (the engine's one-pass
 * fast path, simpleGroup.ts) gives MongoDB's groups: a missing key groups with null, numbers group across BSON
 * types, `$sum` skips non-numbers, and arrays and Longs still group as MongoDB does.
 */
import { Double, Int32, Long, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('$group with $sum', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('group');
    await target.db.collection('awards').insertMany([
      { _id: 1, district: 'a', amount: 10, year: 2024 },
      { _id: 2, district: 'a', amount: 5.5, year: 2024 },
      { _id: 3, district: 'b', amount: 'n/a', year: 2024 },
      { _id: 4, amount: 7, year: 2024 },
      { _id: 5, district: null, amount: 1, year: 2024 },
      { _id: 6, district: new Int32(3), amount: 2, year: 2024 },
      { _id: 7, district: new Double(3), amount: 2, year: 2024 },
      { _id: 8, district: 'A', amount: 1, year: 2023 },
      { _id: 9, district: 'a', amount: Long.fromNumber(4), year: 2023 },
      { _id: 10, district: ['x', 'y'], amount: 1, year: 2022 },
      { _id: 11, district: ['x', 'y'], amount: 2, year: 2022 },
    ] as Document[]);
  });
  afterAll(async () => {
    await target.close();
  });

  const group = (year: number) =>
    target.db
      .collection('awards')
      .aggregate([
        { $match: { year } },
        { $group: { _id: '$district', total: { $sum: '$amount' }, count: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();

  test('groups by value: missing with null, int32 3 with double 3; $sum skips strings', async () => {
    expect(await group(2024)).toEqual([
      { _id: null, total: 8, count: 2 },
      { _id: 3, total: 4, count: 2 },
      { _id: 'a', total: 15.5, count: 2 },
      { _id: 'b', total: 0, count: 1 },
    ]);
  });

  test('a Long amount sums and arrays group as whole values', async () => {
    expect(await group(2023)).toEqual([
      { _id: 'A', total: 1, count: 1 },
      { _id: 'a', total: 4, count: 1 },
    ]);
    expect(await group(2022)).toEqual([{ _id: ['x', 'y'], total: 3, count: 2 }]);
  });
});
