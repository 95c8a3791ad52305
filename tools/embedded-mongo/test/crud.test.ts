/**
 * Conformance (embedded engine, or MONGODB_URI): CRUD, projections, BSON types and catalog commands through the driver.
 */
import { ObjectId, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('CRUD through the official driver', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('crud');
  });
  afterAll(async () => {
    await target.close();
  });

  test('insertOne/insertMany assign ids and find reads them back with filter, sort, skip, limit, projection', async () => {
    const people = target.db.collection('people');
    const one = await people.insertOne({ name: 'Aoi', age: 31, city: 'Yaizu' });
    expect(one.insertedId).toBeInstanceOf(ObjectId);
    const many = await people.insertMany([
      { name: 'Haruto', age: 25, city: 'Yaizu' },
      { name: 'Yui', age: 42, city: 'Shizuoka' },
      { name: 'Sota', age: 19, city: 'Yaizu', tags: ['youth'] },
    ]);
    expect(many.insertedCount).toBe(3);

    const yaizu = await people
      .find({ city: 'Yaizu', age: { $gte: 20 } }, { projection: { _id: 0, name: 1 } })
      .sort({ age: -1 })
      .toArray();
    expect(yaizu).toEqual([{ name: 'Aoi' }, { name: 'Haruto' }]);

    const page = await people.find({}).sort({ age: 1 }).skip(1).limit(2).toArray();
    expect(page.map((p) => p.name)).toEqual(['Haruto', 'Aoi']);

    expect(await people.findOne({ _id: one.insertedId })).toMatchObject({ name: 'Aoi' });
    expect(
      await people.findOne({ _id: { $in: [many.insertedIds[1] as ObjectId, new ObjectId()] } }),
    ).toMatchObject({
      name: 'Yui',
    });
    expect(await people.countDocuments({ city: 'Yaizu' })).toBe(3);
    expect(await people.estimatedDocumentCount()).toBe(4);
    expect((await people.distinct('city')).sort()).toEqual(['Shizuoka', 'Yaizu']);
    expect(await people.find({ tags: 'youth' }).toArray()).toHaveLength(1);
    expect(await people.find({ tags: { $exists: false } }).toArray()).toHaveLength(3);
  });

  test('projections keep the document field order and support positional $, $slice and $elemMatch', async () => {
    const c = target.db.collection('projections');
    await c.insertOne({ a: 1, b: 2, c: 3, arr: [{ k: 1 }, { k: 2 }, { k: 3 }], nested: { x: 1, y: 2 } });
    const included = await c.findOne({}, { projection: { c: 1, a: 1, 'nested.y': 1 } });
    expect(Object.keys(included ?? {})).toEqual(['_id', 'a', 'c', 'nested']);
    expect(included?.nested).toEqual({ y: 2 });
    const excluded = await c.findOne({}, { projection: { b: 0, arr: 0, _id: 0 } });
    expect(Object.keys(excluded ?? {})).toEqual(['a', 'c', 'nested']);
    expect(await c.findOne({ 'arr.k': 2 }, { projection: { _id: 0, 'arr.$': 1 } })).toEqual({
      arr: [{ k: 2 }],
    });
    expect(await c.findOne({}, { projection: { _id: 0, arr: { $slice: -1 } } })).toMatchObject({
      arr: [{ k: 3 }],
    });
    expect(await c.findOne({}, { projection: { _id: 0, arr: { $elemMatch: { k: { $gt: 1 } } } } })).toEqual({
      arr: [{ k: 2 }],
    });
    await expect(c.findOne({}, { projection: { a: 1, b: 0 } })).rejects.toMatchObject({
      code: expect.any(Number),
    });
  });

  test('projections and pipelines never change the stored documents', async () => {
    const c = target.db.collection('untouched');
    const original = { _id: 'u', a: { b: 1, c: [1, 2, 3] }, list: [{ k: 1 }, { k: 2 }] };
    await c.insertOne(original as never);
    await c.find({}, { projection: { 'a.b': 0 } }).toArray();
    await c.find({}, { projection: { 'a.c': { $slice: 1 }, list: { $elemMatch: { k: 2 } } } }).toArray();
    await c.aggregate([{ $addFields: { 'a.extra': 1 } }, { $unset: 'a.b' }]).toArray();
    await c.aggregate([{ $match: { _id: 'u' } }, { $set: { 'a.c': [] } }]).toArray();
    await c
      .aggregate([
        { $lookup: { from: 'untouched', localField: '_id', foreignField: '_id', as: 'self' } },
        { $unwind: '$self' },
        { $set: { 'self.a.b': 42 } },
      ])
      .toArray();
    expect(await c.findOne({ _id: 'u' } as never)).toEqual(original);
  });

  test('explicit sessions carry lsid on every command', async () => {
    const session = target.client.startSession();
    try {
      const c = target.db.collection('sessions');
      await c.insertOne({ a: 1 }, { session });
      await c.updateOne({ a: 1 }, { $set: { b: 2 } }, { session });
      expect(await c.findOne({ a: 1 }, { session })).toMatchObject({ a: 1, b: 2 });
    } finally {
      await session.endSession();
    }
  });

  test('BSON types round-trip', async () => {
    const values = target.db.collection('values');
    const when = new Date('2026-04-01T00:00:00+09:00');
    const { insertedId } = await values.insertOne({
      when,
      nested: { a: [1, 'two', null] },
      ref: new ObjectId(),
      big: 2 ** 40,
    });
    const doc = await values.findOne({ _id: insertedId });
    expect(doc?.when).toEqual(when);
    expect(doc?.nested).toEqual({ a: [1, 'two', null] });
    expect(doc?.ref).toBeInstanceOf(ObjectId);
    expect(doc?.big).toBe(2 ** 40);
    expect(await values.countDocuments({ when: { $gt: new Date('2026-03-31T00:00:00Z') } })).toBe(1);
  });

  test('$type knows BSON types and looks inside arrays', async () => {
    const c = target.db.collection('types');
    await c.insertMany([
      { _id: 1, v: 'text' },
      { _id: 2, v: 10 },
      { _id: 3, v: 1.5 },
      { _id: 4, v: new ObjectId() },
      { _id: 5, v: new Date('2026-06-16T01:00:00Z') },
      { _id: 6, v: null },
      { _id: 7, v: [1, 'x'] },
      { _id: 8, v: { nested: true } },
      { _id: 9 },
    ] as never[]);
    const ids = async (type: unknown) =>
      (await c.find({ v: { $type: type } } as never).toArray()).map((d) => d._id).sort();
    expect(await ids('objectId')).toEqual([4]);
    expect(await ids('string')).toEqual([1, 7]);
    expect(await ids('int')).toEqual([2, 7]);
    expect(await ids('double')).toEqual([3]);
    expect(await ids('number')).toEqual([2, 3, 7]);
    expect(await ids(['date', 'null'])).toEqual([5, 6]);
    expect(await ids('array')).toEqual([7]);
    expect(await ids(3)).toEqual([8]);
    await expect(ids('nonsense')).rejects.toMatchObject({ code: 2 });
  });

  test('a hint must name an existing index', async () => {
    const c = target.db.collection('hinted');
    await c.createIndex({ k: 1 });
    await c.insertMany([{ k: 1 }, { k: 2 }]);
    expect(await c.find({ k: 2 }).hint('k_1').toArray()).toHaveLength(1);
    expect(await c.find({ k: 2 }).hint({ k: 1 }).toArray()).toHaveLength(1);
    await expect(c.find({ k: 2 }).hint('nope_1').toArray()).rejects.toMatchObject({ code: 2 });
    await expect(c.countDocuments({}, { hint: { nope: 1 } })).rejects.toMatchObject({ code: 2 });
  });

  test('let variables reach $expr in find, aggregate and delete; $natural sorts by insertion order', async () => {
    const c = target.db.collection('vars');
    await c.insertMany([{ n: 1 }, { n: 5 }, { n: 3 }]);
    const ns = (docs: Document[]) => docs.map((d) => d.n as unknown);
    expect(ns(await c.find({ $expr: { $gt: ['$n', '$$min'] } }, { let: { min: 2 } }).toArray())).toEqual([
      5, 3,
    ]);
    expect(
      ns(await c.aggregate([{ $match: { $expr: { $lt: ['$n', '$$max'] } } }], { let: { max: 4 } }).toArray()),
    ).toEqual([1, 3]);
    expect(ns(await c.find().sort({ $natural: -1 }).toArray())).toEqual([3, 5, 1]);
    expect((await c.deleteMany({ $expr: { $eq: ['$n', '$$x'] } }, { let: { x: 5 } })).deletedCount).toBe(1);
  });

  test('deleteOne and deleteMany report counts', async () => {
    const items = target.db.collection('items');
    await items.insertMany([{ k: 1 }, { k: 1 }, { k: 2 }, { k: 3 }]);
    expect((await items.deleteOne({ k: 1 })).deletedCount).toBe(1);
    expect((await items.deleteMany({ k: { $lte: 2 } })).deletedCount).toBe(2);
    expect((await items.deleteMany({ k: 99 })).deletedCount).toBe(0);
    expect(await items.find().toArray()).toEqual([expect.objectContaining({ k: 3 })]);
  });

  test('replaceOne keeps the _id and createIndexes/listIndexes/dropIndex manage indexes', async () => {
    const items = target.db.collection('replace');
    const { insertedId } = await items.insertOne({ a: 1, b: 2 });
    const result = await items.replaceOne({ _id: insertedId }, { a: 5 });
    expect(result.modifiedCount).toBe(1);
    expect(await items.findOne({ _id: insertedId })).toEqual({ _id: insertedId, a: 5 });

    expect(await items.createIndex({ a: 1, b: -1 })).toBe('a_1_b_-1');
    expect(await items.createIndex({ a: 1, b: -1 })).toBe('a_1_b_-1');
    const indexes = await items.listIndexes().toArray();
    expect(indexes.map((i) => i.name)).toEqual(['_id_', 'a_1_b_-1']);
    await items.dropIndex('a_1_b_-1');
    expect((await items.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  test('collections and databases are listed, dropped and created explicitly', async () => {
    await target.db.createCollection('explicit');
    await expect(target.db.createCollection('explicit')).rejects.toMatchObject({ code: 48 });
    const names = (await target.db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['explicit', 'people']));
    expect(await target.db.collection('explicit').drop()).toBe(true);
    const dbs = await target.client.db('admin').admin().listDatabases();
    expect(dbs.databases.map((d) => d.name)).toContain(target.dbName);
    expect(await target.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
    const stats = await target.db.command({ dbStats: 1 });
    expect(stats).toMatchObject({ db: target.dbName, ok: 1 });
    expect(stats.objects).toBeGreaterThan(0);
    expect(stats.collections).toBe(names.length - 1);
  });
});
