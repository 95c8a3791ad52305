/**
 * Conformance (embedded engine, or MONGODB_URI): a BSON Timestamp is its own type (17), not a 64-bit integer —
 * bson's JavaScript class for it extends Long, which must not make the engine read it as one.
 */
import { Long, Timestamp } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('timestamps', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('timestamps');
    await target.db.collection('marks').insertMany([
      { _id: 1, at: new Timestamp({ t: 1_700_000_000, i: 2 }) },
      { _id: 2, at: new Timestamp({ t: 9, i: 1 }) },
      { _id: 3, at: new Timestamp({ t: 1_700_000_000, i: 1 }) },
      { _id: 4, at: Long.fromNumber(5) },
      { _id: 5, at: new Date('2026-04-01T00:00:00Z') },
    ] as never[]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('a stored Timestamp comes back as a Timestamp', async () => {
    const doc = await target.db.collection('marks').findOne({ _id: 1 as never });
    expect(doc?.at).toBeInstanceOf(Timestamp);
    expect((doc?.at as Timestamp).t).toBe(1_700_000_000);
    expect((doc?.at as Timestamp).i).toBe(2);
  });

  test("$type 'timestamp' matches Timestamps only, and 'long' not them", async () => {
    const ids = async (filter: object) =>
      (await target.db.collection('marks').find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ at: { $type: 'timestamp' } })).toEqual([1, 2, 3]);
    expect(await ids({ at: { $type: 'long' } })).toEqual([4]);
  });

  test('Timestamps sort by seconds then increment, after numbers and dates', async () => {
    const ids = async (direction: 1 | -1) =>
      (await target.db.collection('marks').find().sort({ at: direction, _id: 1 }).toArray()).map(
        (d) => d._id,
      );
    expect(await ids(1)).toEqual([4, 5, 2, 3, 1]);
    expect(await ids(-1)).toEqual([1, 3, 2, 5, 4]);
  });

  test('$inc refuses a Timestamp field, as a non-numeric one', async () => {
    await expect(
      target.db.collection('marks').updateOne({ _id: 1 as never }, { $inc: { at: 1 } }),
    ).rejects.toMatchObject({ code: 14 });
  });
});
