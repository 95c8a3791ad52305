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

  test('$addToSet adds only values the collation calls new', async () => {
    const run = (update: Document, options: Document) =>
      updated({ tags: ['Red', 'blue'] }, { _id: 1 }, update, options);
    expect(await run({ $addToSet: { tags: 'RED' } }, { collation: caseless })).toEqual({
      tags: ['Red', 'blue'],
    });
    expect(await run({ $addToSet: { tags: 'RED' } }, {})).toEqual({ tags: ['Red', 'blue', 'RED'] });
    expect(
      await run({ $addToSet: { tags: { $each: ['BLUE', 'green', 'Green'] } } }, { collation: caseless }),
    ).toEqual({ tags: ['Red', 'blue', 'green'] });
    expect(
      await updated({}, { _id: 1 }, { $addToSet: { tags: { $each: ['x', 'X'] } } }, { collation: caseless }),
    ).toEqual({ tags: ['x'] });
  });

  test('$min and $max compare strings under the collation', async () => {
    // Binary, 'B' (0x42) is less than 'a' (0x61); in English 'a' comes first.
    const run = (update: Document, options: Document) => updated({ name: 'B' }, { _id: 1 }, update, options);
    expect(await run({ $min: { name: 'a' } }, { collation: { locale: 'en' } })).toEqual({ name: 'a' });
    expect(await run({ $min: { name: 'a' } }, {})).toEqual({ name: 'B' });
    expect(await run({ $max: { name: 'a' } }, { collation: { locale: 'en' } })).toEqual({ name: 'B' });
    expect(await run({ $max: { name: 'a' } }, {})).toEqual({ name: 'a' });
    // Equal under the collation: no change.
    expect(await run({ $max: { name: 'b' } }, { collation: caseless })).toEqual({ name: 'B' });
    expect(await run({ $max: { other: 'z' } }, { collation: caseless })).toEqual({ name: 'B', other: 'z' });
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
    const pullRed: Document = { $pull: { tags: 'red' } };
    await c.updateOne({ _id: 1 } as never, pullRed);
    await c.updateOne({ _id: 2 } as never, pullRed, { collation: { locale: 'simple' } });
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
    await target.db
      .collection('docs')
      .insertOne({ _id: 1, tags: ['Red'], nums: [3], doc: { k: 'b' } } as never);
  });
  afterAll(async () => {
    await target.close();
  });

  test('$push with $sort over strings, and $min/$max of documents holding strings, under a collation fail loudly', async () => {
    const c = target.db.collection('docs');
    const updates: Document[] = [
      { $push: { tags: { $each: ['a'], $sort: 1 } } },
      { $max: { doc: { k: 'A' } } },
    ];
    for (const update of updates) {
      await expect(c.updateOne({ _id: 1 } as never, update, { collation: caseless })).rejects.toMatchObject({
        code: 238,
      });
    }
    // Without strings, or without a collation, they are answered.
    const sortedNumbers: Document = { $push: { nums: { $each: [2, 1], $sort: 1 } } };
    const sortedStrings: Document = { $push: { tags: { $each: ['a'], $sort: 1 } } };
    await c.updateOne({ _id: 1 } as never, sortedNumbers, { collation: caseless });
    await c.updateOne({ _id: 1 } as never, sortedStrings);
    expect(await c.findOne({ _id: 1 } as never)).toEqual({
      _id: 1,
      tags: ['Red', 'a'],
      nums: [1, 2, 3],
      doc: { k: 'b' },
    });
  });
});
