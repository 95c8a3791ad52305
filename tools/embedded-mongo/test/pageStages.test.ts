/**
 * Conformance (embedded engine, or MONGODB_URI): the stages that end a page — $sort, $skip, $limit and a $project
 * keeping top-level fields — give MongoDB's answer whether the engine runs them itself (query/simpleTail.ts) or
 * hands them to mingo (arrays, documents, dotted paths), and reading a page never changes what is stored
 * ($geoNear hands later read-only stages shallow copies).
 */
import { Double, Int32, ObjectId } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('page stages', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('pagestages');
    await target.db.collection('values').insertMany([
      { _id: 1, v: 'b', n: new Double(42), tag: 'x' },
      { _id: 2, v: 2, n: new Int32(7), tag: 'y' },
      { _id: 3, v: null, tag: 'x' },
      { _id: 4, tag: 'y' },
      { _id: 5, v: 1.5, tag: 'x' },
      { _id: 6, v: 'a', tag: 'y' },
      { _id: 7, v: new Date('2026-04-01T00:00:00Z'), tag: 'x' },
      { _id: 8, v: true, tag: 'y' },
      { _id: 9, v: new ObjectId('65a000000000000000000001'), tag: 'x' },
    ] as never[]);
    const places = target.db.collection('places');
    await places.createIndex({ location: '2dsphere' });
    // Around 焼津駅 (138.3186, 34.8706), a few hundred metres apart.
    await places.insertMany([
      {
        _id: 'p1',
        name: '本町',
        meta: { visits: 1 },
        location: { type: 'Point', coordinates: [138.3186, 34.8716] },
      },
      {
        _id: 'p2',
        name: '城之腰',
        meta: { visits: 2 },
        location: { type: 'Point', coordinates: [138.3186, 34.8736] },
      },
      {
        _id: 'p3',
        name: '港',
        meta: { visits: 3 },
        location: { type: 'Point', coordinates: [138.3186, 34.8756] },
      },
    ] as never[]);
  });
  afterAll(async () => {
    await target.close();
  });

  const values = (pipeline: object[]) => target.db.collection('values').aggregate(pipeline).toArray();

  test('$sort orders across BSON types as MongoDB does: null and missing, numbers, strings, ObjectId, bool, date', async () => {
    const rows = await values([{ $sort: { v: 1, _id: 1 } }, { $project: { _id: 1 } }]);
    expect(rows.map((row) => row._id)).toEqual([3, 4, 5, 2, 6, 1, 9, 8, 7]);
    const down = await values([{ $sort: { v: -1, _id: 1 } }, { $project: { _id: 1 } }]);
    expect(down.map((row) => row._id)).toEqual([7, 8, 9, 1, 6, 2, 5, 3, 4]);
  });

  test('$sort on two keys, then $skip and $limit', async () => {
    const rows = await values([
      { $sort: { tag: 1, _id: -1 } },
      { $skip: 2 },
      { $limit: 3 },
      { $project: { _id: 1 } },
    ]);
    expect(rows.map((row) => row._id)).toEqual([5, 3, 1]);
  });

  test('an array sorts by its smallest element ascending and its largest descending', async () => {
    const lists = target.db.collection('lists');
    await lists.insertMany([
      { _id: 'a', v: [5, 0] },
      { _id: 'b', v: 1 },
      { _id: 'c', v: [3] },
    ] as never[]);
    const up = await lists.aggregate([{ $sort: { v: 1 } }, { $limit: 3 }]).toArray();
    expect(up.map((row) => row._id)).toEqual(['a', 'b', 'c']);
    const down = await lists.aggregate([{ $sort: { v: -1 } }, { $limit: 3 }]).toArray();
    expect(down.map((row) => row._id)).toEqual(['a', 'c', 'b']);
    // find's sort follows the same rule.
    const found = await lists.find().sort({ v: -1 }).toArray();
    expect(found.map((row) => row._id)).toEqual(['a', 'c', 'b']);
  });

  test('an inclusion $project keeps _id first and the fields in the document order, and their BSON types', async () => {
    const rows = await target.db
      .collection('values')
      .aggregate([{ $sort: { _id: 1 } }, { $limit: 2 }, { $project: { tag: 1, n: 1, missing: 1 } }], {
        promoteValues: false,
      })
      .toArray();
    expect(rows.map((row) => Object.keys(row))).toEqual([
      ['_id', 'n', 'tag'],
      ['_id', 'n', 'tag'],
    ]);
    // 42.0 stays a double and 7 an int32 through the projection.
    expect(rows[0]!.n).toBeInstanceOf(Double);
    expect(rows[1]!.n).toBeInstanceOf(Int32);
    const withoutId = await values([{ $sort: { _id: 1 } }, { $limit: 1 }, { $project: { _id: 0, v: 1 } }]);
    expect(withoutId).toEqual([{ v: 'b' }]);
  });

  test('$geoNear then a page: distances ascending, stored documents unchanged afterwards', async () => {
    const places = target.db.collection('places');
    const before = await places.find().sort({ _id: 1 }).toArray();
    const page = await places
      .aggregate([
        {
          $geoNear: {
            near: { type: 'Point', coordinates: [138.3186, 34.8706] },
            key: 'location',
            distanceField: 'distanceMeters',
            spherical: true,
            maxDistance: 1000,
          },
        },
        { $sort: { distanceMeters: 1, _id: 1 } },
        { $limit: 2 },
        { $project: { name: 1, distanceMeters: 1 } },
      ])
      .toArray();
    expect(page.map((row) => row._id)).toEqual(['p1', 'p2']);
    expect(page[0]!.distanceMeters).toBeCloseTo(111.3, 0);
    expect(Object.keys(page[0]!)).toEqual(['_id', 'name', 'distanceMeters']);
    // A later stage that writes into a nested value works on its own copy, never on the stored document.
    await places
      .aggregate([
        {
          $geoNear: {
            near: { type: 'Point', coordinates: [138.3186, 34.8706] },
            key: 'location',
            distanceField: 'distanceMeters',
            spherical: true,
          },
        },
        { $addFields: { 'meta.visits': 99, 'meta.seen': true } },
      ])
      .toArray();
    expect(await places.find().sort({ _id: 1 }).toArray()).toEqual(before);
  });

  test('$geoNear then $facet: a page and its total in one answer; an empty $count branch is an empty array', async () => {
    const places = target.db.collection('places');
    const pageAndTotal = (maxDistance: number) =>
      places
        .aggregate([
          {
            $geoNear: {
              near: { type: 'Point', coordinates: [138.3186, 34.8706] },
              key: 'location',
              distanceField: 'distanceMeters',
              spherical: true,
              maxDistance,
            },
          },
          {
            $facet: {
              page: [{ $sort: { distanceMeters: 1, _id: 1 } }, { $limit: 2 }, { $project: { name: 1 } }],
              total: [{ $count: 'n' }],
            },
          },
        ])
        .toArray();
    expect(await pageAndTotal(1000)).toEqual([
      {
        page: [
          { _id: 'p1', name: '本町' },
          { _id: 'p2', name: '城之腰' },
        ],
        total: [{ n: 3 }],
      },
    ]);
    expect(await pageAndTotal(50)).toEqual([{ page: [], total: [] }]);
  });

  test('a distance is a double even when whole, as MongoDB reports it', async () => {
    const places = target.db.collection('places');
    const [atPoint] = await places
      .aggregate(
        [
          {
            $geoNear: {
              near: { type: 'Point', coordinates: [138.3186, 34.8716] },
              key: 'location',
              distanceField: 'distanceMeters',
              spherical: true,
            },
          },
          { $limit: 1 },
          { $project: { distanceMeters: 1 } },
        ],
        { promoteValues: false },
      )
      .toArray();
    expect(atPoint).toEqual({ _id: 'p1', distanceMeters: new Double(0) });
    expect(atPoint!.distanceMeters).toBeInstanceOf(Double);
  });
});
