/**
 * Conformance (embedded engine, or MONGODB_URI): capped collections keep insertion order and drop the oldest
 * documents past `max` or `size`; as in MongoDB 5.3+, deletes and size-changing updates are allowed.
 */
import type { Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('capped collections', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('capped');
  });
  afterAll(async () => {
    await target.close();
  });

  test('create capped with size and max: listed as capped, oldest removed past max, natural order kept', async () => {
    await target.db.createCollection('log', { capped: true, size: 100_000, max: 3 });
    const log = target.db.collection('log');
    expect(await log.isCapped()).toBe(true);
    const [info] = (await target.db.listCollections({ name: 'log' }).toArray()) as Document[];
    expect(info?.options).toMatchObject({ capped: true, max: 3 });
    for (let i = 1; i <= 5; i += 1) await log.insertOne({ i });
    expect((await log.find().toArray()).map((doc) => doc.i)).toEqual([3, 4, 5]);
    expect((await log.find().sort({ $natural: -1 }).toArray()).map((doc) => doc.i)).toEqual([5, 4, 3]);
    await log.insertMany([{ i: 6 }, { i: 7 }]);
    expect((await log.find().toArray()).map((doc) => doc.i)).toEqual([5, 6, 7]);
  });

  test('the byte size caps the collection too', async () => {
    await target.db.createCollection('bytes', { capped: true, size: 4096 });
    const bytes = target.db.collection('bytes');
    const text = 'x'.repeat(1000);
    for (let i = 0; i < 20; i += 1) await bytes.insertOne({ i, text });
    const kept = (await bytes.find().toArray()).map((doc) => doc.i as number);
    // ~1 KiB each under a 4 KiB cap: only the newest few remain, in order, ending with the last insert.
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThanOrEqual(4);
    expect(kept[kept.length - 1]).toBe(19);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  test('updates (also ones that grow a document) and deletes are allowed, as since MongoDB 5.3', async () => {
    const log = target.db.collection('log');
    await log.updateOne({ i: 6 }, { $set: { note: 'grown by an update' } });
    expect(await log.findOne({ i: 6 })).toMatchObject({ note: 'grown by an update' });
    expect((await log.deleteOne({ i: 5 })).deletedCount).toBe(1);
    expect((await log.find().toArray()).map((doc) => doc.i)).toEqual([6, 7]);
  });

  test('capped without size: code 72 InvalidOptions; a non-positive size is refused', async () => {
    await expect(target.db.createCollection('nosize', { capped: true })).rejects.toMatchObject({
      code: 72,
    });
    await expect(target.db.createCollection('zero', { capped: true, size: -5 })).rejects.toMatchObject({
      ok: 0,
    });
  });

  test('a TTL index on a capped collection: code 67 CannotCreateIndex', async () => {
    await expect(
      target.db.collection('log').createIndex({ at: 1 }, { expireAfterSeconds: 60 }),
    ).rejects.toMatchObject({ code: 67 });
  });

  test('collMod cappedMax lowers the cap; the next insert applies it', async () => {
    await target.db.createCollection('window', { capped: true, size: 100_000, max: 10 });
    const window = target.db.collection('window');
    await window.insertMany(Array.from({ length: 10 }, (_, i) => ({ i })));
    await target.db.command({ collMod: 'window', cappedMax: 2 });
    await window.insertOne({ i: 10 });
    expect((await window.find().toArray()).map((doc) => doc.i)).toEqual([9, 10]);
  });
});
