/**
 * Conformance (embedded engine, or MONGODB_URI): collection validators ($jsonSchema and query operators) with
 * validationLevel and validationAction, set by create and changed by collMod, failing with code 121 and errInfo.
 */
import { MongoServerError, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

const personSchema = {
  $jsonSchema: {
    bsonType: 'object',
    required: ['name', 'age'],
    properties: {
      name: { bsonType: 'string', minLength: 1 },
      age: { bsonType: 'int', minimum: 0 },
      email: { bsonType: 'string', pattern: '@' },
      tags: { bsonType: 'array', items: { bsonType: 'string' } },
    },
  },
};

async function failure(promise: Promise<unknown>): Promise<MongoServerError> {
  const error = await promise.then(
    () => new Error('the write was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}

describe('collection validators', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('validation');
  });
  afterAll(async () => {
    await target.close();
  });

  test('$jsonSchema with bsonType: valid documents pass, invalid ones fail with code 121 and errInfo', async () => {
    await target.db.createCollection('people', { validator: personSchema });
    const people = target.db.collection('people');
    await people.insertOne({ name: 'Aiko', age: 31, tags: ['board'] });

    const missing = await failure(people.insertOne({ _id: 'p2' as never, name: 'Ken' }));
    expect(missing).toMatchObject({ code: 121, codeName: 'DocumentValidationFailure' });
    expect(missing.message).toContain('Document failed validation');
    const info = missing.errInfo as Document;
    expect(info.failingDocumentId).toBe('p2');
    expect(info.details.operatorName).toBe('$jsonSchema');
    expect(info.details.schemaRulesNotSatisfied).toContainEqual(
      expect.objectContaining({ operatorName: 'required', missingProperties: ['age'] }),
    );

    const wrongType = await failure(people.insertOne({ name: 'Mei', age: 'thirty' }));
    const rules = (wrongType.errInfo as Document).details.schemaRulesNotSatisfied as Document[];
    expect(rules).toContainEqual(
      expect.objectContaining({
        operatorName: 'properties',
        propertiesNotSatisfied: [
          expect.objectContaining({
            propertyName: 'age',
            details: [expect.objectContaining({ operatorName: 'bsonType', reason: 'type did not match' })],
          }),
        ],
      }),
    );
    await failure(people.insertOne({ name: 'Mei', age: -1 }));
    await failure(people.insertOne({ name: '', age: 3 }));
    await failure(people.insertOne({ name: 'Mei', age: 3, email: 'no-at-sign' }));
    await failure(people.insertOne({ name: 'Mei', age: 3, tags: ['ok', 7] }));
    expect(await people.countDocuments()).toBe(1);
  });

  test('updates, upserts and findAndModify are validated too; nothing invalid is stored', async () => {
    const people = target.db.collection('people');
    await expect(people.updateOne({ name: 'Aiko' }, { $set: { age: 'old' } })).rejects.toMatchObject({
      code: 121,
    });
    await expect(
      people.updateOne({ name: 'Nobody' }, { $set: { nickname: 'x' } }, { upsert: true }),
    ).rejects.toMatchObject({ code: 121 });
    await expect(people.findOneAndUpdate({ name: 'Aiko' }, { $unset: { name: '' } })).rejects.toMatchObject({
      code: 121,
    });
    await expect(people.replaceOne({ name: 'Aiko' }, { name: 'Aiko' })).rejects.toMatchObject({ code: 121 });
    expect(await people.findOne({}, { projection: { _id: 0 } })).toEqual({
      name: 'Aiko',
      age: 31,
      tags: ['board'],
    });
    await people.updateOne({ name: 'Aiko' }, { $inc: { age: 1 } });
    expect((await people.findOne({ name: 'Aiko' }))?.age).toBe(32);
  });

  test('a query-operator validator explains the failing clause', async () => {
    await target.db.createCollection('grants', {
      validator: { amount: { $gte: 0 }, status: { $in: ['open', 'closed'] } },
    });
    const grants = target.db.collection('grants');
    await grants.insertOne({ amount: 10, status: 'open' });
    const error = await failure(grants.insertOne({ _id: 'g2' as never, amount: -5, status: 'open' }));
    expect(error.code).toBe(121);
    const details = (error.errInfo as Document).details as Document;
    expect((error.errInfo as Document).failingDocumentId).toBe('g2');
    expect(details.operatorName).toBe('$and');
    expect(details.clausesNotSatisfied).toEqual([
      expect.objectContaining({
        index: 0,
        details: expect.objectContaining({
          operatorName: '$gte',
          reason: 'comparison failed',
          consideredValue: -5,
        }),
      }),
    ]);
    await expect(grants.insertOne({ amount: 1, status: 'lost' })).rejects.toMatchObject({ code: 121 });
  });

  test('validationAction warn accepts the invalid document; validationLevel off skips validation', async () => {
    await target.db.createCollection('warned', {
      validator: { n: { $type: 'int' } },
      validationAction: 'warn',
    });
    await target.db.collection('warned').insertOne({ n: 'not a number' });
    expect(await target.db.collection('warned').countDocuments()).toBe(1);
    await target.db.createCollection('off', { validator: { n: { $type: 'int' } }, validationLevel: 'off' });
    await target.db.collection('off').insertOne({ n: 'not a number' });
    expect(await target.db.collection('off').countDocuments()).toBe(1);
  });

  test('bypassDocumentValidation skips the validator for that write', async () => {
    await target.db.collection('people').insertOne({ legacy: true }, { bypassDocumentValidation: true });
    expect(await target.db.collection('people').countDocuments({ legacy: true })).toBe(1);
  });

  test('collMod adds a validator; moderate leaves already-invalid documents updatable', async () => {
    const notes = target.db.collection('notes');
    await notes.insertMany([
      { _id: 'old' as never, text: 5 },
      { _id: 'good' as never, text: 'fine' },
    ]);
    const reply = await target.db.command({
      collMod: 'notes',
      validator: { text: { $type: 'string' } },
      validationLevel: 'moderate',
    });
    expect(reply.ok).toBe(1);
    // The document that was already invalid may still be updated (moderate); the valid one must stay valid.
    await notes.updateOne({ _id: 'old' as never }, { $set: { touched: true } });
    await expect(notes.updateOne({ _id: 'good' as never }, { $set: { text: 7 } })).rejects.toMatchObject({
      code: 121,
    });
    await expect(notes.insertOne({ text: 1 })).rejects.toMatchObject({ code: 121 });
    await target.db.command({ collMod: 'notes', validationLevel: 'strict' });
    await expect(notes.updateOne({ _id: 'old' as never }, { $set: { again: true } })).rejects.toMatchObject({
      code: 121,
    });
    const [info] = (await target.db.listCollections({ name: 'notes' }).toArray()) as Document[];
    expect(info?.options).toMatchObject({
      validator: { text: { $type: 'string' } },
      validationLevel: 'strict',
    });
  });

  test('bad validator settings are refused at create and collMod', async () => {
    await expect(
      target.db.createCollection('bad1', {
        validator: { $jsonSchema: { bsonType: 'object', frobnicate: 1 } },
      }),
    ).rejects.toMatchObject({ ok: 0 });
    await expect(
      target.db.createCollection('bad2', { validator: { a: { $frob: 1 } } }),
    ).rejects.toMatchObject({
      code: 2,
    });
    await expect(target.db.createCollection('bad3', { validationLevel: 'sometimes' })).rejects.toMatchObject({
      code: 2,
    });
    await expect(target.db.command({ collMod: 'no_such_collection', validator: {} })).rejects.toMatchObject({
      code: 26,
    });
    expect((await target.db.listCollections({ name: /^bad/ }).toArray()).length).toBe(0);
  });
});

describe('collMod index hiding', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('hidden');
  });
  afterAll(async () => {
    await target.close();
  });

  test('hiding and unhiding an index answers hidden_old/hidden_new and listIndexes shows it', async () => {
    const c = target.db.collection('orgs');
    await c.insertMany([{ code: 'a' }, { code: 'b' }]);
    await c.createIndex({ code: 1 }, { name: 'code_1', unique: true });
    expect(
      await target.db.command({ collMod: 'orgs', index: { name: 'code_1', hidden: true } }),
    ).toMatchObject({
      hidden_old: false,
      hidden_new: true,
      ok: 1,
    });
    const hidden = (await c.listIndexes().toArray()).find((index) => index.name === 'code_1');
    expect(hidden?.hidden).toBe(true);
    // Hidden indexes still answer queries correctly (by scan) and are still enforced.
    expect(await c.find({ code: 'b' }).toArray()).toHaveLength(1);
    await expect(c.insertOne({ code: 'a' })).rejects.toMatchObject({ code: 11000 });
    expect(
      await target.db.command({ collMod: 'orgs', index: { keyPattern: { code: 1 }, hidden: false } }),
    ).toMatchObject({ hidden_old: true, hidden_new: false });
    const shown = (await c.listIndexes().toArray()).find((index) => index.name === 'code_1');
    expect(shown?.hidden).toBeUndefined();
  });

  test('an unknown index: code 27 IndexNotFound', async () => {
    await expect(
      target.db.command({ collMod: 'orgs', index: { name: 'nope_1', hidden: true } }),
    ).rejects.toMatchObject({ code: 27 });
  });
});
