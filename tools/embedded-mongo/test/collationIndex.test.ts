/**
 * Conformance (embedded engine, or MONGODB_URI): an index with a collation orders and matches its string keys by
 * that collation. A query under the same collation (the command's, else the collection's default) uses it for string
 * equality, $in, ranges and sorts; a query under another collation, or none, gets no string bounds nor sorts from it
 * (MongoDB falls back to another plan), yet every answer is the same as a collection scan's.
 */
import type { CollationOptions, Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';
import { executionStats, indexUsed, winningStages } from './support/plans.js';

const caseless: CollationOptions = { locale: 'en', strength: 2 };

describe('indexes with a collation', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('collationIndex');
    const c = target.db.collection('people');
    await c.insertMany([
      { _id: 1, name: 'Zeta' },
      { _id: 2, name: 'alpha' },
      { _id: 3, name: 'ABC' },
      { _id: 4, name: 'abc' },
      { _id: 5, name: 'Beta' },
      { _id: 6, name: 'delta' },
      { _id: 7, name: 'Gamma' },
    ] as never);
    await c.createIndex({ name: 1 }, { name: 'name_en2', collation: caseless });
  });
  afterAll(async () => {
    await target.close();
  });

  const explain = (filter: Document, options: Document = {}) =>
    target.db.command({ explain: { find: 'people', filter, ...options }, verbosity: 'executionStats' });
  const ids = (docs: Document[]) => docs.map((doc) => doc._id as number);

  test('equality and $in under the index collation are index lookups that match every case', async () => {
    const c = target.db.collection('people');
    expect(ids(await c.find({ name: 'abc' }).collation(caseless).sort({ _id: 1 }).toArray())).toEqual([3, 4]);
    const point = await explain({ name: 'abc' }, { collation: caseless });
    expect(indexUsed(point)).toBe('name_en2');
    expect(executionStats(point)).toMatchObject({ nReturned: 2, totalKeysExamined: 2, totalDocsExamined: 2 });

    const filter = { name: { $in: ['ABC', 'zeta', 'aBc'] } };
    expect(ids(await c.find(filter).collation(caseless).sort({ _id: 1 }).toArray())).toEqual([1, 3, 4]);
    const list = await explain(filter, { collation: caseless });
    expect(indexUsed(list)).toBe('name_en2');
    expect(executionStats(list)).toMatchObject({ nReturned: 3, totalDocsExamined: 3 });
  });

  test('a string range is bounded by the collator order, not code units', async () => {
    const c = target.db.collection('people');
    const filter = { name: { $gt: 'b', $lt: 'z' } };
    const names = await c.find(filter).collation(caseless).sort({ name: 1 }).toArray();
    // Binary order would leave out 'Beta' and 'Gamma' (capitals sort before 'b').
    expect(names.map((doc) => doc.name)).toEqual(['Beta', 'delta', 'Gamma']);
    const plan = await explain(filter, { collation: caseless, sort: { name: 1 } });
    expect(indexUsed(plan)).toBe('name_en2');
    expect(winningStages(plan)).not.toContain('SORT');
    const stats = executionStats(plan);
    expect(stats.nReturned).toBe(3);
    expect(stats.totalDocsExamined).toBe(3);
    expect(stats.totalKeysExamined).toBeGreaterThanOrEqual(3);
    expect(stats.totalKeysExamined).toBeLessThanOrEqual(4);
  });

  test('the index serves a sort in collation order, alphabetically across case', async () => {
    const c = target.db.collection('people');
    const sorted = await c.find({}).collation(caseless).sort({ name: 1 }).toArray();
    expect(sorted.map((doc) => (doc.name as string).toLowerCase())).toEqual([
      'abc',
      'abc',
      'alpha',
      'beta',
      'delta',
      'gamma',
      'zeta',
    ]);
    const top = await c.find({}).collation(caseless).sort({ name: -1 }).limit(2).toArray();
    expect(top.map((doc) => doc.name)).toEqual(['Zeta', 'Gamma']);
    const plan = await explain({}, { collation: caseless, sort: { name: -1 }, limit: 2 });
    expect(indexUsed(plan)).toBe('name_en2');
    expect(winningStages(plan)).not.toContain('SORT');
    expect(executionStats(plan)).toMatchObject({ nReturned: 2, totalKeysExamined: 2, totalDocsExamined: 2 });
  });

  test('a query under another collation, or none, gets no string bounds or sort from it and still answers right', async () => {
    const c = target.db.collection('people');
    // No collation: binary equality, so only the exact spelling.
    expect(ids(await c.find({ name: 'abc' }).toArray())).toEqual([4]);
    const binary = await explain({ name: 'abc' });
    expect(indexUsed(binary)).toBeNull();
    expect(winningStages(binary)).toContain('COLLSCAN');
    // Another collation (French, strength 3): case matters again.
    const french: CollationOptions = { locale: 'fr' };
    expect(ids(await c.find({ name: 'ABC' }).collation(french).toArray())).toEqual([3]);
    expect(indexUsed(await explain({ name: 'ABC' }, { collation: french }))).toBeNull();
    // Strength 1 is another collation too, though it calls the same strings equal here.
    const base: CollationOptions = { locale: 'en', strength: 1 };
    expect(ids(await c.find({ name: 'abc' }).collation(base).sort({ _id: 1 }).toArray())).toEqual([3, 4]);
    expect(indexUsed(await explain({ name: 'abc' }, { collation: base }))).toBeNull();
    // A binary sort is sorted, not read from the collated index.
    const sorted = await c.find({}).sort({ name: 1 }).toArray();
    expect(sorted.map((doc) => doc.name)).toEqual(['ABC', 'Beta', 'Gamma', 'Zeta', 'abc', 'alpha', 'delta']);
    expect(winningStages(await explain({}, { sort: { name: 1 } }))).toContain('SORT');
  });

  test('without the collation the index still bounds values that are not strings', async () => {
    const c = target.db.collection('scores');
    await c.createIndex({ score: 1 }, { name: 'score_en2', collation: caseless });
    await c.insertMany([
      { _id: 1, score: 42 },
      { _id: 2, score: 'forty-two' },
      { _id: 3, score: 7 },
    ] as never);
    expect(ids(await c.find({ score: 42 }).toArray())).toEqual([1]);
    const plan = await target.db.command({
      explain: { find: 'scores', filter: { score: { $gte: 10 } } },
      verbosity: 'executionStats',
    });
    expect(indexUsed(plan)).toBe('score_en2');
    expect(executionStats(plan).nReturned).toBe(1);
    expect(executionStats(plan).totalDocsExamined).toBe(1);
  });

  test('Japanese: a ja index gives kana names in gojūon order, hiragana and katakana together', async () => {
    const c = target.db.collection('kana');
    await c.insertMany([
      { name: 'すずき' },
      { name: 'アオキ' },
      { name: 'いとう' },
      { name: 'かとう' },
      { name: 'あべ' },
    ]);
    await c.createIndex({ name: 1 }, { name: 'name_ja', collation: { locale: 'ja' } });
    const sorted = await c.find({}).collation({ locale: 'ja' }).sort({ name: 1 }).toArray();
    expect(sorted.map((doc) => doc.name)).toEqual(['アオキ', 'あべ', 'いとう', 'かとう', 'すずき']);
    const plan = await target.db.command({
      explain: { find: 'kana', filter: {}, sort: { name: 1 }, collation: { locale: 'ja' } },
      verbosity: 'executionStats',
    });
    expect(indexUsed(plan)).toBe('name_ja');
    expect(winningStages(plan)).not.toContain('SORT');
    const range = await c
      .find({ name: { $gte: 'い', $lt: 'さ' } })
      .collation({ locale: 'ja' })
      .sort({ name: 1 })
      .toArray();
    expect(range.map((doc) => doc.name)).toEqual(['いとう', 'かとう']);
  });

  test("a collection's default collation: its indexes serve queries that name no collation", async () => {
    await target.db.createCollection('members', { collation: caseless });
    const c = target.db.collection('members');
    await c.createIndex({ email: 1 });
    await c.insertMany([
      { _id: 1, email: 'Ren@example.org' },
      { _id: 2, email: 'aoi@example.org' },
      { _id: 3, email: 'REN@EXAMPLE.ORG' },
      { _id: 4, email: 'sota@example.org' },
    ] as never);
    expect(ids(await c.find({ email: 'ren@example.org' }).sort({ _id: 1 }).toArray())).toEqual([1, 3]);
    const plan = await target.db.command({
      explain: { find: 'members', filter: { email: 'ren@example.org' } },
      verbosity: 'executionStats',
    });
    expect(indexUsed(plan)).toBe('email_1');
    expect(executionStats(plan)).toMatchObject({ nReturned: 2, totalKeysExamined: 2 });
    const sorted = await c.find({}).sort({ email: 1, _id: 1 }).toArray();
    expect(ids(sorted)).toEqual([2, 1, 3, 4]);
    // 'simple' on the command: binary, and the collated index gives it no string bounds.
    expect(await c.countDocuments({ email: 'ren@example.org' }, { collation: { locale: 'simple' } })).toBe(0);
  });

  test('strings the collation calls equal are ordered by the next sort key, with or without an index', async () => {
    const c = target.db.collection('ties');
    await c.insertMany([
      { _id: 1, name: 'b' },
      { _id: 2, name: 'B' },
      { _id: 3, name: 'b' },
      { _id: 4, name: 'a' },
      { _id: 5, name: 'A' },
    ] as never);
    const find = () => c.find({}).collation(caseless).sort({ name: 1, _id: -1 }).toArray();
    expect(ids(await find())).toEqual([5, 4, 3, 2, 1]);
    const aggregated = await c
      .aggregate([{ $sort: { name: -1, _id: 1 } }], { collation: caseless })
      .toArray();
    expect(ids(aggregated)).toEqual([1, 2, 3, 4, 5]);
    await c.createIndex({ name: 1, _id: -1 }, { collation: caseless });
    expect(ids(await find())).toEqual([5, 4, 3, 2, 1]);
    const plan = await target.db.command({
      explain: { find: 'ties', filter: {}, sort: { name: 1, _id: -1 }, collation: caseless },
      verbosity: 'executionStats',
    });
    expect(indexUsed(plan)).toBe('name_1__id_-1');
    expect(winningStages(plan)).not.toContain('SORT');
  });

  test('a partial index whose filter compares strings binary is not read for a query under a collation', async () => {
    const c = target.db.collection('partial');
    await c.createIndex({ name: 1 }, { partialFilterExpression: { name: { $gt: 'm' } } });
    await c.insertMany([
      { _id: 1, name: 'zed' },
      { _id: 2, name: 'Nora' },
      { _id: 3, name: 'apple' },
    ] as never);
    const found = await c
      .find({ name: { $gt: 'n' } })
      .collation(caseless)
      .sort({ _id: 1 })
      .toArray();
    expect(ids(found)).toEqual([1, 2]);
    expect(ids(await c.find({ name: { $gt: 'n' } }).toArray())).toEqual([1]);
  });

  test('randomized: reads through a collated index answer as a collection scan under each collation', async () => {
    const c = target.db.collection('mixed');
    const values: unknown[] = [
      'a',
      'A',
      'á',
      'Á',
      'b',
      'B',
      'ab',
      'Ab',
      'aB',
      'ss',
      'ß',
      'z',
      'Z',
      'éclair',
      'Eclair',
      1,
      2.5,
      null,
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const docs = Array.from({ length: 150 }, (_, i) => {
      const pick = random(values.length + 1);
      return pick === values.length ? { _id: i } : { _id: i, name: values[pick] };
    });
    await c.insertMany(docs as never);
    await c.createIndex({ name: 1, _id: 1 }, { name: 'name_id_en2', collation: caseless });
    await c.createIndex({ name: 1 }, { name: 'name_en1', collation: { locale: 'en', strength: 1 } });
    const strings = values.filter((value): value is string => typeof value === 'string');
    const filters: Document[] = [];
    for (let i = 0; i < 40; i++) {
      const s = strings[random(strings.length)]!;
      const t = strings[random(strings.length)]!;
      filters.push(
        [
          { name: s },
          { name: { $in: [s, t, 1] } },
          { name: { $gt: s } },
          { name: { $gte: s, $lte: t } },
          { name: { $lt: s } },
          { name: { $gt: s, $lt: t } },
        ][i % 6]!,
      );
    }
    const collations: (CollationOptions | undefined)[] = [
      caseless,
      { locale: 'en', strength: 1 },
      { locale: 'en', strength: 3 },
      undefined,
    ];
    for (const collation of collations) {
      for (const filter of filters) {
        const read = (hint?: Document) =>
          c
            .find(filter, { ...(hint ? { hint } : {}), ...(collation ? { collation } : {}) })
            .sort({ name: 1, _id: 1 })
            .toArray();
        const planned = ids(await read());
        const scanned = ids(await read({ $natural: 1 }));
        expect({ filter, collation, ids: planned }).toEqual({ filter, collation, ids: scanned });
      }
    }
  });
});
