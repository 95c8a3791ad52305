import type { Collection, Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';
import { executionStats, indexUsed, stagesOf, winningStages, cursorPart } from './support/plans.js';

interface Org {
  _id: number;
  active: boolean;
  districtCode: string;
  kind: string;
  nameKana: string;
  year: number;
  score?: number;
  nick?: string;
  tags: string[];
}

const KINDS = ['npo', 'council', 'club', 'school'];

/** 400 organizations: almost all active (so `active` alone is a poor index), 20 districts, four kinds. */
function organizations(): Org[] {
  return Array.from({ length: 400 }, (_, i) => ({
    _id: i,
    active: i % 50 !== 0,
    districtCode: `d${i % 20}`,
    kind: KINDS[i % 4] as string,
    // A deterministic shuffle so natural order and kana order differ.
    nameKana: `ア${String((i * 7919) % 400).padStart(3, '0')}`,
    year: 2000 + (i % 25),
    ...(i % 3 === 0 ? { score: i % 40 } : {}),
    ...(i % 5 === 0 ? { nick: `n${i}` } : {}),
    tags: i % 2 === 0 ? ['a', `t${i % 7}`] : [`t${i % 7}`],
  }));
}

describe('query planner', () => {
  let target: Target;
  let orgs: Collection<Org>;
  const all = organizations();

  const explainFind = (filter: Document, options: Document = {}) =>
    target.db.command({ explain: { find: 'orgs', filter, ...options }, verbosity: 'executionStats' });

  beforeAll(async () => {
    target = await openTarget('planner');
    orgs = target.db.collection('orgs');
    await orgs.insertMany(all);
    await orgs.createIndex({ active: 1 });
    await orgs.createIndex({ districtCode: 1, active: 1, nameKana: 1, _id: 1 });
    await orgs.createIndex({ nameKana: 1 });
    await orgs.createIndex({ kind: 1, year: 1 });
    await orgs.createIndex({ score: 1 }, { partialFilterExpression: { score: { $gt: 10 } } });
    await orgs.createIndex({ nick: 1 }, { sparse: true });
    await orgs.createIndex({ tags: 1 });
  });
  afterAll(async () => {
    await target.close();
  });

  test('picks the most selective index, not the first field of the filter', async () => {
    const filter = { active: true, districtCode: 'd3' };
    const explain = await explainFind(filter);
    expect(indexUsed(explain)).toBe('districtCode_1_active_1_nameKana_1__id_1');
    const expected = all.filter((o) => o.active && o.districtCode === 'd3');
    expect(executionStats(explain).nReturned).toBe(expected.length);
    expect(executionStats(explain).totalKeysExamined).toBe(expected.length);
    expect(executionStats(explain).totalDocsExamined).toBe(expected.length);
    expect((await orgs.find(filter).toArray()).map((o) => o._id)).toEqual(expected.map((o) => o._id));
  });

  test('an equality prefix then a range on a compound index reads only the keys in bounds', async () => {
    const filter = { kind: 'club', year: { $gte: 2005, $lt: 2010 } };
    const explain = await explainFind(filter);
    expect(indexUsed(explain)).toBe('kind_1_year_1');
    const expected = all.filter((o) => o.kind === 'club' && o.year >= 2005 && o.year < 2010);
    expect(expected.length).toBeGreaterThan(0);
    expect(executionStats(explain).totalDocsExamined).toBe(expected.length);
    const found = await orgs.find(filter).toArray();
    expect(found.map((o) => o._id).sort((a, b) => a - b)).toEqual(expected.map((o) => o._id));
  });

  test('a sort the index provides needs no SORT stage, and sort + limit reads only limit keys', async () => {
    const explain = await explainFind({}, { sort: { nameKana: 1 }, limit: 5 });
    expect(winningStages(explain)).not.toContain('SORT');
    expect(indexUsed(explain)).toBe('nameKana_1');
    expect(executionStats(explain).totalKeysExamined).toBe(5);
    expect(executionStats(explain).totalDocsExamined).toBe(5);
    const expected = [...all].sort((a, b) => (a.nameKana < b.nameKana ? -1 : 1)).slice(0, 5);
    const found = await orgs.find({}).sort({ nameKana: 1 }).limit(5).toArray();
    expect(found.map((o) => o._id)).toEqual(expected.map((o) => o._id));
    // The reverse order walks the same index backwards.
    const reversed = await explainFind({}, { sort: { nameKana: -1 }, limit: 3 });
    expect(winningStages(reversed)).not.toContain('SORT');
    const last = await orgs.find({}).sort({ nameKana: -1 }).limit(3).toArray();
    expect(last.map((o) => o._id)).toEqual(
      [...all]
        .sort((a, b) => (a.nameKana < b.nameKana ? 1 : -1))
        .slice(0, 3)
        .map((o) => o._id),
    );
  });

  test('a page (equality prefix, then the sort) is a top-k read of the compound index', async () => {
    const filter = { districtCode: 'd7', active: true };
    const sort = { nameKana: 1, _id: 1 } as const;
    const explain = await explainFind(filter, { sort, limit: 4 });
    expect(indexUsed(explain)).toBe('districtCode_1_active_1_nameKana_1__id_1');
    expect(winningStages(explain)).not.toContain('SORT');
    expect(executionStats(explain).totalDocsExamined).toBe(4);
    const expected = all
      .filter((o) => o.districtCode === 'd7' && o.active)
      .sort((a, b) => (a.nameKana < b.nameKana ? -1 : 1))
      .slice(0, 4);
    expect((await orgs.find(filter).sort(sort).limit(4).toArray()).map((o) => o._id)).toEqual(
      expected.map((o) => o._id),
    );
  });

  test('an inclusion projection of indexed fields is covered: no document is read', async () => {
    const projection = { _id: 0, kind: 1, year: 1 };
    const explain = await explainFind({ kind: 'npo', year: 2001 }, { projection });
    expect(winningStages(explain)).toContain('PROJECTION_COVERED');
    expect(executionStats(explain).totalDocsExamined).toBe(0);
    const found = await orgs.find({ kind: 'npo', year: 2001 }, { projection }).toArray();
    expect(found).toEqual(
      all.filter((o) => o.kind === 'npo' && o.year === 2001).map(() => ({ kind: 'npo', year: 2001 })),
    );
  });

  test('a covered read keeps the _id an inclusion projection includes unless excluded', async () => {
    const filter = { districtCode: 'd3', active: true };
    const projection = { districtCode: 1, nameKana: 1 };
    const found = await orgs.find(filter, { projection }).toArray();
    const expected = all
      .filter((o) => o.districtCode === 'd3' && o.active)
      .map((o) => ({ _id: o._id, districtCode: o.districtCode, nameKana: o.nameKana }));
    expect(found.sort((a, b) => a._id - b._id)).toEqual(expected);
  });

  test('a partial index serves only filters that imply its expression', async () => {
    const inside = await explainFind({ score: 25 });
    expect(indexUsed(inside)).toBe('score_1');
    const range = await explainFind({ score: { $gt: 30 } });
    expect(indexUsed(range)).toBe('score_1');
    const outside = await explainFind({ score: 5 });
    expect(indexUsed(outside)).toBeNull();
    expect(await orgs.countDocuments({ score: 5 })).toBe(all.filter((o) => o.score === 5).length);
    expect(await orgs.countDocuments({ score: { $gt: 30 } })).toBe(
      all.filter((o) => (o.score ?? 0) > 30).length,
    );
  });

  test('a sparse index is not used for a filter that matches documents without the field', async () => {
    expect(indexUsed(await explainFind({ nick: 'n10' }))).toBe('nick_1');
    const missing = await explainFind({ nick: { $exists: false } });
    expect(indexUsed(missing)).toBeNull();
    expect(await orgs.countDocuments({ nick: { $exists: false } })).toBe(
      all.filter((o) => o.nick === undefined).length,
    );
  });

  test('multikey indexes answer equality and ranges as a scan does', async () => {
    expect(indexUsed(await explainFind({ tags: 'a' }))).toBe('tags_1');
    expect(await orgs.countDocuments({ tags: 'a' })).toBe(200);
    const range = { tags: { $gt: 't2', $lt: 't4' } };
    const expected = all.filter((o) => o.tags.some((t) => t > 't2') && o.tags.some((t) => t < 't4'));
    expect(await orgs.countDocuments(range)).toBe(expected.length);
  });

  test('hint by name or key pattern is honoured', async () => {
    const byName = await explainFind({ active: true, districtCode: 'd3' }, { hint: 'active_1' });
    expect(indexUsed(byName)).toBe('active_1');
    const byKeys = await explainFind({ active: true, districtCode: 'd3' }, { hint: { active: 1 } });
    expect(indexUsed(byKeys)).toBe('active_1');
    const natural = await explainFind({ districtCode: 'd3' }, { hint: { $natural: 1 } });
    expect(winningStages(natural)).toContain('COLLSCAN');
    // The answer does not depend on the hint.
    const hinted = await orgs.find({ active: true, districtCode: 'd3' }, { hint: 'active_1' }).toArray();
    expect(hinted.map((o) => o._id)).toEqual(
      all.filter((o) => o.active && o.districtCode === 'd3').map((o) => o._id),
    );
  });

  test('an aggregation honours the hint for its leading $match', async () => {
    const pipeline = [{ $match: { active: true, districtCode: 'd3' } }, { $count: 'n' }];
    const explain = await orgs.aggregate(pipeline, { hint: 'active_1' }).explain('executionStats');
    expect(indexUsed(explain)).toBe('active_1');
    expect(await orgs.aggregate(pipeline, { hint: 'active_1' }).toArray()).toEqual([
      { n: all.filter((o) => o.active && o.districtCode === 'd3').length },
    ]);
  });

  test('a hint naming no index is refused with code 2', async () => {
    await expect(orgs.find({}, { hint: 'nope_1' }).toArray()).rejects.toMatchObject({
      code: 2,
      message: expect.stringContaining('hint provided does not correspond to an existing index'),
    });
    await expect(orgs.countDocuments({}, { hint: { missing: 1 } })).rejects.toMatchObject({ code: 2 });
  });

  test('hidden indexes are maintained but never chosen nor hinted', async () => {
    const hidden = target.db.collection<Org>('hidden');
    await hidden.insertMany(all);
    await hidden.createIndex({ districtCode: 1 }, { hidden: true });
    const explain = await target.db.command({
      explain: { find: 'hidden', filter: { districtCode: 'd1' } },
      verbosity: 'queryPlanner',
    });
    expect(indexUsed(explain)).toBeNull();
    expect(await hidden.countDocuments({ districtCode: 'd1' })).toBe(20);
    await expect(hidden.find({}, { hint: 'districtCode_1' }).toArray()).rejects.toMatchObject({ code: 2 });
  });

  test('explain verbosity: queryPlanner has no executionStats; executionStats has the counters', async () => {
    const planOnly = await target.db.command({
      explain: { find: 'orgs', filter: { kind: 'npo' } },
      verbosity: 'queryPlanner',
    });
    expect(planOnly.executionStats).toBeUndefined();
    expect(planOnly.queryPlanner.namespace).toBe(`${target.dbName}.orgs`);
    const scan = stagesOf(planOnly.queryPlanner.winningPlan).find((stage) => stage.stage === 'IXSCAN');
    expect(scan).toMatchObject({ indexName: 'kind_1_year_1', keyPattern: { kind: 1, year: 1 } });
    const full = await orgs.find({ kind: 'npo' }).explain('allPlansExecution');
    expect(full.executionStats).toMatchObject({ nReturned: 100, totalKeysExamined: 100 });
    expect(typeof full.executionStats.executionTimeMillis).toBe('number');
  });

  test('explain of count, distinct and an aggregation with a leading $match', async () => {
    const count = await target.db.command({
      explain: { count: 'orgs', query: { districtCode: 'd2', active: true } },
      verbosity: 'executionStats',
    });
    expect(winningStages(count)[0]).toBe('COUNT');
    expect(indexUsed(count)).toBe('districtCode_1_active_1_nameKana_1__id_1');
    const distinct = await target.db.command({
      explain: { distinct: 'orgs', key: 'kind', query: { year: 2003 } },
      verbosity: 'queryPlanner',
    });
    expect(cursorPart(distinct).queryPlanner.winningPlan).toBeDefined();
    const aggregate = await orgs
      .aggregate([
        { $match: { kind: 'school', year: 2004 } },
        { $group: { _id: '$districtCode', n: { $sum: 1 } } },
      ])
      .explain('executionStats');
    expect(indexUsed(aggregate)).toBe('kind_1_year_1');
    expect(executionStats(aggregate).totalDocsExamined).toBe(
      all.filter((o) => o.kind === 'school' && o.year === 2004).length,
    );
  });

  test('a bad verbosity is refused', async () => {
    await expect(
      target.db.command({ explain: { find: 'orgs', filter: {} }, verbosity: 'everything' }),
    ).rejects.toMatchObject({ code: 2 });
  });
});

describeEngineOnly('query planner (engine-only)', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('planner_engine');
  });
  afterAll(async () => {
    await target.close();
  });

  test('explain of an update is refused loudly rather than answered wrongly', async () => {
    await target.db.collection('x').insertOne({ a: 1 });
    await expect(
      target.db.command({ explain: { update: 'x', updates: [{ q: { a: 1 }, u: { $set: { a: 2 } } }] } }),
    ).rejects.toMatchObject({ code: 238 });
    expect(await target.db.collection('x').countDocuments({ a: 1 })).toBe(1);
  });

  test('collations: a collated index gives a query without that collation no string bounds; numbers still bound', async () => {
    const coll = target.db.collection<{ _id: number; name: string; n: number }>('collatedPlans');
    await coll.insertMany(
      Array.from({ length: 60 }, (_, i) => ({ _id: i, name: `Name${i % 30}`, n: i % 30 })),
    );
    await coll.createIndex({ name: 1 }, { collation: { locale: 'en', strength: 2 } });
    await coll.createIndex({ n: 1 });
    const explain = (filter: Document, collation?: Document) =>
      target.db.command({
        explain: { find: 'collatedPlans', filter, ...(collation ? { collation } : {}) },
        verbosity: 'executionStats',
      });
    const simple = await explain({ name: 'Name3' });
    expect(winningStages(simple)).toContain('COLLSCAN');
    expect(executionStats(simple).nReturned).toBe(2);
    // Under a collation, a simple index still bounds a numeric condition.
    const numeric = await explain({ n: 3 }, { locale: 'en', strength: 2 });
    expect(indexUsed(numeric)).toBe('n_1');
    expect(executionStats(numeric)).toMatchObject({ nReturned: 2, totalKeysExamined: 2 });
  });

  /**
   * Every plan must answer as a collection scan does: random documents of mixed shapes (arrays, missing fields,
   * nulls, mixed types), several indexes, and many filters, each run as planned and with { $natural: 1 }.
   */
  test('randomized: every planned read answers exactly as a collection scan', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)] as T;
    const values = [1, 2, 3, 2.5, 'a', 'b', 'c', null, true, new Date(0), [1, 'a'], [], [2, 3]];
    const docs = Array.from({ length: 300 }, (_, i) => {
      const doc: Document = { _id: i };
      for (const field of ['a', 'b', 'c']) if (random() < 0.85) doc[field] = pick(values);
      if (random() < 0.5) doc.n = { x: pick([1, 2, 'a']) };
      return doc;
    });
    const coll = target.db.collection('random');
    await coll.insertMany(docs);
    await coll.createIndex({ a: 1 });
    await coll.createIndex({ b: 1, c: -1 });
    await coll.createIndex({ 'n.x': 1 });
    await coll.createIndex({ c: 1 }, { sparse: true });
    await coll.createIndex({ a: 1, b: 1 }, { partialFilterExpression: { b: { $gte: 2 } } });
    const scalars = [1, 2, 3, 2.5, 'a', 'b', true, new Date(0)];
    const conditions = () => {
      const v = pick(scalars);
      return pick<unknown>([
        v,
        { $in: [v, pick(scalars)] },
        { $gt: v },
        { $gte: v, $lt: pick(scalars) },
        { $lte: v },
        { $ne: v },
        { $exists: random() < 0.5 },
      ]);
    };
    for (let i = 0; i < 150; i++) {
      const filter: Document = {};
      for (const field of ['a', 'b', 'c', 'n.x']) if (random() < 0.5) filter[field] = conditions();
      const sort = pick<Document | undefined>([
        undefined,
        { a: 1 },
        { b: 1, c: -1 },
        { b: -1, c: 1 },
        { c: 1, _id: 1 },
      ]);
      const limit = pick([0, 3, 10]);
      const run = async (hint?: Document) => {
        let cursor = coll.find(filter, hint ? { hint } : {});
        if (sort) cursor = cursor.sort({ ...sort, _id: 1 });
        if (limit) cursor = cursor.limit(limit);
        return (await cursor.toArray()).map((doc) => doc._id);
      };
      const planned = await run();
      const scanned = await run({ $natural: 1 });
      if (JSON.stringify(planned) !== JSON.stringify(scanned)) {
        throw new Error(
          `${JSON.stringify(filter)} sort ${JSON.stringify(sort)} limit ${limit}: ${JSON.stringify(planned)} vs ${JSON.stringify(scanned)}`,
        );
      }
      expect(await coll.countDocuments(filter)).toBe(
        (await coll.find(filter, { hint: { $natural: 1 } }).toArray()).length,
      );
    }
  });
});
