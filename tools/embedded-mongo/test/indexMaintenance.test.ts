/**
 * Conformance (embedded engine, or MONGODB_URI): index reads stay right across updates, whether the update touched
 * indexed fields (the engine moves the keys) or only other fields (the engine leaves the keys where they are).
 */
import { ObjectId, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('index maintenance on update', () => {
  let target: Target;
  const facility = new ObjectId();
  beforeAll(async () => {
    target = await openTarget('indexMaintenance');
    const c = target.db.collection('bookings');
    await c.createIndexes([
      { key: { facilityId: 1, start: 1 } },
      { key: { status: 1, start: 1 } },
      { key: { 'slot.room': 1 } },
    ]);
    await c.insertMany(
      Array.from({ length: 20 }, (_, n) => ({
        _id: n,
        facilityId: facility,
        status: 'confirmed',
        start: new Date(Date.UTC(2026, 3, 1 + n)),
        slot: { room: n % 2 },
        note: 'x',
      })) as Document[],
    );
  });
  afterAll(async () => {
    await target.close();
  });

  test('an update of unindexed fields is seen through every index', async () => {
    const c = target.db.collection('bookings');
    await c.updateMany({ facilityId: facility }, { $set: { note: 'y' }, $inc: { attendees: 1 } });
    const viaIndex = await c.find({ facilityId: facility, start: { $gte: new Date(0) } }).toArray();
    expect(viaIndex.map((d) => d.note)).toEqual(Array(20).fill('y'));
    expect(await c.countDocuments({ status: 'confirmed', attendees: 1 })).toBe(20);
    const covered = await c
      .find({ status: 'confirmed' }, { projection: { _id: 0, status: 1, start: 1 } })
      .sort({ start: 1 })
      .limit(1)
      .toArray();
    expect(covered).toEqual([{ status: 'confirmed', start: new Date(Date.UTC(2026, 3, 1)) }]);
  });

  test('an update of indexed fields (top level and nested) moves the keys', async () => {
    const c = target.db.collection('bookings');
    await c.updateOne({ _id: 3 } as Document, { $set: { status: 'cancelled', 'slot.room': 7 } });
    expect((await c.find({ status: 'cancelled' }).toArray()).map((d) => d._id)).toEqual([3]);
    expect(await c.countDocuments({ status: 'confirmed' })).toBe(19);
    expect((await c.find({ 'slot.room': 7 }).toArray()).map((d) => d._id)).toEqual([3]);
    expect(await c.countDocuments({ 'slot.room': 1 })).toBe(9);
  });

  test('a one-element array makes an index multikey: the projected field is the array, not its element', async () => {
    const c = target.db.collection('tagged');
    await c.createIndex({ tags: 1 });
    await c.createIndex({ 'slot.room': 1 });
    await c.insertMany([
      { _id: 1, tags: ['x'], slot: [{ room: 4 }] },
      { _id: 2, tags: 'y', slot: { room: 5 } },
    ] as Document[]);
    expect(await c.find({ tags: 'x' }, { projection: { _id: 0, tags: 1 } }).toArray()).toEqual([
      { tags: ['x'] },
    ]);
    expect(await c.find({ 'slot.room': 4 }, { projection: { _id: 0, 'slot.room': 1 } }).toArray()).toEqual([
      { slot: [{ room: 4 }] },
    ]);
    expect(await c.find({ tags: 'y' }, { projection: { _id: 0, tags: 1 } }).toArray()).toEqual([
      { tags: 'y' },
    ]);
  });
});
