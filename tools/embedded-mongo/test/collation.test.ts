/**
 * Conformance (embedded engine, or MONGODB_URI): collations in find, sort, aggregate, as a collection default and
 * on unique indexes, with locale and strength (ICU, as MongoDB), including Japanese kana order.
 */
import type { Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

describe('collation', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collation');
    await target.db.collection('names').insertMany([
      { _id: 1, name: 'Zeta' },
      { _id: 2, name: 'alpha' },
      { _id: 3, name: 'Beta' },
      { _id: 4, name: 'ALPHA' },
      { _id: 5, name: 'álpha' },
    ] as never);
  });
  afterAll(async () => {
    await target.close();
  });

  const names = (docs: Document[]) => docs.map((doc) => doc.name as string);

  test('find sorts by the collation, not by code unit', async () => {
    const c = target.db.collection('names');
    const binary = await c.find({}).sort({ name: 1 }).toArray();
    expect(names(binary)).toEqual(['ALPHA', 'Beta', 'Zeta', 'alpha', 'álpha']);
    const english = await c.find({}).sort({ name: 1, _id: 1 }).collation({ locale: 'en' }).toArray();
    expect(names(english)).toEqual(['alpha', 'ALPHA', 'álpha', 'Beta', 'Zeta']);
  });

  test('strength decides equality: 1 ignores case and accents, 2 ignores case only', async () => {
    const c = target.db.collection('names');
    const ids = async (filter: Document, strength: number) =>
      (await c.find(filter).sort({ _id: 1 }).collation({ locale: 'en', strength }).toArray()).map(
        (d) => d._id,
      );
    expect(await ids({ name: 'alpha' }, 1)).toEqual([2, 4, 5]);
    expect(await ids({ name: 'alpha' }, 2)).toEqual([2, 4]);
    expect(await ids({ name: 'alpha' }, 3)).toEqual([2]);
    expect(await ids({ name: { $in: ['beta', 'zeta'] } }, 2)).toEqual([1, 3]);
    expect(await ids({ name: { $gt: 'b' } }, 2)).toEqual([1, 3]);
    expect(await c.countDocuments({ name: 'ALPHA' }, { collation: { locale: 'en', strength: 2 } })).toBe(2);
  });

  test('aggregate honours the collation in $match and $sort', async () => {
    const c = target.db.collection('names');
    const docs = await c
      .aggregate([{ $match: { name: 'alpha' } }, { $sort: { _id: -1 } }], {
        collation: { locale: 'en', strength: 1 },
      })
      .toArray();
    expect(docs.map((d) => d._id)).toEqual([5, 4, 2]);
    const sorted = await c
      .aggregate([{ $sort: { name: 1, _id: 1 } }, { $project: { _id: 0, name: 1 } }], {
        collation: { locale: 'en' },
      })
      .toArray();
    expect(names(sorted)).toEqual(['alpha', 'ALPHA', 'álpha', 'Beta', 'Zeta']);
  });

  test('Japanese: kana names sort in gojūon order, hiragana and katakana together', async () => {
    const c = target.db.collection('kana');
    await c.insertMany([
      { name: 'すずき' },
      { name: 'アオキ' },
      { name: 'いとう' },
      { name: 'かとう' },
      { name: 'あべ' },
    ]);
    const docs = await c
      .find({}, { projection: { _id: 0 } })
      .sort({ name: 1 })
      .collation({ locale: 'ja' })
      .toArray();
    expect(names(docs)).toEqual(['アオキ', 'あべ', 'いとう', 'かとう', 'すずき']);
  });

  test('a collection default collation applies to queries, sorts and new indexes', async () => {
    await target.db.createCollection('people', { collation: { locale: 'en', strength: 2 } });
    const c = target.db.collection('people');
    await c.insertMany([{ name: 'Zeta' }, { name: 'alpha' }, { name: 'Alpha' }]);
    expect(await c.countDocuments({ name: 'ALPHA' })).toBe(2);
    const docs = await c
      .find({}, { projection: { _id: 0 } })
      .sort({ name: -1 })
      .toArray();
    expect(names(docs)[0]).toBe('Zeta');
    const [info] = await target.db.listCollections({ name: 'people' }).toArray();
    expect((info as { options: Document }).options.collation).toMatchObject({ locale: 'en', strength: 2 });
    // A simple collation on the command overrides the default.
    expect(await c.countDocuments({ name: 'ALPHA' }, { collation: { locale: 'simple' } })).toBe(0);
  });

  test('a unique index compares keys under its collation', async () => {
    const c = target.db.collection('uniqueCollated');
    await c.createIndex({ email: 1 }, { unique: true, collation: { locale: 'en', strength: 2 } });
    await c.insertOne({ email: 'Aoi@Example.org' });
    await expect(c.insertOne({ email: 'aoi@example.org' })).rejects.toMatchObject({ code: 11000 });
    await c.insertOne({ email: 'sota@example.org' });
    const indexes = await c.listIndexes().toArray();
    expect(indexes.find((index) => index.name === 'email_1')?.collation).toMatchObject({
      locale: 'en',
      strength: 2,
    });
  });

  test('an index on a collection with a default collation changes no answer: equality, ranges, $in, sorts, hint', async () => {
    await target.db.createCollection('indexedPeople', { collation: { locale: 'en', strength: 2 } });
    const c = target.db.collection('indexedPeople');
    await c.createIndex({ name: 1 }); // takes the collection's collation
    await c.createIndex({ name: 1, _id: 1 }, { collation: { locale: 'simple' } }); // binary order
    await c.insertMany([
      { _id: 1, name: 'Zeta' },
      { _id: 2, name: 'alpha' },
      { _id: 3, name: 'Alpha' },
      { _id: 4, name: 'beta' },
    ] as never);
    const ids = (docs: Document[]) => docs.map((doc) => doc._id as number);
    expect(await c.countDocuments({ name: 'ALPHA' })).toBe(2);
    expect(
      ids(
        await c
          .find({ name: { $in: ['ALPHA', 'ZETA'] } })
          .sort({ _id: 1 })
          .toArray(),
      ),
    ).toEqual([1, 2, 3]);
    // Binary order would put 'Zeta' before 'alpha' and leave it out of this range.
    expect(
      names(
        await c
          .find({ name: { $gt: 'alpha' } })
          .sort({ name: 1 })
          .toArray(),
      ),
    ).toEqual(['beta', 'Zeta']);
    expect(names(await c.find({}).sort({ name: -1 }).limit(1).toArray())).toEqual(['Zeta']);
    expect(await c.countDocuments({ name: 'ALPHA' }, { hint: { name: 1 } })).toBe(2);
    expect(await c.countDocuments({ name: 'ALPHA' }, { hint: { name: 1, _id: 1 } })).toBe(2);
    expect(
      names(
        await c
          .find({ name: { $gt: 'alpha' } }, { hint: { name: 1, _id: 1 } })
          .sort({ name: 1 })
          .toArray(),
      ),
    ).toEqual(['beta', 'Zeta']);
    expect(
      names(
        await c
          .find({ name: { $lte: 'BETA' } }, { hint: { name: 1 } })
          .sort({ name: 1, _id: 1 })
          .toArray(),
      ),
    ).toEqual(['alpha', 'Alpha', 'beta']);
    // The simple collation on the command: binary comparison, whatever the index.
    expect(await c.countDocuments({ name: 'ALPHA' }, { collation: { locale: 'simple' } })).toBe(0);
    expect(
      names(
        await c
          .find({ name: { $gte: 'a' } })
          .collation({ locale: 'simple' })
          .sort({ _id: 1 })
          .toArray(),
      ),
    ).toEqual(['alpha', 'beta']);
  });

  test('an index with a collation answers queries with and without that collation', async () => {
    const c = target.db.collection('collatedIndex');
    await c.createIndex({ email: 1 }, { collation: { locale: 'en', strength: 2 } });
    await c.insertMany([
      { email: 'Aoi@Example.org' },
      { email: 'sota@example.org' },
      { email: 'Ren@example.org' },
    ]);
    const emails = (docs: Document[]) => docs.map((doc) => doc.email as string);
    expect(await c.countDocuments({ email: 'aoi@example.org' })).toBe(0);
    expect(await c.countDocuments({ email: 'Aoi@Example.org' })).toBe(1);
    const strength2 = { locale: 'en', strength: 2 };
    expect(await c.countDocuments({ email: 'aoi@example.org' }, { collation: strength2 })).toBe(1);
    expect(
      emails(
        await c
          .find({}, { projection: { _id: 0, email: 1 } })
          .sort({ email: 1 })
          .toArray(),
      ),
    ).toEqual(['Aoi@Example.org', 'Ren@example.org', 'sota@example.org']);
    expect(
      emails(
        await c
          .find({ email: { $gt: 'b' } })
          .collation(strength2)
          .sort({ email: 1 })
          .toArray(),
      ),
    ).toEqual(['Ren@example.org', 'sota@example.org']);
  });

  test('ICU locale names: en_US and de@collation=phonebook', async () => {
    const c = target.db.collection('names');
    const docs = await c
      .find({})
      .sort({ name: 1, _id: 1 })
      .collation({ locale: 'en_US', strength: 1 })
      .toArray();
    expect(names(docs)).toEqual(['alpha', 'ALPHA', 'álpha', 'Beta', 'Zeta']);
    const german = target.db.collection('german');
    await german.insertMany([{ name: 'Müller' }, { name: 'Mueller' }, { name: 'Muffler' }, { name: 'Mzyk' }]);
    const phonebook = await german
      .find({}, { projection: { _id: 0 } })
      .sort({ name: 1 })
      .collation({ locale: 'de@collation=phonebook' })
      .toArray();
    // In the phone book order ü sorts as ue: Mueller, Müller, then Muffler.
    expect(names(phonebook)).toEqual(['Mueller', 'Müller', 'Muffler', 'Mzyk']);
  });

  test('one key pattern can be indexed under several collations, each its own index', async () => {
    const c = target.db.collection('readings');
    await c.insertMany([{ kana: 'カキ' }, { kana: 'ガキ' }, { kana: 'キク' }]);
    await c.createIndex({ kana: 1 }, { name: 'kana_binary' });
    await c.createIndex({ kana: 1 }, { name: 'kana_ja', collation: { locale: 'ja' } });
    const indexes = await c.indexes();
    expect(indexes.map((index) => index.name).sort()).toEqual(['_id_', 'kana_binary', 'kana_ja']);
    // The same keys and collation under another name is still the same index.
    await expect(
      c.createIndex({ kana: 1 }, { name: 'kana_ja_again', collation: { locale: 'ja' } }),
    ).rejects.toMatchObject({ code: 85 });
    // The same name with another collation conflicts.
    await expect(
      c.createIndex({ kana: 1 }, { name: 'kana_binary', collation: { locale: 'en' } }),
    ).rejects.toMatchObject({ code: 85 });
    const ordered = await c
      .find({}, { projection: { _id: 0 } })
      .sort({ kana: 1 })
      .collation({ locale: 'ja' })
      .toArray();
    expect(ordered.map((doc) => doc.kana)).toEqual(['カキ', 'ガキ', 'キク']);
  });

  test('a bad collation is refused', async () => {
    const c = target.db.collection('names');
    await expect(
      c
        .find({})
        .collation({ strength: 2 } as never)
        .toArray(),
    ).rejects.toMatchObject({
      code: expect.any(Number),
    });
    await expect(c.find({}).collation({ locale: 'en', strength: 9 }).toArray()).rejects.toMatchObject({
      code: expect.any(Number),
    });
    await expect(c.find({}).collation({ locale: 'no such locale' }).toArray()).rejects.toMatchObject({
      code: expect.any(Number),
    });
    await expect(
      c
        .find({})
        .collation({ locale: 'en', color: 'red' } as never)
        .toArray(),
    ).rejects.toMatchObject({
      code: expect.any(Number),
    });
  });
});

describeEngineOnly('collation options Intl.Collator cannot honour', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationRefused');
  });
  afterAll(async () => {
    await target.close();
  });

  test('strength 4 and 5, backwards and maxVariable space fail loudly with NotImplemented', async () => {
    const c = target.db.collection('any');
    for (const collation of [
      { locale: 'en', strength: 4 },
      { locale: 'en', strength: 5 },
      { locale: 'fr', backwards: true },
      { locale: 'en', alternate: 'shifted', maxVariable: 'space' },
    ] as Document[]) {
      await expect(
        c
          .find({})
          .collation(collation as never)
          .toArray(),
      ).rejects.toMatchObject({ code: 238 });
    }
  });
});
