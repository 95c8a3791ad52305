/**
 * Conformance (embedded engine, or MONGODB_URI): aggregation stages and operators that compare values honour the
 * collation, the command's or else the collection's default: $group keys (one group per collation class, its _id
 * the first key met), $sortByCount, $addToSet, $min/$max, set and comparison expressions, and distinct.
 */
import type { CollationOptions, Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

const caseless = { locale: 'en', strength: 2 };

describe('collation in grouping and comparing', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationGroup');
    await target.db.collection('tags').insertMany([
      { _id: 1, tag: 'abc', n: 1 },
      { _id: 2, tag: 'ABC', n: 2 },
      { _id: 3, tag: 'xyz', n: 4 },
      { _id: 4, tag: 'Abc', n: 8 },
      { _id: 5, tag: 'XYZ', n: 16 },
      { _id: 6, tag: 'ábc', n: 32 },
    ] as never);
  });
  afterAll(async () => {
    await target.close();
  });

  const byId = (docs: Document[]) =>
    [...docs].sort((a, b) => String(a._id).localeCompare(String(b._id), 'en'));

  test('$group puts keys the collation calls equal in one group, under the first key met', async () => {
    const c = target.db.collection('tags');
    const grouped = await c
      .aggregate(
        [
          { $sort: { _id: 1 } },
          { $group: { _id: '$tag', total: { $sum: '$n' }, count: { $sum: 1 }, ids: { $push: '$_id' } } },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(byId(grouped)).toEqual([
      { _id: 'abc', total: 11, count: 3, ids: [1, 2, 4] },
      { _id: 'ábc', total: 32, count: 1, ids: [6] },
      { _id: 'xyz', total: 20, count: 2, ids: [3, 5] },
    ]);
    // Without a collation every spelling is its own group.
    const binary = await c.aggregate([{ $group: { _id: '$tag', count: { $sum: 1 } } }]).toArray();
    expect(binary).toHaveLength(6);
    // Strength 1 also ignores the accent.
    const base = await c
      .aggregate([{ $sort: { _id: 1 } }, { $group: { _id: '$tag', count: { $sum: 1 } } }], {
        collation: { locale: 'en', strength: 1 },
      })
      .toArray();
    expect(byId(base)).toEqual([
      { _id: 'abc', count: 4 },
      { _id: 'xyz', count: 2 },
    ]);
  });

  test('$group keys that are documents or come after a stage compare their strings under the collation', async () => {
    const c = target.db.collection('tags');
    const grouped = await c
      .aggregate(
        [
          { $sort: { _id: 1 } },
          { $project: { key: { $concat: ['$tag', '-'] }, n: 1 } },
          { $group: { _id: { k: '$key' }, total: { $sum: '$n' }, first: { $first: '$_id' } } },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(grouped.sort((a, b) => (a.first as number) - (b.first as number))).toEqual([
      { _id: { k: 'abc-' }, total: 11, first: 1 },
      { _id: { k: 'xyz-' }, total: 20, first: 3 },
      { _id: { k: 'ábc-' }, total: 32, first: 6 },
    ]);
  });

  test('a $group without _id is refused under a collation as without one', async () => {
    const c = target.db.collection('tags');
    for (const options of [{}, { collation: caseless }]) {
      await expect(
        c.aggregate([{ $group: { total: { $sum: '$n' } } }], options).toArray(),
      ).rejects.toMatchObject({ code: expect.any(Number) });
    }
  });

  test('$sortByCount counts by the collation', async () => {
    const c = target.db.collection('tags');
    const counted = await c
      .aggregate([{ $sort: { _id: 1 } }, { $sortByCount: '$tag' }], { collation: caseless })
      .toArray();
    expect(counted).toEqual([
      { _id: 'abc', count: 3 },
      { _id: 'xyz', count: 2 },
      { _id: 'ábc', count: 1 },
    ]);
  });

  test('$addToSet, $min and $max compare strings under the collation', async () => {
    const c = target.db.collection('tags');
    const [all] = await c
      .aggregate(
        [
          { $sort: { _id: 1 } },
          {
            $group: { _id: null, tags: { $addToSet: '$tag' }, low: { $min: '$tag' }, high: { $max: '$tag' } },
          },
        ],
        { collation: { locale: 'en', strength: 1 } },
      )
      .toArray();
    expect([...(all!.tags as string[])].sort()).toEqual(['abc', 'xyz']);
    expect(all!.low).toMatch(/^[aAá]bc$/i);
    expect(all!.high).toMatch(/^xyz$/i);
    const fruit = target.db.collection('fruit');
    await fruit.insertMany([{ name: 'apple' }, { name: 'Banana' }, { name: 'cherry' }]);
    const extremes = async (collation?: CollationOptions) =>
      (
        await fruit
          .aggregate([{ $group: { _id: null, low: { $min: '$name' }, high: { $max: '$name' } } }], {
            ...(collation ? { collation } : {}),
          })
          .toArray()
      )[0];
    // Binary order: 'B' (0x42) sorts before 'a' (0x61).
    expect(await extremes()).toEqual({ _id: null, low: 'Banana', high: 'cherry' });
    expect(await extremes({ locale: 'en' })).toEqual({ _id: null, low: 'apple', high: 'cherry' });
  });

  test('set and comparison expressions compare strings under the collation', async () => {
    const c = target.db.collection('tags');
    const [doc] = await c
      .aggregate(
        [
          { $match: { _id: 1 } },
          {
            $project: {
              _id: 0,
              union: {
                $size: {
                  $setUnion: [
                    ['abc', 'ABC'],
                    ['aBc', 'x'],
                  ],
                },
              },
              equal: { $setEquals: [['abc'], ['ABC']] },
              same: { $eq: ['$tag', 'ABC'] },
              differs: { $ne: ['$tag', 'ABC'] },
              order: { $cmp: ['$tag', 'ABD'] },
              found: { $in: ['$tag', ['ABC', 'x']] },
            },
          },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(doc).toEqual({ union: 2, equal: true, same: true, differs: false, order: -1, found: true });
    const [binary] = await c
      .aggregate([
        { $match: { _id: 1 } },
        { $project: { _id: 0, same: { $eq: ['$tag', 'ABC'] }, found: { $in: ['$tag', ['ABC']] } } },
      ])
      .toArray();
    expect(binary).toEqual({ same: false, found: false });
  });

  test('distinct returns one value per collation class, the first met', async () => {
    const c = target.db.collection('tags');
    const values = await c.distinct('tag', {}, { collation: caseless });
    expect([...values].sort()).toEqual(['abc', 'xyz', 'ábc']);
    expect(await c.distinct('tag', {})).toHaveLength(6);
    expect(await c.distinct('tag', { tag: 'ABC' }, { collation: caseless })).toEqual(['abc']);
  });

  test("a collection's default collation applies to $group and distinct; 'simple' on the command overrides it", async () => {
    await target.db.createCollection('labels', { collation: caseless });
    const c = target.db.collection('labels');
    await c.insertMany([
      { _id: 1, label: 'Red' },
      { _id: 2, label: 'red' },
      { _id: 3, label: 'RED' },
      { _id: 4, label: 'blue' },
    ] as never);
    const grouped = await c
      .aggregate([
        { $sort: { _id: 1 } },
        { $group: { _id: '$label', count: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(grouped).toEqual([
      { _id: 'blue', count: 1 },
      { _id: 'Red', count: 3 },
    ]);
    expect([...(await c.distinct('label'))].sort()).toEqual(['Red', 'blue']);
    const simple = await c
      .aggregate([{ $group: { _id: '$label', count: { $sum: 1 } } }], { collation: { locale: 'simple' } })
      .toArray();
    expect(simple).toHaveLength(4);
    expect(await c.distinct('label', {}, { collation: { locale: 'simple' } })).toHaveLength(4);
  });
});

describeEngineOnly('collation in bucketing', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationBucket');
    await target.db.collection('words').insertMany([
      { w: 'apple', n: 1 },
      { w: 'Mango', n: 5 },
    ]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$bucket on strings under a collation fails loudly; on numbers it runs', async () => {
    const c = target.db.collection('words');
    await expect(
      c
        .aggregate([{ $bucket: { groupBy: '$w', boundaries: ['a', 'n', 'z'] } }], { collation: caseless })
        .toArray(),
    ).rejects.toMatchObject({ code: 238 });
    const buckets = await c
      .aggregate([{ $bucket: { groupBy: '$n', boundaries: [0, 3, 10] } }], { collation: caseless })
      .toArray();
    expect(buckets).toEqual([
      { _id: 0, count: 1 },
      { _id: 3, count: 1 },
    ]);
  });
});
