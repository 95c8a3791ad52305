/**
 * Conformance (embedded engine, or MONGODB_URI): `$in` / `$nin` membership, which the engine answers with a hashed
 * lookup for ObjectIds, strings, numbers and dates. Each answer is MongoDB's documented one, including numeric
 * equality across BSON number types, array elements, null matching a missing field, regexes among the members,
 * and a collation.
 */
import { Double, Int32, Long, ObjectId, type CollationOptions, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('$in membership', () => {
  let target: Target;
  const ids = Array.from({ length: 300 }, () => new ObjectId());
  beforeAll(async () => {
    target = await openTarget('inMembership');
    await target.db.collection('bookings').insertMany(
      ids.map((id, n) => ({
        _id: n,
        facility: id,
        tags: n % 2 === 0 ? [`t${n}`, 'even'] : `t${n}`,
      })) as Document[],
    );
    await target.db
      .collection('values')
      .insertMany([
        { _id: 1, v: new Int32(5) },
        { _id: 2, v: new Double(5) },
        { _id: 3, v: Long.fromNumber(5) },
        { _id: 4, v: 5.5 },
        { _id: 5, v: '5' },
        { _id: 6, v: new Date('2026-04-01T00:00:00Z') },
        { _id: 7, v: null },
        { _id: 8 },
        { _id: 9, v: [1, [5]] },
        { _id: 10, v: [7, 8] },
        { _id: 11, v: 'Kyodo' },
        { _id: 12, v: true },
        { _id: 13, v: { a: 1 } },
      ] as Document[]);
  });
  afterAll(async () => {
    await target.close();
  });

  const idsOf = async (collection: string, filter: Document, collation?: CollationOptions) =>
    (
      await target.db
        .collection(collection)
        .find(filter, collation ? { collation } : {})
        .sort({ _id: 1 })
        .toArray()
    ).map((doc) => doc._id as unknown as number);

  test('a long list of ObjectIds matches exactly the listed ones', async () => {
    const wanted = ids.filter((_, n) => n % 7 === 0);
    const found = await idsOf('bookings', { facility: { $in: [...wanted, new ObjectId()] } });
    expect(found).toEqual(ids.flatMap((_, n) => (n % 7 === 0 ? [n] : [])));
    const notFound = await idsOf('bookings', { facility: { $nin: wanted } });
    expect(notFound).toHaveLength(ids.length - wanted.length);
  });

  test('numbers are equal across int32, int64 and double; a string is not a number', async () => {
    expect(await idsOf('values', { v: { $in: [5] } })).toEqual([1, 2, 3]);
    expect(await idsOf('values', { v: { $in: [Long.fromNumber(5)] } })).toEqual([1, 2, 3]);
    expect(await idsOf('values', { v: { $in: [new Double(5.5), '5'] } })).toEqual([4, 5]);
  });

  test('dates, booleans and strings compare by value', async () => {
    expect(await idsOf('values', { v: { $in: [new Date('2026-04-01T00:00:00Z'), true] } })).toEqual([6, 12]);
    expect(await idsOf('values', { v: { $in: [new Date('2026-04-01T00:00:01Z'), 'kyodo'] } })).toEqual([]);
  });

  test('an array field matches when an element (or the whole array) is a member, one level deep', async () => {
    expect(await idsOf('values', { v: { $in: [8] } })).toEqual([10]);
    expect(await idsOf('values', { v: { $in: [[5]] } })).toEqual([9]);
    expect(await idsOf('values', { v: { $in: [[7, 8]] } })).toEqual([10]);
    // 5 inside the nested array [5] is not an element of v.
    expect(await idsOf('values', { v: { $in: [1] } })).toEqual([9]);
    expect(await idsOf('bookings', { tags: { $in: ['even'] } })).toHaveLength(150);
  });

  test('null among the members matches null and a missing field', async () => {
    expect(await idsOf('values', { v: { $in: [null, 'Kyodo'] } })).toEqual([7, 8, 11]);
    expect(await idsOf('values', { v: { $nin: [null, 5] } })).toEqual([4, 5, 6, 9, 10, 11, 12, 13]);
  });

  test('regexes among the members match strings, beside hashed members', async () => {
    expect(await idsOf('values', { v: { $in: [/^ky/i, 5.5] } })).toEqual([4, 11]);
    expect(await idsOf('values', { v: { $in: [{ a: 1 }] } })).toEqual([13]);
  });

  test('through an index, a long mixed list bounds the scan and answers the same', async () => {
    await target.db.collection('bookings').createIndex({ facility: 1 });
    await target.db.collection('values').createIndex({ v: 1 });
    const wanted = ids.filter((_, n) => n % 11 === 3);
    expect(await idsOf('bookings', { facility: { $in: wanted } })).toEqual(
      ids.flatMap((_, n) => (n % 11 === 3 ? [n] : [])),
    );
    const mixed = [8, 'Kyodo', 5.5, true, new Date('2026-04-01T00:00:00Z'), 'zzz', 99, -1, new ObjectId(), 1];
    expect(await idsOf('values', { v: { $in: mixed } })).toEqual([4, 6, 9, 10, 11, 12]);
    await target.db.collection('bookings').dropIndex('facility_1');
    await target.db.collection('values').dropIndex('v_1');
  });

  test('under a collation strings are members by the collation', async () => {
    expect(await idsOf('values', { v: { $in: ['KYODO', 5.5] } }, { locale: 'en', strength: 2 })).toEqual([
      4, 11,
    ]);
    expect(await idsOf('values', { v: { $in: ['KYODO'] } })).toEqual([]);
  });
});
