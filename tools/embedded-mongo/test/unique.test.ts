/**
 * Conformance (embedded engine, or MONGODB_URI): unique indexes and MongoDB's E11000 duplicate-key errors.
 */
import { MongoBulkWriteError, MongoServerError } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('unique indexes', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('unique');
  });
  afterAll(async () => {
    await target.close();
  });

  test('single-field violation on insert reports E11000 with keyPattern and keyValue', async () => {
    const c = target.db.collection('users');
    await c.createIndex({ email: 1 }, { unique: true });
    await c.insertOne({ email: 'a@example.jp' });
    const error = await c.insertOne({ email: 'a@example.jp' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject({
      code: 11000,
      keyPattern: { email: 1 },
      keyValue: { email: 'a@example.jp' },
    });
    expect((error as Error).message).toBe(
      `E11000 duplicate key error collection: ${target.dbName}.users index: email_1 dup key: { email: "a@example.jp" }`,
    );
  });

  test('duplicate _id is rejected by the _id_ index', async () => {
    const c = target.db.collection('ids');
    await c.insertOne({ _id: 'fixed' } as never);
    await expect(c.insertOne({ _id: 'fixed' } as never)).rejects.toMatchObject({
      code: 11000,
      keyPattern: { _id: 1 },
      keyValue: { _id: 'fixed' },
    });
  });

  test('compound unique index: ordered insertMany stops at the first error, unordered continues', async () => {
    const c = target.db.collection('slots');
    await c.createIndex({ room: 1, day: 1 }, { unique: true, name: 'room_day' });
    const ordered = await c
      .insertMany([
        { room: 'A', day: 1 },
        { room: 'A', day: 2 },
        { room: 'A', day: 1 },
        { room: 'B', day: 1 },
      ])
      .catch((e: unknown) => e);
    expect(ordered).toBeInstanceOf(MongoBulkWriteError);
    const bulk = ordered as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(2);
    const errors = [bulk.writeErrors].flat();
    expect(errors.map((e) => [e.index, e.code])).toEqual([[2, 11000]]);
    expect(errors[0]?.errmsg).toContain('index: room_day dup key: { room: "A", day: 1 }');
    expect(await c.countDocuments()).toBe(2);

    const unordered = (await c
      .insertMany(
        [
          { room: 'A', day: 2 },
          { room: 'C', day: 1 },
          { room: 'A', day: 1 },
          { room: 'C', day: 2 },
        ],
        { ordered: false },
      )
      .catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(unordered.insertedCount).toBe(2);
    expect([unordered.writeErrors].flat().map((e) => e.index)).toEqual([0, 2]);
    expect(await c.countDocuments()).toBe(4);
    // The raw reply carries keyPattern and keyValue in each write error.
    const raw = await target.db.command({ insert: 'slots', documents: [{ room: 'C', day: 2 }] });
    expect(raw.n).toBe(0);
    expect(raw.writeErrors).toMatchObject([
      { index: 0, code: 11000, keyPattern: { room: 1, day: 1 }, keyValue: { room: 'C', day: 2 } },
    ]);
    // Same room on another day, or same day in another room, is fine.
    await c.insertOne({ room: 'B', day: 2 });
  });

  test('violations through update, upsert and findAndModify name the right index', async () => {
    const c = target.db.collection('handles');
    await c.createIndex({ handle: 1 }, { unique: true });
    await c.insertMany([{ handle: 'aoi' }, { handle: 'yui' }]);
    await expect(c.updateOne({ handle: 'yui' }, { $set: { handle: 'aoi' } })).rejects.toMatchObject({
      code: 11000,
      keyValue: { handle: 'aoi' },
    });
    await expect(
      c.updateOne({ handle: 'new' }, { $set: { handle: 'aoi' } }, { upsert: true }),
    ).rejects.toMatchObject({
      code: 11000,
    });
    await expect(c.findOneAndUpdate({ handle: 'yui' }, { $set: { handle: 'aoi' } })).rejects.toMatchObject({
      code: 11000,
      keyPattern: { handle: 1 },
    });
    // Updating a document to its own key is not a conflict.
    await c.updateOne({ handle: 'yui' }, { $set: { handle: 'yui', note: 'same' } });
    expect(
      await c
        .find({}, { projection: { _id: 0 } })
        .sort({ handle: 1 })
        .toArray(),
    ).toEqual([{ handle: 'aoi' }, { handle: 'yui', note: 'same' }]);
  });

  test('building a unique index over existing duplicates fails', async () => {
    const c = target.db.collection('dups');
    await c.insertMany([{ k: 1 }, { k: 1 }]);
    await expect(c.createIndex({ k: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 });
    expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  test('a unique index over an array keys each element: a scalar and an element of another array collide', async () => {
    const c = target.db.collection('tagged');
    await c.createIndex({ tags: 1 }, { unique: true });
    await c.insertOne({ _id: 1, tags: ['a'] } as never);
    await expect(c.insertOne({ _id: 2, tags: 'a' } as never)).rejects.toMatchObject({
      code: 11000,
      keyValue: { tags: 'a' },
    });
    await expect(c.insertOne({ _id: 3, tags: ['b', 'a'] } as never)).rejects.toMatchObject({
      code: 11000,
      keyValue: { tags: 'a' },
    });
    // One document may hold the same element twice: the keys are its own.
    await c.insertOne({ _id: 4, tags: ['c', 'c'] } as never);
    expect(await c.countDocuments({ tags: 'c' })).toBe(1);
  });

  test('a dotted unique key through a one-element array collides with the same value outside one', async () => {
    const c = target.db.collection('roomSlots');
    await c.createIndex({ 'slot.room': 1 }, { unique: true });
    await c.insertOne({ _id: 1, slot: [{ room: 'A' }] } as never);
    await expect(c.insertOne({ _id: 2, slot: { room: 'A' } } as never)).rejects.toMatchObject({
      code: 11000,
      keyValue: { 'slot.room': 'A' },
    });
  });

  test('partialFilterExpression limits uniqueness to matching documents', async () => {
    const c = target.db.collection('bookings');
    await c.createIndex(
      { facility: 1, slot: 1 },
      { unique: true, partialFilterExpression: { status: { $eq: 'confirmed' } } },
    );
    await c.insertOne({ facility: 'f1', slot: 9, status: 'cancelled' });
    await c.insertOne({ facility: 'f1', slot: 9, status: 'cancelled' });
    await c.insertOne({ facility: 'f1', slot: 9, status: 'confirmed' });
    await expect(c.insertOne({ facility: 'f1', slot: 9, status: 'confirmed' })).rejects.toMatchObject({
      code: 11000,
    });
    await expect(
      c.updateOne({ status: 'cancelled' }, { $set: { status: 'confirmed' } }),
    ).rejects.toMatchObject({ code: 11000 });
    const [index] = (await c.listIndexes().toArray()).filter((i) => i.name !== '_id_');
    expect(index).toMatchObject({ unique: true, partialFilterExpression: { status: { $eq: 'confirmed' } } });
  });

  test('sparse unique index ignores documents without the field', async () => {
    const c = target.db.collection('sparse');
    await c.createIndex({ code: 1 }, { unique: true, sparse: true });
    await c.insertMany([{ x: 1 }, { x: 2 }, { code: 'a' }]);
    await expect(c.insertOne({ code: 'a' })).rejects.toMatchObject({ code: 11000 });
  });

  test('a non-sparse unique index treats missing fields as null', async () => {
    const c = target.db.collection('nulls');
    await c.createIndex({ code: 1 }, { unique: true });
    await c.insertOne({ x: 1 });
    await expect(c.insertOne({ x: 2 })).rejects.toMatchObject({ code: 11000, keyValue: { code: null } });
  });
});
