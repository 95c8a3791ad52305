/**
 * Conformance (embedded engine, or MONGODB_URI): the aggregate command's collation reaches every stage of the
 * pipeline, sub-pipelines included — $lookup (its localField/foreignField equality and its pipeline; the foreign
 * collection's default collation plays no part), $graphLookup, $unionWith, $facet, $setWindowFields (partitions and
 * sortBy), $fill — and the operators that compare values: $top/$bottom/$topN/$bottomN, $minN/$maxN, $min/$max as
 * expressions, $indexOfArray, $sortArray, and comparisons inside $expr, $filter and $switch.
 */
import type { Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

const caseless = { locale: 'en', strength: 2 };
const english = { locale: 'en' };

describe('collation across stages and sub-pipelines', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationStages');
    await target.db.collection('orders').insertMany([
      { _id: 1, item: 'ABC' },
      { _id: 2, item: 'xyz' },
      { _id: 3, item: 'nothing' },
      { _id: 4, item: 'abc' },
    ] as never);
    await target.db.collection('items').insertMany([
      { _id: 10, sku: 'abc' },
      { _id: 11, sku: 'XYZ' },
      { _id: 12, sku: 'Abc' },
    ] as never);
    await target.db.createCollection('caselessItems', { collation: caseless });
    await target.db.collection('caselessItems').insertMany([
      { _id: 20, sku: 'abc' },
      { _id: 21, sku: 'ABC' },
    ] as never);
    // i: the order of insertion, so sorts can break ties the same way on every server.
    await target.db.collection('players').insertMany([
      { _id: 1, team: 'red', name: 'b', s: 1 },
      { _id: 2, team: 'RED', name: 'A', s: 2 },
      { _id: 3, team: 'blue', name: 'C', s: 3 },
      { _id: 4, team: 'Red', name: 'a', s: 4 },
      { _id: 5, team: 'red', name: 'A', s: 5 },
    ] as never);
    await target.db.collection('staff').insertMany([
      { _id: 1, name: 'Dev', reportsTo: 'eliot' },
      { _id: 2, name: 'Eliot', reportsTo: 'RON' },
      { _id: 3, name: 'ron' },
    ] as never);
  });
  afterAll(async () => {
    await target.close();
  });

  const ids = (docs: unknown): unknown[] => (docs as Document[]).map((doc) => doc._id);
  const byId = (docs: Document[]) => [...docs].sort((a, b) => (a._id as number) - (b._id as number));

  // Which items each order's `item` names: caseless ('en', strength 2), then binary.
  const ITEMS_PER_ORDER_CASELESS = [
    [1, [10, 12]],
    [2, [11]],
    [3, []],
    [4, [10, 12]],
  ];
  const ITEMS_PER_ORDER_BINARY = [
    [1, []],
    [2, []],
    [3, []],
    [4, [10]],
  ];

  test('$lookup localField/foreignField matches strings under the collation', async () => {
    const orders = target.db.collection('orders');
    const joined = async (options: Document) =>
      byId(
        await orders
          .aggregate(
            [
              { $lookup: { from: 'items', localField: 'item', foreignField: 'sku', as: 'found' } },
              { $project: { found: '$found._id' } },
            ],
            options,
          )
          .toArray(),
      ).map((doc) => [doc._id, [...(doc.found as number[])].sort()]);
    expect(await joined({ collation: caseless })).toEqual(ITEMS_PER_ORDER_CASELESS);
    expect(await joined({})).toEqual(ITEMS_PER_ORDER_BINARY);
  });

  test('$lookup with localField/foreignField and a pipeline runs the pipeline on the matches only', async () => {
    const orders = target.db.collection('orders');
    const joined = async (options: Document) =>
      byId(
        await orders
          .aggregate(
            [
              {
                $lookup: {
                  from: 'items',
                  localField: 'item',
                  foreignField: 'sku',
                  pipeline: [{ $sort: { _id: 1 } }, { $project: { _id: 1 } }],
                  as: 'found',
                },
              },
            ],
            options,
          )
          .toArray(),
      ).map((doc) => [doc._id, ids(doc.found)]);
    expect(await joined({ collation: caseless })).toEqual(ITEMS_PER_ORDER_CASELESS);
    expect(await joined({})).toEqual(ITEMS_PER_ORDER_BINARY);
  });

  test("$lookup's pipeline compares under the command's collation ($expr and $match)", async () => {
    const orders = target.db.collection('orders');
    const joined = async (pipeline: Document[], options: Document) =>
      byId(
        await orders
          .aggregate(
            [
              { $match: { _id: { $in: [1, 2] } } },
              {
                $lookup: {
                  from: 'items',
                  let: { wanted: '$item' },
                  pipeline: [...pipeline, { $sort: { _id: 1 } }, { $project: { _id: 1 } }],
                  as: 'found',
                },
              },
            ],
            options,
          )
          .toArray(),
      ).map((doc) => [doc._id, ids(doc.found)]);
    const byExpr = [{ $match: { $expr: { $eq: ['$sku', '$$wanted'] } } }];
    expect(await joined(byExpr, { collation: caseless })).toEqual([
      [1, [10, 12]],
      [2, [11]],
    ]);
    expect(await joined(byExpr, {})).toEqual([
      [1, []],
      [2, []],
    ]);
    const byQuery = [{ $match: { sku: 'ABC' } }];
    expect(await joined(byQuery, { collation: caseless })).toEqual([
      [1, [10, 12]],
      [2, [10, 12]],
    ]);
  });

  test("the foreign collection's default collation does not apply inside $lookup and $unionWith", async () => {
    const orders = target.db.collection('orders');
    const [order] = await orders
      .aggregate([
        { $match: { _id: 1 } },
        { $lookup: { from: 'caselessItems', localField: 'item', foreignField: 'sku', as: 'found' } },
      ])
      .toArray();
    expect(ids(order!.found)).toEqual([21]);
    const union = await orders
      .aggregate([
        { $match: { _id: 0 } },
        { $unionWith: { coll: 'caselessItems', pipeline: [{ $match: { sku: 'abc' } }] } },
      ])
      .toArray();
    expect(ids(union)).toEqual([20]);
  });

  test("$unionWith's pipeline and $facet's branches run under the command's collation", async () => {
    const orders = target.db.collection('orders');
    const union = await orders
      .aggregate(
        [
          { $match: { _id: 0 } },
          { $unionWith: { coll: 'items', pipeline: [{ $match: { sku: 'ABC' } }, { $sort: { _id: 1 } }] } },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(ids(union)).toEqual([10, 12]);
    const players = target.db.collection('players');
    const [facets] = await players
      .aggregate(
        [
          {
            $facet: {
              sorted: [{ $sort: { name: 1, s: 1 } }, { $project: { _id: 1 } }],
              counted: [{ $sortByCount: '$team' }],
            },
          },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(ids(facets!.sorted)).toEqual([2, 4, 5, 1, 3]);
    expect(facets!.counted).toEqual([
      { _id: expect.stringMatching(/^red$/i), count: 4 },
      { _id: 'blue', count: 1 },
    ]);
  });

  test('$graphLookup follows connections that match under the collation', async () => {
    const staff = target.db.collection('staff');
    const chain = async (options: Document, restrict?: Document) => {
      const [dev] = await staff
        .aggregate(
          [
            { $match: { _id: 1 } },
            {
              $graphLookup: {
                from: 'staff',
                startWith: '$reportsTo',
                connectFromField: 'reportsTo',
                connectToField: 'name',
                depthField: 'depth',
                as: 'chain',
                ...(restrict ? { restrictSearchWithMatch: restrict } : {}),
              },
            },
          ],
          options,
        )
        .toArray();
      return byId(dev!.chain as Document[]).map((doc) => [doc._id, doc.depth]);
    };
    expect(await chain({ collation: caseless })).toEqual([
      [2, 0],
      [3, 1],
    ]);
    expect(await chain({})).toEqual([]);
    // The restriction is a query under the same collation.
    expect(await chain({ collation: caseless }, { name: { $ne: 'RON' } })).toEqual([[2, 0]]);
  });

  test('$setWindowFields partitions and sorts under the collation', async () => {
    const players = target.db.collection('players');
    const windowed = async (options: Document) =>
      byId(
        await players
          .aggregate(
            [
              {
                $setWindowFields: {
                  partitionBy: '$team',
                  sortBy: { name: 1, s: 1 },
                  output: { n: { $documentNumber: {} }, size: { $sum: 1 } },
                },
              },
              { $project: { n: 1, size: 1 } },
            ],
            options,
          )
          .toArray(),
      );
    expect(await windowed({ collation: caseless })).toEqual([
      { _id: 1, n: 4, size: 4 },
      { _id: 2, n: 1, size: 4 },
      { _id: 3, n: 1, size: 1 },
      { _id: 4, n: 2, size: 4 },
      { _id: 5, n: 3, size: 4 },
    ]);
    expect(await windowed({})).toEqual([
      { _id: 1, n: 2, size: 2 },
      { _id: 2, n: 1, size: 1 },
      { _id: 3, n: 1, size: 1 },
      { _id: 4, n: 1, size: 1 },
      { _id: 5, n: 1, size: 2 },
    ]);
  });

  test('$setWindowFields windows under a collation: document bounds, whole documents, numeric ranges', async () => {
    const players = target.db.collection('players');
    const windowed = byId(
      await players
        .aggregate(
          [
            {
              $setWindowFields: {
                partitionBy: '$team',
                sortBy: { s: 1 },
                output: {
                  names: { $push: '$name', window: { documents: ['unbounded', 'current'] } },
                  self: { $push: '$$ROOT', window: { documents: ['current', 'current'] } },
                },
              },
            },
            {
              $setWindowFields: {
                partitionBy: '$team',
                sortBy: { s: 1 },
                output: { near: { $sum: '$s', window: { range: [-2, 0] } } },
              },
            },
            {
              $project: {
                names: 1,
                self: '$self._id',
                near: 1,
                keys: { $size: { $objectToArray: '$$ROOT' } },
              },
            },
          ],
          { collation: caseless },
        )
        .toArray(),
    );
    expect(windowed).toEqual([
      { _id: 1, names: ['b'], self: [1], near: 1, keys: 7 },
      { _id: 2, names: ['b', 'A'], self: [2], near: 3, keys: 7 },
      { _id: 3, names: ['C'], self: [3], near: 3, keys: 7 },
      { _id: 4, names: ['b', 'A', 'a'], self: [4], near: 6, keys: 7 },
      { _id: 5, names: ['b', 'A', 'a', 'A'], self: [5], near: 9, keys: 7 },
    ]);
    const [first] = await players
      .aggregate(
        [
          { $match: { _id: 1 } },
          {
            $setWindowFields: {
              sortBy: { s: 1 },
              output: { self: { $push: '$$ROOT' }, 'nested.self': { $push: { doc: '$$ROOT' } } },
            },
          },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(first!.self).toEqual([{ _id: 1, team: 'red', name: 'b', s: 1 }]);
    expect(first!.nested).toEqual({ self: [{ doc: { _id: 1, team: 'red', name: 'b', s: 1 } }] });
  });

  test('$rank and $denseRank tie strings the collation calls equal', async () => {
    const players = target.db.collection('players');
    const ranked = byId(
      await players
        .aggregate(
          [
            {
              $setWindowFields: {
                sortBy: { name: 1 },
                output: { rank: { $rank: {} }, dense: { $denseRank: {} } },
              },
            },
            { $project: { rank: 1, dense: 1 } },
          ],
          { collation: caseless },
        )
        .toArray(),
    );
    expect(ranked).toEqual([
      { _id: 1, rank: 4, dense: 2 },
      { _id: 2, rank: 1, dense: 1 },
      { _id: 3, rank: 5, dense: 3 },
      { _id: 4, rank: 1, dense: 1 },
      { _id: 5, rank: 1, dense: 1 },
    ]);
  });

  test('$fill fills within partitions formed under the collation', async () => {
    const c = target.db.collection('readings');
    await c.insertMany([
      { _id: 1, site: 'North', t: 1, v: 10 },
      { _id: 2, site: 'north', t: 2 },
      { _id: 3, site: 'south', t: 1, v: 30 },
      { _id: 4, site: 'SOUTH', t: 2 },
    ] as never);
    const filled = async (options: Document) =>
      byId(
        await c
          .aggregate(
            [
              { $fill: { partitionBy: '$site', sortBy: { t: 1 }, output: { v: { method: 'locf' } } } },
              { $project: { v: 1 } },
            ],
            options,
          )
          .toArray(),
      );
    expect(await filled({ collation: caseless })).toEqual([
      { _id: 1, v: 10 },
      { _id: 2, v: 10 },
      { _id: 3, v: 30 },
      { _id: 4, v: 30 },
    ]);
    expect(await filled({})).toEqual([
      { _id: 1, v: 10 },
      { _id: 2, v: null },
      { _id: 3, v: 30 },
      { _id: 4, v: null },
    ]);
  });

  test('$densify keeps one partition per collation class of partitionByFields', async () => {
    const c = target.db.collection('temperatures');
    await c.insertMany([
      { site: 'North', t: 1 },
      { site: 'north', t: 3 },
      { site: 'south', t: 1 },
    ]);
    const densified = async (options: Document) =>
      (
        await c
          .aggregate(
            [
              {
                $densify: {
                  field: 't',
                  partitionByFields: ['site'],
                  range: { step: 1, bounds: 'partition' },
                },
              },
              { $project: { _id: 0, site: 1, t: 1 } },
            ],
            options,
          )
          .toArray()
      ).sort((a, b) => String(a.site).localeCompare(String(b.site)) || (a.t as number) - (b.t as number));
    const caselessRun = await densified({ collation: caseless });
    expect(caselessRun).toHaveLength(4);
    expect(caselessRun).toContainEqual({ site: expect.stringMatching(/^north$/i), t: 2 });
    expect(caselessRun.filter((doc) => doc.site === 'south')).toEqual([{ site: 'south', t: 1 }]);
    expect(await densified({})).toHaveLength(3);
  });

  test('$top, $bottom, $topN and $bottomN order by sortBy under the collation, ties to the next key', async () => {
    const players = target.db.collection('players');
    const picked = async (options: Document) =>
      (
        await players
          .aggregate(
            [
              {
                $group: {
                  _id: null,
                  top: { $top: { sortBy: { name: 1, s: 1 }, output: '$_id' } },
                  bottom: { $bottom: { sortBy: { name: 1, s: 1 }, output: '$_id' } },
                  top3: { $topN: { n: 3, sortBy: { name: 1, s: 1 }, output: '$_id' } },
                  bottom2: { $bottomN: { n: 2, sortBy: { name: -1, s: -1 }, output: '$_id' } },
                },
              },
            ],
            options,
          )
          .toArray()
      )[0];
    expect(await picked({ collation: caseless })).toEqual({
      _id: null,
      top: 2,
      bottom: 3,
      top3: [2, 4, 5],
      bottom2: [4, 2],
    });
    // Binary: 'A' < 'C' < 'a' < 'b'.
    expect(await picked({})).toEqual({ _id: null, top: 2, bottom: 1, top3: [2, 5, 3], bottom2: [5, 2] });
  });

  test('$minN and $maxN (accumulators and expressions) and $min/$max expressions compare under the collation', async () => {
    const players = target.db.collection('players');
    const [grouped] = await players
      .aggregate(
        [
          {
            $group: {
              _id: null,
              low: { $minN: { n: 2, input: '$name' } },
              high: { $maxN: { n: 1, input: '$name' } },
            },
          },
        ],
        { collation: english },
      )
      .toArray();
    expect(grouped!.low).toEqual(['a', 'A']);
    expect(grouped!.high).toEqual(['C']);
    const expressions = async (options: Document) =>
      (
        await players
          .aggregate(
            [
              { $match: { _id: 1 } },
              {
                $project: {
                  _id: 0,
                  max: { $max: ['apple', 'Banana'] },
                  min: { $min: ['apple', 'Banana'] },
                  maxN: { $maxN: { n: 2, input: ['apple', 'Banana', 'cherry'] } },
                  minN: { $minN: { n: 2, input: ['apple', 'Banana', 'cherry'] } },
                },
              },
            ],
            options,
          )
          .toArray()
      )[0];
    expect(await expressions({ collation: english })).toEqual({
      max: 'Banana',
      min: 'apple',
      maxN: ['cherry', 'Banana'],
      minN: ['apple', 'Banana'],
    });
    expect(await expressions({})).toEqual({
      max: 'apple',
      min: 'Banana',
      maxN: ['cherry', 'apple'],
      minN: ['Banana', 'apple'],
    });
  });

  test('$indexOfArray and $sortArray compare under the collation (ja orders kana)', async () => {
    const players = target.db.collection('players');
    const computed = async (options: Document) =>
      (
        await players
          .aggregate(
            [
              { $match: { _id: 1 } },
              {
                $project: {
                  _id: 0,
                  index: { $indexOfArray: [['x', 'B', 'b'], 'b'] },
                  sorted: { $sortArray: { input: ['cherry', 'Banana', 'apple'], sortBy: 1 } },
                  byField: {
                    $sortArray: {
                      input: [
                        { k: 'b', i: 1 },
                        { k: 'A', i: 2 },
                        { k: 'a', i: 3 },
                      ],
                      sortBy: { k: -1, i: 1 },
                    },
                  },
                },
              },
            ],
            options,
          )
          .toArray()
      )[0];
    expect(await computed({ collation: caseless })).toEqual({
      index: 1,
      sorted: ['apple', 'Banana', 'cherry'],
      byField: [
        { k: 'b', i: 1 },
        { k: 'A', i: 2 },
        { k: 'a', i: 3 },
      ],
    });
    expect(await computed({})).toEqual({
      index: 2,
      sorted: ['Banana', 'apple', 'cherry'],
      byField: [
        { k: 'b', i: 1 },
        { k: 'a', i: 3 },
        { k: 'A', i: 2 },
      ],
    });
    const [kana] = await players
      .aggregate(
        [
          { $match: { _id: 1 } },
          {
            $project: {
              _id: 0,
              sorted: { $sortArray: { input: ['すずき', 'アオキ', 'かとう', 'あべ', 'いとう'], sortBy: 1 } },
            },
          },
        ],
        { collation: { locale: 'ja' } },
      )
      .toArray();
    expect(kana!.sorted).toEqual(['アオキ', 'あべ', 'いとう', 'かとう', 'すずき']);
  });

  test('comparisons inside $expr, $filter and $switch use the collation', async () => {
    const players = target.db.collection('players');
    const matched = await players
      .aggregate([{ $match: { $expr: { $eq: ['$name', 'a'] } } }, { $sort: { _id: 1 } }], {
        collation: caseless,
      })
      .toArray();
    expect(ids(matched)).toEqual([2, 4, 5]);
    const [doc] = await players
      .aggregate(
        [
          { $match: { _id: 2 } },
          {
            $project: {
              _id: 0,
              kept: { $filter: { input: ['a', 'A', 'b'], cond: { $eq: ['$$this', 'a'] } } },
              label: {
                $switch: {
                  branches: [
                    { case: { $gt: ['$name', 'b'] }, then: 'late' },
                    { case: { $eq: ['$name', 'a'] }, then: 'first' },
                  ],
                  default: 'other',
                },
              },
            },
          },
        ],
        { collation: caseless },
      )
      .toArray();
    expect(doc).toEqual({ kept: ['a', 'A'], label: 'first' });
    const nested = async (options: Document) =>
      (
        await players
          .aggregate(
            [
              { $match: { _id: 2 } },
              {
                $project: {
                  _id: 0,
                  inArrays: {
                    $in: [
                      ['A', 1],
                      ['x', ['a', 1]],
                    ],
                  },
                  sameDocs: {
                    $eq: [
                      { k: 'A', n: [1, 'B'] },
                      { k: 'a', n: [1, 'b'] },
                    ],
                  },
                  differentDocs: { $ne: [{ k: 'A' }, { k: 'b' }] },
                },
              },
            ],
            options,
          )
          .toArray()
      )[0];
    expect(await nested({ collation: caseless })).toEqual({
      inArrays: true,
      sameDocs: true,
      differentDocs: true,
    });
    expect(await nested({})).toEqual({ inArrays: false, sameDocs: false, differentDocs: true });
  });
});

describeEngineOnly('collation refusals in stages', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationStagesRefused');
    await target.db.collection('words').insertMany([{ w: 'apple' }, { w: 'Mango' }]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$bucketAuto on strings under a collation fails loudly', async () => {
    const c = target.db.collection('words');
    await expect(
      c.aggregate([{ $bucketAuto: { groupBy: '$w', buckets: 2 } }], { collation: caseless }).toArray(),
    ).rejects.toMatchObject({ code: 238 });
  });

  test("a command's $function is still refused as server-side JavaScript ($setWindowFields runs without it)", async () => {
    const c = target.db.collection('words');
    await expect(
      c
        .aggregate([
          { $project: { x: { $function: { body: 'function() { return 1; }', args: [], lang: 'js' } } } },
        ])
        .toArray(),
    ).rejects.toMatchObject({ code: 238, message: expect.stringContaining('$function') });
    await expect(
      c
        .aggregate([
          {
            $setWindowFields: {
              output: {
                x: { $max: { $function: { body: 'function() { return 1; }', args: [], lang: 'js' } } },
              },
            },
          },
        ])
        .toArray(),
    ).rejects.toMatchObject({ code: 238 });
  });

  test('$lookup matching localField against a $documents pipeline under a collation fails loudly', async () => {
    const c = target.db.collection('words');
    await expect(
      c
        .aggregate(
          [
            {
              $lookup: {
                localField: 'w',
                foreignField: 'w',
                pipeline: [{ $documents: [{ w: 'APPLE' }] }],
                as: 'found',
              },
            },
          ],
          { collation: caseless },
        )
        .toArray(),
    ).rejects.toMatchObject({ code: 238 });
  });
});
