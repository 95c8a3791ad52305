/**
 * Conformance (embedded engine, or MONGODB_URI): an update's collation (the statement's, else the collection's
 * default) reaches the update itself, not only its filter: array filters, the positional `$`, `$pull` conditions and
 * the expressions of a pipeline update compare strings under it.
 */
import type { Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

const caseless = { locale: 'en', strength: 2 };

describe('collation in updates', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationUpdate');
  });
  afterAll(async () => {
    await target.close();
  });

  /** The document after one updateOne on a fresh copy of `doc`, with or without the collation. */
  async function updated(doc: Document, filter: Document, update: Document | Document[], options: Document) {
    const c = target.db.collection('docs');
    await c.deleteMany({});
    await c.insertOne({ _id: 1, ...doc } as never);
    await c.updateOne(filter, update, options);
    const { _id: _ignored, ...rest } = (await c.findOne({ _id: 1 } as never))!;
    return rest;
  }

  test('array filters match elements under the collation', async () => {
    const run = (options: Document) =>
      updated(
        { tags: ['Red', 'blue', 'RED'] },
        { _id: 1 },
        { $set: { 'tags.$[t]': 'red' } },
        {
          arrayFilters: [{ t: 'red' }],
          ...options,
        },
      );
    expect(await run({ collation: caseless })).toEqual({ tags: ['red', 'blue', 'red'] });
    expect(await run({})).toEqual({ tags: ['Red', 'blue', 'RED'] });
  });

  test('the positional $ names the element the filter matched under the collation', async () => {
    expect(
      await updated(
        { tags: ['blue', 'Red'] },
        { tags: 'red' },
        { $set: { 'tags.$': 'crimson' } },
        { collation: caseless },
      ),
    ).toEqual({ tags: ['blue', 'crimson'] });
  });

  test('$pull and $pullAll remove the values the collation calls equal', async () => {
    const tags = ['Red', 'blue', 'red'];
    expect(await updated({ tags }, { _id: 1 }, { $pull: { tags: 'RED' } }, { collation: caseless })).toEqual({
      tags: ['blue'],
    });
    expect(await updated({ tags }, { _id: 1 }, { $pull: { tags: 'RED' } }, {})).toEqual({ tags });
    expect(
      await updated({ tags }, { _id: 1 }, { $pull: { tags: { $in: ['BLUE'] } } }, { collation: caseless }),
    ).toEqual({ tags: ['Red', 'red'] });
    expect(
      await updated({ tags }, { _id: 1 }, { $pullAll: { tags: ['RED'] } }, { collation: caseless }),
    ).toEqual({
      tags: ['blue'],
    });
    const items = [{ k: 'A' }, { k: 'b' }];
    expect(
      await updated({ items }, { _id: 1 }, { $pull: { items: { k: 'a' } } }, { collation: caseless }),
    ).toEqual({
      items: [{ k: 'b' }],
    });
  });

  test("a pipeline update's expressions compare under the collation", async () => {
    const run = (options: Document) =>
      updated({ name: 'alpha' }, { _id: 1 }, [{ $set: { same: { $eq: ['$name', 'ALPHA'] } } }], options);
    expect(await run({ collation: caseless })).toEqual({ name: 'alpha', same: true });
    expect(await run({})).toEqual({ name: 'alpha', same: false });
  });

  test("the collection's default collation applies to the update; 'simple' on the statement overrides it", async () => {
    await target.db.createCollection('caselessDocs', { collation: caseless });
    const c = target.db.collection('caselessDocs');
    await c.insertMany([
      { _id: 1, tags: ['Red', 'blue'] },
      { _id: 2, tags: ['Red', 'blue'] },
    ] as never);
    await c.updateOne({ _id: 1 } as never, { $pull: { tags: 'red' } });
    await c.updateOne({ _id: 2 } as never, { $pull: { tags: 'red' } }, { collation: { locale: 'simple' } });
    const docs = await c.find({}).sort({ _id: 1 }).toArray();
    expect(docs).toEqual([
      { _id: 1, tags: ['blue'] },
      { _id: 2, tags: ['Red', 'blue'] },
    ]);
    const found = await c.findOneAndUpdate(
      { _id: 2 } as never,
      { $set: { 'tags.$[t]': 'BLUE' } },
      { arrayFilters: [{ t: 'Blue' }], returnDocument: 'after' },
    );
    expect(found).toEqual({ _id: 2, tags: ['Red', 'BLUE'] });
  });
});

describeEngineOnly('collation refusals in updates', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationUpdateRefused');
    await target.db.collection('docs').insertOne({ _id: 1, tags: ['Red'], name: 'b', n: 1 } as never);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$addToSet, $min/$max and $push with $sort on strings under a collation fail loudly', async () => {
    const c = target.db.collection('docs');
    for (const update of [
      { $addToSet: { tags: 'red' } },
      { $max: { name: 'A' } },
      { $min: { name: 'A' } },
      { $push: { tags: { $each: ['a'], $sort: 1 } } },
    ]) {
      await expect(c.updateOne({ _id: 1 } as never, update, { collation: caseless })).rejects.toMatchObject({
        code: 238,
      });
    }
    // Numbers, or no collation, are answered.
    await c.updateOne({ _id: 1 } as never, { $max: { n: 5 } }, { collation: caseless });
    await c.updateOne({ _id: 1 } as never, { $addToSet: { tags: 'red' } });
    expect(await c.findOne({ _id: 1 } as never)).toEqual({ _id: 1, tags: ['Red', 'red'], name: 'b', n: 5 });
  });
});
