/**
 * Conformance (embedded engine, or MONGODB_URI): errors carry MongoDB's codes; engine-only parts say so.
 */
import { Long, MongoServerError, UUID } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

describe('unsupported things fail the way MongoDB fails', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('errors');
    await target.db.collection('c').insertOne({ a: 1 });
  });
  afterAll(async () => {
    await target.close();
  });

  test('unknown command: code 59 CommandNotFound naming it', async () => {
    const error = await target.db.command({ frobnicate: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
    expect((error as Error).message).toContain("no such command: 'frobnicate'");
  });

  test('unknown query operator: code 2 BadValue', async () => {
    const error = await target.db
      .collection('c')
      .find({ a: { $frob: 1 } })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2, codeName: 'BadValue' });
    expect((error as Error).message).toContain('unknown operator: $frob');
    await expect(target.db.collection('c').find({ $frob: [] }).toArray()).rejects.toMatchObject({ code: 2 });
  });

  test('malformed operator arguments: code 2 BadValue, never a silent match', async () => {
    const c = target.db.collection('c');
    for (const filter of [
      { a: { $in: 5 } },
      { $and: [] },
      { $or: [5] },
      { a: { $not: 5 } },
      { a: { $mod: [0, 1] } },
      { a: { $size: 'x' } },
      { a: { $regex: 5 } },
    ]) {
      await expect(c.find(filter as never).toArray()).rejects.toMatchObject({ code: 2 });
    }
    await expect(c.aggregate([{ $match: { $or: [] } }]).toArray()).rejects.toMatchObject({ code: 2 });
  });

  test('unknown pipeline stage: code 40324', async () => {
    const error = await target.db
      .collection('c')
      .aggregate([{ $frob: {} }])
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 40324 });
    expect((error as Error).message).toContain("Unrecognized pipeline stage name: '$frob'");
  });

  test('unknown group accumulator: code 15952', async () => {
    await expect(
      target.db
        .collection('c')
        .aggregate([{ $group: { _id: null, x: { $frob: '$a' } } }])
        .toArray(),
    ).rejects.toMatchObject({ code: 15952 });
  });

  test('unknown update operator: code 9 FailedToParse', async () => {
    await expect(target.db.collection('c').updateOne({}, { $frob: { a: 1 } })).rejects.toMatchObject({
      code: 9,
    });
  });

  test('$near inside an aggregation $match is rejected', async () => {
    await expect(
      target.db
        .collection('c')
        .aggregate([
          { $match: { loc: { $near: { $geometry: { type: 'Point', coordinates: [138.3, 34.8] } } } } },
        ])
        .toArray(),
    ).rejects.toThrow(/\$near.*not allowed in this context/);
  });

  test('$text without a text index: code 27 IndexNotFound', async () => {
    await expect(
      target.db
        .collection('c')
        .find({ $text: { $search: 'x' } })
        .toArray(),
    ).rejects.toMatchObject({
      code: 27,
    });
  });

  test('conflicting update paths: code 40', async () => {
    await expect(
      target.db.collection('c').updateOne({ a: 1 }, { $set: { a: 2 }, $inc: { a: 1 } }),
    ).rejects.toMatchObject({ code: 40 });
  });

  test('a top-level $comment is accepted and ignored', async () => {
    const c = target.db.collection('c');
    expect(await c.countDocuments({ a: 1, $comment: 'why this query runs' })).toBe(1);
    expect(await c.aggregate([{ $match: { $comment: 'tagged', a: 1 } }]).toArray()).toHaveLength(1);
  });

  test('getMore on an unknown cursor: code 43', async () => {
    await expect(target.db.command({ getMore: 12345, collection: 'c' })).rejects.toMatchObject({ code: 43 });
  });

  test('listIndexes on a missing collection: code 26 NamespaceNotFound', async () => {
    await expect(target.db.collection('missing').listIndexes().toArray()).rejects.toMatchObject({ code: 26 });
  });
});

describeEngineOnly('engine-only: index types the engine does not implement are refused', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('errors_engine');
  });
  afterAll(async () => {
    await target.close();
  });

  test('text and hashed indexes are rejected naming the type (MongoDB would build them)', async () => {
    await expect(target.db.collection('c').createIndex({ body: 'text' })).rejects.toThrow(
      /index type 'text'/,
    );
    await expect(target.db.collection('c').createIndex({ body: 'hashed' })).rejects.toThrow(
      /index type 'hashed'/,
    );
  });

  test('server-side JavaScript ($where) is refused naming it (MongoDB would run it)', async () => {
    await expect(target.db.collection('c').find({ $where: 'true' }).toArray()).rejects.toThrow(/\$where/);
  });

  test('server-statistics and search stages are rejected naming the stage', async () => {
    await expect(
      target.db
        .collection('c')
        .aggregate([{ $collStats: {} }])
        .toArray(),
    ).rejects.toThrow(/\$collStats is not supported/);
  });

  test('retryable-write fields (lsid, txnNumber) are accepted as a replica set would', async () => {
    const reply = await target.db.command({
      insert: 'retry',
      documents: [{ a: 1 }],
      lsid: { id: new UUID() },
      txnNumber: Long.fromNumber(1),
    });
    expect(reply).toMatchObject({ n: 1, ok: 1 });
  });

  test('$out and $merge are rejected naming the stage', async () => {
    await expect(
      target.db
        .collection('c')
        .aggregate([{ $out: 'x' }])
        .toArray(),
    ).rejects.toThrow(/\$out is not supported/);
  });
});
