import type { Collection, Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

/**
 * The same documents in an indexed and an unindexed collection must answer every equality query identically,
 * before and after updates and deletes move indexed values around.
 */
describe('equality queries on indexed fields agree with a collection scan', () => {
  let target: Target;
  interface Doc {
    _id: number;
    org?: string | null;
    // Deliberately mixed shapes (arrays, scalars, nested arrays) to exercise multikey lookups.
    tags: unknown[];
    day: number;
    slots?: unknown;
    note?: string;
  }
  let indexed: Collection<Doc>;
  let plain: Collection<Doc>;
  beforeAll(async () => {
    target = await openTarget('lookup');
    indexed = target.db.collection('indexed');
    plain = target.db.collection('plain');
    await indexed.createIndex({ org: 1 });
    await indexed.createIndex({ tags: 1, day: -1 });
    await indexed.createIndex({ 'slots.room': 1 });
    const docs = [
      { _id: 1, org: 'a', tags: ['x', 'y'], day: 1, slots: [{ room: 'r1' }, { room: 'r2' }] },
      { _id: 2, org: 'b', tags: [], day: 2, slots: [] },
      { _id: 3, org: 'a', tags: 'x', day: 3 },
      { _id: 4, org: null, tags: ['z'], day: 4, slots: { room: 'r1' } },
      { _id: 5, tags: ['y', 'y'], day: 5.0, slots: [{ room: 'r3' }] },
      { _id: 6, org: 'c', tags: [['x']], day: 6 },
    ];
    await indexed.insertMany(docs as Doc[]);
    await plain.insertMany(docs as Doc[]);
  });
  afterAll(async () => {
    await target.close();
  });

  const queries: Document[] = [
    { org: 'a' },
    { org: { $in: ['a', 'c', 'zz'] } },
    { org: { $eq: 'b' } },
    { org: null },
    { org: 'a', day: { $gt: 1 } },
    { tags: 'x' },
    { tags: 'y' },
    { tags: { $in: ['z', 'y'] } },
    { tags: ['x'] },
    { tags: [] },
    { 'slots.room': 'r1' },
    { 'slots.room': { $in: ['r2', 'r3'] } },
    { day: 5 },
  ];

  async function compare(): Promise<void> {
    for (const query of queries) {
      const fromIndex = await indexed.find(query).toArray();
      const fromScan = await plain.find(query).toArray();
      expect({ query, ids: fromIndex.map((d) => d._id) }).toEqual({ query, ids: fromScan.map((d) => d._id) });
    }
  }

  test('after inserts', async () => {
    await compare();
  });

  test('after updates that change and keep indexed values, and deletes', async () => {
    for (const c of [indexed, plain]) {
      // Casts: the documents deliberately mix shapes the driver's update typings cannot express.
      await c.updateOne({ _id: 1 }, { $set: { org: 'c' }, $pull: { tags: 'x' } });
      await c.updateOne({ _id: 3 }, { $set: { note: 'keeps org a' } });
      await c.updateMany({ org: 'a', tags: { $type: 'array' } }, { $push: { tags: 'z' } });
      await c.updateMany({ org: 'a', tags: 'x' }, { $set: { tags: 'w' } } as never);
      await c.replaceOne({ _id: 2 }, { org: 'a', tags: ['x'], day: 9 });
      await c.deleteOne({ _id: 6 });
    }
    await compare();
  });
});
