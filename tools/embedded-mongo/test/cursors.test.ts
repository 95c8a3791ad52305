/**
 * Conformance (embedded engine, or MONGODB_URI): cursors spanning several batches, getMore and killCursors.
 */
import { openTarget, type Target } from './support/target.js';

describe('cursors over several batches', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('cursors');
    await target.db.collection('numbers').insertMany(Array.from({ length: 11 }, (_, i) => ({ i })));
  });
  afterAll(async () => {
    await target.close();
  });

  test('batchSize 2 over 11 documents issues getMore until the cursor is exhausted', async () => {
    const getMores: number[] = [];
    const listener = (event: { commandName: string; reply?: { cursor?: { nextBatch?: unknown[] } } }) => {
      if (event.commandName === 'getMore') getMores.push(event.reply?.cursor?.nextBatch?.length ?? -1);
    };
    const client = new (await import('mongodb')).MongoClient(target.uri, { monitorCommands: true });
    client.on('commandSucceeded', listener);
    try {
      const docs = await client
        .db(target.dbName)
        .collection('numbers')
        .find({}, { batchSize: 2 })
        .sort({ i: 1 })
        .toArray();
      expect(docs.map((d) => d.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(getMores).toEqual([2, 2, 2, 2, 1]);
    } finally {
      await client.close();
    }
  });

  test('raw find/getMore/killCursors commands return MongoDB-shaped replies', async () => {
    const first = await target.db.command({
      find: 'numbers',
      filter: { i: { $gte: 3 } },
      sort: { i: -1 },
      batchSize: 3,
    });
    expect(first.cursor.ns).toBe(`${target.dbName}.numbers`);
    expect(first.cursor.firstBatch.map((d: { i: number }) => d.i)).toEqual([10, 9, 8]);
    const cursorId = first.cursor.id;
    expect(cursorId.toString()).not.toBe('0');

    const next = await target.db.command({ getMore: cursorId, collection: 'numbers', batchSize: 2 });
    expect(next.cursor.nextBatch.map((d: { i: number }) => d.i)).toEqual([7, 6]);

    const killed = await target.db.command({ killCursors: 'numbers', cursors: [cursorId] });
    expect(killed.cursorsKilled.map(String)).toEqual([cursorId.toString()]);
    await expect(target.db.command({ getMore: cursorId, collection: 'numbers' })).rejects.toMatchObject({
      code: 43,
      codeName: 'CursorNotFound',
    });
  });

  test('closing a driver cursor early kills it on the server', async () => {
    const cursor = target.db.collection('numbers').find({}, { batchSize: 2 });
    expect(await cursor.next()).toMatchObject({ i: 0 });
    const cursorId = cursor.id;
    await cursor.close();
    expect(cursor.killed).toBe(true);
    await expect(target.db.command({ getMore: cursorId, collection: 'numbers' })).rejects.toMatchObject({
      code: 43,
    });
  });

  test('batchSize 0 opens a cursor with an empty first batch', async () => {
    const first = await target.db.command({ find: 'numbers', batchSize: 0 });
    expect(first.cursor.firstBatch).toEqual([]);
    const rest = await target.db.command({ getMore: first.cursor.id, collection: 'numbers' });
    expect(rest.cursor.nextBatch).toHaveLength(11);
    expect(rest.cursor.id.toString()).toBe('0');
  });

  test('limit and singleBatch close the cursor after the first batch', async () => {
    const reply = await target.db.command({ find: 'numbers', limit: 4, singleBatch: true, batchSize: 10 });
    expect(reply.cursor.firstBatch).toHaveLength(4);
    expect(reply.cursor.id.toString()).toBe('0');
  });
});
