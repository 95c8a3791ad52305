/**
 * Conformance (embedded engine, or MONGODB_URI): update operators, upserts, findAndModify, concurrent $inc.
 */
import { openTarget, type Target } from './support/target.js';

describe('update operators', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('updates');
  });
  afterAll(async () => {
    await target.close();
  });

  test('$set $inc $push $pull $addToSet $unset on one document', async () => {
    interface Ops {
      name: string;
      count: number;
      tags: string[];
      nested: { level: number };
      drop?: boolean;
      title?: string;
      set?: number[];
    }
    const c = target.db.collection<Ops>('ops');
    const { insertedId } = await c.insertOne({
      name: 'x',
      count: 1,
      tags: ['a', 'b'],
      nested: { level: 1 },
      drop: true,
    });
    const result = await c.updateOne(
      { _id: insertedId },
      {
        $set: { 'nested.level': 2, title: 'hello' },
        $inc: { count: 4 },
        $push: { tags: 'c' },
        $unset: { drop: '' },
      },
    );
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    await c.updateOne(
      { _id: insertedId },
      { $pull: { tags: 'a' }, $addToSet: { set: { $each: [1, 2, 2] } } },
    );
    await c.updateOne({ _id: insertedId }, { $addToSet: { tags: 'b' } });
    expect(await c.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({
      name: 'x',
      count: 5,
      tags: ['b', 'c'],
      nested: { level: 2 },
      title: 'hello',
      set: [1, 2],
    });
  });

  test('an update that changes nothing reports modifiedCount 0', async () => {
    const c = target.db.collection('noop');
    await c.insertOne({ k: 1, v: 'same' });
    expect(await c.updateOne({ k: 1 }, { $set: { v: 'same' } })).toMatchObject({
      matchedCount: 1,
      modifiedCount: 0,
    });
  });

  test('multi updates, upserts with $setOnInsert, and replacement', async () => {
    const c = target.db.collection('multi');
    await c.insertMany([
      { g: 1, n: 0 },
      { g: 1, n: 0 },
      { g: 2, n: 0 },
    ]);
    expect(await c.updateMany({ g: 1 }, { $inc: { n: 1 } })).toMatchObject({
      matchedCount: 2,
      modifiedCount: 2,
    });
    const up = await c.updateOne(
      { g: 3, label: 'new' },
      { $inc: { n: 7 }, $setOnInsert: { created: true } },
      { upsert: true },
    );
    expect(up.upsertedCount).toBe(1);
    expect(await c.findOne({ _id: up.upsertedId! }, { projection: { _id: 0 } })).toEqual({
      g: 3,
      label: 'new',
      n: 7,
      created: true,
    });
    // $setOnInsert is ignored when the document exists.
    await c.updateOne({ g: 3 }, { $inc: { n: 1 }, $setOnInsert: { created: false } }, { upsert: true });
    expect(await c.findOne({ g: 3 })).toMatchObject({ n: 8, created: true });
    expect(await c.countDocuments({ n: 1 })).toBe(2);
  });

  test('arrayFilters and the positional $ operator', async () => {
    const c = target.db.collection('arrays');
    const { insertedId } = await c.insertOne({
      slots: [
        { day: 'mon', booked: 1 },
        { day: 'tue', booked: 3 },
        { day: 'wed', booked: 5 },
      ],
    });
    await c.updateOne(
      { _id: insertedId },
      { $inc: { 'slots.$[s].booked': 10 } },
      { arrayFilters: [{ 's.booked': { $gte: 3 } }] },
    );
    await c.updateOne({ _id: insertedId, 'slots.day': 'mon' }, { $set: { 'slots.$.booked': 0 } });
    const doc = await c.findOne({ _id: insertedId });
    expect(doc?.slots).toEqual([
      { day: 'mon', booked: 0 },
      { day: 'tue', booked: 13 },
      { day: 'wed', booked: 15 },
    ]);
  });

  test('changing _id is rejected', async () => {
    const c = target.db.collection('immutable');
    const { insertedId } = await c.insertOne({ a: 1 });
    await expect(c.updateOne({ _id: insertedId }, { $set: { _id: 5 } })).rejects.toMatchObject({ code: 66 });
  });

  test('operators applied to the wrong type fail as in MongoDB and leave the document unchanged', async () => {
    const c = target.db.collection('wrongtype');
    const original = { _id: 'doc', text: 'x', count: 1, list: [1], nested: { leaf: 1 } };
    await c.insertOne(original as never);
    const attempt = (update: object) => c.updateOne({ _id: 'doc' } as never, update);
    await expect(attempt({ $inc: { text: 1 } })).rejects.toMatchObject({ code: 14 });
    await expect(attempt({ $inc: { count: 'one' } })).rejects.toMatchObject({ code: 14 });
    await expect(attempt({ $mul: { text: 2 } })).rejects.toMatchObject({ code: 14 });
    await expect(attempt({ $push: { text: 'y' } })).rejects.toMatchObject({ code: 2 });
    await expect(attempt({ $addToSet: { count: 2 } })).rejects.toMatchObject({ code: 2 });
    await expect(attempt({ $pull: { text: 'x' } })).rejects.toMatchObject({ code: 2 });
    await expect(attempt({ $pop: { text: 1 } })).rejects.toMatchObject({ code: 14 });
    await expect(attempt({ $set: { 'count.deeper': 1 } })).rejects.toMatchObject({ code: 28 });
    await expect(attempt({ $set: { 'list.name': 1 } })).rejects.toMatchObject({ code: 28 });
    expect(await c.findOne({ _id: 'doc' } as never)).toEqual(original);
    // Paths that do not exist yet are created.
    await attempt({ $inc: { 'fresh.counter': 2 }, $push: { fresh_list: 'a' }, $set: { 'list.2': 9 } });
    expect(await c.findOne({ _id: 'doc' } as never)).toMatchObject({
      fresh: { counter: 2 },
      fresh_list: ['a'],
      list: [1, null, 9],
    });
  });

  test('$currentDate sets a date or a timestamp', async () => {
    const c = target.db.collection('dates');
    const { insertedId } = await c.insertOne({});
    // eslint-disable-next-line no-restricted-syntax -- $currentDate is the server's wall clock, by MongoDB's definition
    const before = Date.now();
    await c.updateOne({ _id: insertedId }, {
      $currentDate: { at: true, stamp: { $type: 'timestamp' } },
    } as never);
    const doc = await c.findOne({ _id: insertedId });
    expect(doc?.at).toBeInstanceOf(Date);
    expect((doc?.at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(doc?.stamp?._bsontype).toBe('Timestamp');
  });

  test('unknown update operator is an error, not a no-op', async () => {
    const c = target.db.collection('unknownop');
    await c.insertOne({ a: 1 });
    await expect(c.updateOne({ a: 1 }, { $frobnicate: { a: 2 } })).rejects.toMatchObject({
      code: 9,
    });
    expect(await c.findOne({ a: 1 })).not.toBeNull();
  });

  test('50 concurrent $inc never lose an update', async () => {
    const c = target.db.collection('counter');
    const { insertedId } = await c.insertOne({ value: 0 });
    await Promise.all(
      Array.from({ length: 50 }, () => c.updateOne({ _id: insertedId }, { $inc: { value: 1 } })),
    );
    expect(await c.findOne({ _id: insertedId })).toMatchObject({ value: 50 });
  });
});

describe('findAndModify', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('fam');
    await target.db.collection('queue').insertMany([
      { job: 'a', priority: 2, state: 'ready' },
      { job: 'b', priority: 5, state: 'ready' },
      { job: 'c', priority: 1, state: 'ready' },
    ]);
  });
  afterAll(async () => {
    await target.close();
  });

  test('sort picks the document; returnDocument before/after; projection', async () => {
    const queue = target.db.collection('queue');
    const before = await queue.findOneAndUpdate(
      { state: 'ready' },
      { $set: { state: 'running' } },
      { sort: { priority: -1 }, projection: { _id: 0, job: 1, state: 1 } },
    );
    expect(before).toEqual({ job: 'b', state: 'ready' });
    const after = await queue.findOneAndUpdate(
      { state: 'ready' },
      { $set: { state: 'running' } },
      { sort: { priority: -1 }, returnDocument: 'after' },
    );
    expect(after).toMatchObject({ job: 'a', state: 'running' });
  });

  test('remove, replace, upsert, and no match', async () => {
    const queue = target.db.collection('queue');
    expect(await queue.findOneAndDelete({ job: 'c' })).toMatchObject({ job: 'c' });
    expect(await queue.countDocuments({ job: 'c' })).toBe(0);
    const replaced = await queue.findOneAndReplace({ job: 'a' }, { job: 'a2' }, { returnDocument: 'after' });
    expect(Object.keys(replaced ?? {})).toEqual(['_id', 'job']);
    expect(await queue.findOneAndUpdate({ job: 'zzz' }, { $set: { x: 1 } })).toBeNull();
    const upserted = await queue.findOneAndUpdate(
      { job: 'd' },
      { $set: { priority: 9 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true },
    );
    expect(upserted.value).toMatchObject({ job: 'd', priority: 9 });
    expect(upserted.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false });
  });
});
