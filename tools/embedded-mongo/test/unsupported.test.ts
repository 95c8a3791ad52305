/**
 * Features the engine leaves out keep failing loudly with MongoDB's error code, never silently (see "Left out"
 * in the README). Where a standalone mongod (the reference) gives the same answer, the test runs on both targets;
 * where mongod would accept the request, the test is engine-only.
 */
import { MongoServerError } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

async function refusal(promise: Promise<unknown>): Promise<MongoServerError> {
  const error = await promise.then(
    () => new Error('accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

describe('left out, answered as a standalone mongod answers', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('leftout');
    await target.db.collection('c').insertOne({ a: 1 });
  });
  afterAll(async () => {
    await target.close();
  });

  test('transactions: code 20 IllegalOperation, and nothing is written', async () => {
    const session = target.client.startSession();
    try {
      const error = await refusal(
        session.withTransaction(async () => {
          await target.db.collection('c').insertOne({ inTransaction: true }, { session });
        }),
      );
      // The driver wraps mongod's code 20 "Transaction numbers are only allowed on a replica set member or
      // mongos" in its own retryable-writes message, keeping the server's error as originalError.
      const original = (error as unknown as { originalError?: MongoServerError }).originalError ?? error;
      expect(original).toMatchObject({ code: 20 });
      expect(original.message).toContain(
        'Transaction numbers are only allowed on a replica set member or mongos',
      );
    } finally {
      await session.endSession();
    }
    expect(await target.db.collection('c').countDocuments({ inTransaction: true })).toBe(0);
  });

  test('change streams: code 40573', async () => {
    const stream = target.db.collection('c').watch();
    try {
      const error = await refusal(stream.tryNext());
      expect(error.code).toBe(40573);
      expect(error.message).toContain('only supported on replica sets');
    } finally {
      await stream.close();
    }
  });

  test('$text without a text index: code 27 IndexNotFound', async () => {
    const error = await refusal(
      target.db
        .collection('c')
        .find({ $text: { $search: 'x' } })
        .toArray(),
    );
    expect(error.code).toBe(27);
  });
});

describeEngineOnly('left out by the engine (mongod would accept these): refused, naming the feature', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('leftoutengine');
    await target.db.collection('c').insertOne({ a: 1, text: 'hello', loc: [1, 2] });
  });
  afterAll(async () => {
    await target.close();
  });

  test.each([
    ['2d', { loc: '2d' }],
    ['text', { text: 'text' }],
    ['hashed', { a: 'hashed' }],
  ])('%s index: code 67 CannotCreateIndex', async (type, key) => {
    const error = await refusal(target.db.collection('c').createIndex(key as never));
    expect(error).toMatchObject({ code: 67, codeName: 'CannotCreateIndex' });
    expect(error.message).toContain(`index type '${type}' is not supported`);
    expect((await target.db.collection('c').listIndexes().toArray()).map((index) => index.name)).toEqual([
      '_id_',
    ]);
  });

  test('$where: code 238 NotImplemented', async () => {
    const error = await refusal(target.db.collection('c').find({ $where: 'this.a === 1' }).toArray());
    expect(error).toMatchObject({ code: 238, codeName: 'NotImplemented' });
    expect(error.message).toContain('$where');
  });

  test('$out and $merge: code 238 NotImplemented, nothing written', async () => {
    for (const stage of [{ $out: 'copy' }, { $merge: { into: 'copy' } }]) {
      const error = await refusal(target.db.collection('c').aggregate([stage]).toArray());
      expect(error).toMatchObject({ code: 238 });
      expect(error.message).toContain(Object.keys(stage)[0] as string);
    }
    expect(await target.db.listCollections({ name: 'copy' }).toArray()).toHaveLength(0);
  });

  test('time series collections: code 238 NotImplemented', async () => {
    const error = await refusal(target.db.createCollection('ts', { timeseries: { timeField: 't' } }));
    expect(error).toMatchObject({ code: 238 });
    expect(error.message).toContain('timeseries');
  });

  test('clustered collections: code 238 NotImplemented', async () => {
    const error = await refusal(
      target.db.createCollection('clustered', { clusteredIndex: { key: { _id: 1 }, unique: true } }),
    );
    expect(error).toMatchObject({ code: 238 });
    expect(error.message).toContain('clusteredIndex');
    expect(await target.db.listCollections({ name: /^(ts|clustered)$/ }).toArray()).toHaveLength(0);
  });
});
