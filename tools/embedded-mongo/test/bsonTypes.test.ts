/**
 * Conformance (embedded engine, or MONGODB_URI): BSON numeric types survive a round trip (Double stays Double,
 * int64 stays Long), through inserts, updates, projections and queries on $type.
 */
import { Double, Int32, Long, MongoClient, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('BSON types on the wire', () => {
  let target: Target;
  let raw: MongoClient;
  beforeAll(async () => {
    target = await openTarget('bsonTypes');
    // promoteValues: false shows the BSON type of every number as the server sent it.
    raw = await MongoClient.connect(target.uri, { promoteValues: false });
  });
  afterAll(async () => {
    await raw.close();
    await target.close();
  });

  const typed = (name: string) => raw.db(target.dbName).collection(name);

  test('a stored 42.0 is a double: $type matches it and it comes back as a Double', async () => {
    const c = target.db.collection('doubles');
    await c.insertMany([
      { _id: 1, v: new Double(42) },
      { _id: 2, v: 42 },
      { _id: 3, v: new Double(1.5) },
      { _id: 4, nested: { list: [new Double(7), 7] } },
    ] as never);
    const ids = async (filter: Document) =>
      (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ v: { $type: 'double' } })).toEqual([1, 3]);
    expect(await ids({ v: { $type: 'int' } })).toEqual([2]);
    expect(await ids({ v: 42 })).toEqual([1, 2]);
    expect(await ids({ 'nested.list': { $type: 'double' } })).toEqual([4]);
    const docs = await typed('doubles').find({}).sort({ _id: 1 }).toArray();
    expect(docs[0]?.v).toBeInstanceOf(Double);
    expect(docs[1]?.v).toBeInstanceOf(Int32);
    const list = (docs[3]?.nested as { list: unknown[] }).list;
    expect(list[0]).toBeInstanceOf(Double);
    expect(list[1]).toBeInstanceOf(Int32);
    const projected = await typed('doubles').findOne({ _id: new Int32(1) } as never, {
      projection: { v: 1 },
    });
    expect(projected?.v).toBeInstanceOf(Double);
    const [matched] = await typed('doubles')
      .aggregate([{ $match: { v: { $type: 'double' } } }, { $sort: { _id: 1 } }, { $limit: 1 }])
      .toArray();
    expect(matched?.v).toBeInstanceOf(Double);
  });

  test('updates keep the type of untouched fields and give $set and $inc the type MongoDB gives', async () => {
    const c = target.db.collection('updatedDoubles');
    await c.insertOne({
      _id: 1,
      keep: new Double(3),
      inc: new Double(1),
      set: 5,
      big: Long.fromNumber(10),
    } as never);
    await c.updateOne({ _id: 1 } as never, {
      $set: { set: new Double(6) },
      $inc: { inc: 1, big: 1 },
    });
    const doc = await typed('updatedDoubles').findOne({});
    expect(doc?.keep).toBeInstanceOf(Double);
    expect(doc?.set).toBeInstanceOf(Double);
    expect(doc?.inc).toBeInstanceOf(Double);
    expect((doc?.inc as Double).value).toBe(2);
    expect(doc?.big).toBeInstanceOf(Long);
    expect(String(doc?.big)).toBe('11');
    expect(await c.countDocuments({ big: { $type: 'long' } })).toBe(1);
  });

  test('an int64 stays a Long, also beyond 2^53', async () => {
    const c = target.db.collection('longs');
    const huge = Long.fromString('9007199254740993');
    await c.insertMany([
      { _id: 1, v: Long.fromNumber(5) },
      { _id: 2, v: huge },
    ] as never);
    const docs = await typed('longs').find({}).sort({ _id: 1 }).toArray();
    expect(docs[0]?.v).toBeInstanceOf(Long);
    expect(String(docs[0]?.v)).toBe('5');
    expect(docs[1]?.v).toBeInstanceOf(Long);
    expect(String(docs[1]?.v)).toBe('9007199254740993');
    expect(await c.countDocuments({ v: { $type: 'long' } })).toBe(2);
    expect(await c.countDocuments({ v: 5 })).toBe(1);
    // The default driver settings read a Long as a number when it fits.
    expect((await c.findOne({ _id: 1 } as never))?.v).toBe(5);
  });
});
