/**
 * Conformance (embedded engine, or MONGODB_URI): the mongoose 9 model API end to end.
 */
import mongoose from 'mongoose';
import { openTarget, type Target } from './support/target.js';

describe('mongoose 9 models', () => {
  let target: Target;
  let connection: mongoose.Connection;
  beforeAll(async () => {
    target = await openTarget('mongoose');
    connection = await mongoose.createConnection(target.uri, { dbName: target.dbName }).asPromise();
  });
  afterAll(async () => {
    await connection.close();
    await target.close();
  });

  const districtSchema = new mongoose.Schema(
    {
      code: { type: String, required: true, unique: true },
      name: { type: String, required: true },
      households: { type: Number, default: 0 },
      tags: [String],
    },
    { timestamps: true },
  );

  test('create, find, update, delete and syncIndexes behave as with MongoDB', async () => {
    const District = connection.model('District', districtSchema);
    await District.init();
    const indexes = await District.collection.listIndexes().toArray();
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'code_1', key: { code: 1 }, unique: true })]),
    );

    const created = await District.create({ code: 'yaizu-01', name: '本町', households: 120 });
    expect(created.createdAt).toBeInstanceOf(Date);
    await District.insertMany([
      { code: 'yaizu-02', name: '城之腰', households: 80 },
      { code: 'yaizu-03', name: '北浜通', households: 200 },
    ]);

    const big = await District.find({ households: { $gt: 100 } })
      .sort({ households: 1 })
      .lean();
    expect(big.map((d) => d.code)).toEqual(['yaizu-01', 'yaizu-03']);

    const updated = await District.findOneAndUpdate(
      { code: 'yaizu-02' },
      { $inc: { households: 5 }, $addToSet: { tags: 'port' } },
      { returnDocument: 'after' },
    ).lean();
    expect(updated).toMatchObject({ households: 85, tags: ['port'] });

    const upserted = await District.findOneAndUpdate(
      { code: 'yaizu-04' },
      { $set: { name: '新屋' } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(upserted).toMatchObject({ code: 'yaizu-04', name: '新屋', households: 0 });
    expect(upserted?.createdAt).toBeInstanceOf(Date);

    const duplicate = await District.create({ code: 'yaizu-01', name: 'dup' }).catch(
      (error: unknown) => error,
    );
    expect(duplicate).toMatchObject({
      name: 'MongoServerError',
      code: 11000,
      keyPattern: { code: 1 },
      keyValue: { code: 'yaizu-01' },
    });
    expect(String((duplicate as Error).message)).toContain(
      `E11000 duplicate key error collection: ${target.dbName}.districts index: code_1 dup key: { code: "yaizu-01" }`,
    );

    expect(await District.countDocuments({})).toBe(4);
    expect((await District.deleteOne({ code: 'yaizu-04' })).deletedCount).toBe(1);
    expect(await District.exists({ code: 'yaizu-04' })).toBeNull();

    const totals = await District.aggregate<{ _id: null; total: number }>([
      { $group: { _id: null, total: { $sum: '$households' } } },
    ]);
    expect(totals).toEqual([{ _id: null, total: 405 }]);
  });

  test('a capped schema and a $jsonSchema validator through mongoose (createCollection, maxTimeMS)', async () => {
    const Event = connection.model(
      'Event',
      new mongoose.Schema({ n: Number }, { capped: { size: 65_536, max: 3 }, autoCreate: false }),
    );
    await Event.createCollection();
    for (let n = 1; n <= 5; n += 1) await Event.create({ n });
    expect((await Event.find().lean()).map((doc) => doc.n)).toEqual([3, 4, 5]);

    const Report = connection.model('Report', new mongoose.Schema({ title: String, pages: Number }));
    await Report.createCollection({
      validator: {
        $jsonSchema: { bsonType: 'object', required: ['title'], properties: { pages: { minimum: 1 } } },
      },
    });
    await Report.create({ title: 'annual', pages: 12 });
    await expect(Report.create({ pages: 3 })).rejects.toMatchObject({ code: 121 });
    await expect(Report.create({ title: 'empty', pages: 0 })).rejects.toMatchObject({ code: 121 });
    expect(await Report.find().maxTimeMS(5_000).countDocuments()).toBe(1);
  });
});
