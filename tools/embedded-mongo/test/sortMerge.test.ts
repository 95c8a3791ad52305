/**
 * Conformance (embedded engine, or MONGODB_URI): a $in on the leading field of { facilityId: 1, start: 1, _id: 1 }
 * sorted by { start, _id } answers exactly as a collection scan and a sort do: random seeded queries with skip,
 * limit, both directions, duplicate ids and further conditions. The engine-only part checks the plan it runs: the
 * "explode for sort" merge (SORT_MERGE) and its counts. MongoDB explodes at most 200 point prefixes
 * (internalQueryMaxScansToExplode) and picks among plans by trial runs, so its plan for 230 ids differs: only the
 * answers are compared there.
 */
import { ObjectId, type Collection, type Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';
import { executionStats, indexUsed, stagesOf, winningStages } from './support/plans.js';

interface Booking {
  _id: ObjectId;
  facilityId: ObjectId;
  status: 'CONFIRMED' | 'CANCELLED';
  start: Date;
  purpose: string;
}

/** A fixed instant (no clock): bookings start on the half hours after it. */
const EPOCH = Date.UTC(2025, 3, 1);
const HALF_HOUR = 30 * 60 * 1000;

const objectId = (kind: number, n: number) =>
  ObjectId.createFromHexString(kind.toString(16).padStart(8, '0') + n.toString(16).padStart(16, '0'));

/** A seeded generator (the same documents and queries on every run). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * 20,000 bookings over 2,300 facilities, starts on one of 2,000 half hours (so starts tie often and _id decides), 90%
 * confirmed: the shape of the staff bookings list at the bench's 10x scale.
 */
function bookings(count: number, facilities: number): Booking[] {
  const random = seeded(11);
  return Array.from({ length: count }, (_, i) => ({
    _id: objectId(2, i),
    facilityId: objectId(1, Math.floor(random() * facilities)),
    status: random() < 0.9 ? 'CONFIRMED' : 'CANCELLED',
    start: new Date(EPOCH + Math.floor(random() * 2000) * HALF_HOUR),
    purpose: random() < 0.5 ? 'meeting' : 'class',
  }));
}

const FACILITIES = 2300;
const ALL = bookings(20_000, FACILITIES);
/** The 230 facilities a staff screen lists (every tenth). */
const STAFF_FACILITIES = Array.from({ length: 230 }, (_, i) => objectId(1, i * 10));

async function seed(target: Target): Promise<Collection<Booking>> {
  const coll = target.db.collection<Booking>('bookings');
  // The bookings indexes of services/facilities (Booking.ts) that bear on these queries.
  await coll.createIndexes([
    { key: { facilityId: 1, status: 1, start: 1 } },
    { key: { status: 1, start: 1 } },
    { key: { start: 1, _id: 1 } },
    { key: { facilityId: 1, start: 1, _id: 1 } },
  ]);
  await coll.insertMany(ALL);
  return coll;
}

const ids = (docs: Document[]) => docs.map((doc) => (doc._id as ObjectId).toHexString());

describe('sorted reads of a $in (explode for sort)', () => {
  let target: Target;
  let coll: Collection<Booking>;
  beforeAll(async () => {
    target = await openTarget('sortMerge');
    coll = await seed(target);
  });
  afterAll(async () => {
    await target.close();
  });

  const read = async (filter: Document, sort: Document, skip: number, limit: number, hint?: Document) =>
    ids(await coll.find(filter, { sort, skip, limit, ...(hint ? { hint } : {}) }).toArray());

  test('randomized: every $in read sorted by start answers as a collection scan and a sort', async () => {
    const random = seeded(5);
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)] as T;
    for (let i = 0; i < 60; i++) {
      const size = pick([1, 2, 7, 40, 230]);
      // Duplicates in the list on purpose: the plan's scans are per distinct id.
      const facilityIds = Array.from({ length: size }, () => objectId(1, Math.floor(random() * FACILITIES)));
      const filter: Document = { facilityId: { $in: facilityIds } };
      const extra = pick(['none', 'status', 'range', 'purpose']);
      if (extra === 'status') filter.status = 'CONFIRMED';
      if (extra === 'range') filter.start = { $gte: new Date(EPOCH + pick([100, 900, 1500]) * HALF_HOUR) };
      if (extra === 'purpose') filter.purpose = 'class';
      const direction = pick<1 | -1>([1, -1]);
      const sort = pick<Record<string, 1 | -1>>([
        { start: direction, _id: direction },
        { start: direction, _id: direction === 1 ? -1 : 1 },
        { start: direction },
      ]);
      // Without _id in the sort, ties on start may come in any order: compare the starts, then the sets.
      const skip = pick([0, 0, 5, 40]);
      const limit = pick([0, 1, 21, 100]);
      const planned = await coll.find(filter, { sort, skip, limit }).toArray();
      const scanned = await coll.find(filter, { sort, skip, limit, hint: { $natural: 1 } }).toArray();
      const context = `${JSON.stringify({ size, extra, sort, skip, limit })}`;
      if ('_id' in sort) {
        expect({ context, ids: ids(planned) }).toEqual({ context, ids: ids(scanned) });
      } else {
        const starts = (docs: Booking[]) => docs.map((doc) => doc.start.getTime());
        expect({ context, starts: starts(planned) }).toEqual({ context, starts: starts(scanned) });
      }
    }
  });

  test('the staff list: 230 facilities, newest first, a page of 21 then the next', async () => {
    const filter = { facilityId: { $in: STAFF_FACILITIES } };
    const sort = { start: -1, _id: -1 };
    const staff = new Set(STAFF_FACILITIES.map((id) => id.toHexString()));
    const expected = ALL.filter((b) => staff.has(b.facilityId.toHexString()))
      .sort(
        (a, b) =>
          b.start.getTime() - a.start.getTime() || (a._id.toHexString() < b._id.toHexString() ? 1 : -1),
      )
      .map((b) => b._id.toHexString());
    expect(await read(filter, sort, 0, 21)).toEqual(expected.slice(0, 21));
    expect(await read(filter, sort, 21, 21)).toEqual(expected.slice(21, 42));
    expect(await read(filter, { start: 1, _id: 1 }, 0, 21)).toEqual([...expected].reverse().slice(0, 21));
  });

  test('ties on start are broken by _id, in the sort direction', async () => {
    const busy = ALL.reduce(
      (counts, b) => counts.set(b.start.getTime(), (counts.get(b.start.getTime()) ?? 0) + 1),
      new Map<number, number>(),
    );
    const [start] = [...busy].sort((a, b) => b[1] - a[1])[0]!;
    const tied = ALL.filter((b) => b.start.getTime() === start);
    expect(tied.length).toBeGreaterThan(5);
    const filter = { facilityId: { $in: tied.map((b) => b.facilityId) }, start: new Date(start) };
    const hex = tied.map((b) => b._id.toHexString()).sort();
    expect(await read(filter, { start: -1, _id: -1 }, 0, 0)).toEqual([...hex].reverse());
    expect(await read(filter, { start: 1, _id: 1 }, 0, 0)).toEqual(hex);
  });

  test('a $in of strings under the index collation, sorted by the next field, answers as a scan and a sort', async () => {
    const coded = await collatedCodes(target);
    const collation = { locale: 'en', strength: 2 };
    for (const limit of [0, 7]) {
      const options = { sort: { n: -1 as const }, limit, collation };
      const planned = await coded.find({ code: { $in: ['a', 'B'] } }, options).toArray();
      const scanned = await coded
        .find({ code: { $in: ['a', 'B'] } }, { ...options, hint: { $natural: 1 } })
        .toArray();
      expect(planned.map((doc) => doc._id)).toEqual(scanned.map((doc) => doc._id));
      // a, A, b and B: 80 documents at strength 2.
      expect(planned.length).toBe(limit || 80);
    }
  });
});

/** 100 documents whose codes differ in case only ('a' and 'A' are one code at strength 2), under a caseless index. */
async function collatedCodes(target: Target): Promise<Collection<{ _id: number; code: string; n: number }>> {
  const coded = target.db.collection<{ _id: number; code: string; n: number }>('coded');
  await coded.createIndex({ code: 1, n: 1 }, { collation: { locale: 'en', strength: 2 } });
  await coded.insertMany(
    Array.from({ length: 100 }, (_, i) => ({
      _id: i,
      code: ['a', 'A', 'b', 'B', 'c'][i % 5]!,
      n: (i * 37) % 100,
    })),
  );
  return coded;
}

describeEngineOnly('sorted reads of a $in: the plan (engine-only)', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('sortMerge_plan');
    await seed(target);
  });
  afterAll(async () => {
    await target.close();
  });

  const explain = (filter: Document, options: Document = {}) =>
    target.db.command({ explain: { find: 'bookings', filter, ...options }, verbosity: 'executionStats' });
  const mergeOf = (reply: Document) =>
    stagesOf(reply.queryPlanner.winningPlan as Document).find((stage) => stage.stage === 'SORT_MERGE');
  const staffFilter = { facilityId: { $in: STAFF_FACILITIES } };

  test('230 ids, newest first, limit 21: a SORT_MERGE of 230 backward scans reads one key per scan plus the page', async () => {
    const reply = await explain(staffFilter, { sort: { start: -1, _id: -1 }, limit: 21 });
    expect(winningStages(reply).slice(0, 3)).toEqual(['LIMIT', 'FETCH', 'SORT_MERGE']);
    expect(winningStages(reply)).not.toContain('SORT');
    const merge = mergeOf(reply)!;
    expect(merge.sortPattern).toEqual({ start: -1, _id: -1 });
    const scans = merge.inputStages as Document[];
    expect(scans).toHaveLength(230);
    expect(scans[0]).toMatchObject({
      stage: 'IXSCAN',
      indexName: 'facilityId_1_start_1__id_1',
      direction: 'backward',
      indexBounds: {
        facilityId: [
          `[ObjectId('${STAFF_FACILITIES[0]!.toHexString()}'), ObjectId('${STAFF_FACILITIES[0]!.toHexString()}')]`,
        ],
        start: ['[MaxKey, MinKey]'],
        _id: ['[MaxKey, MinKey]'],
      },
    });
    const stats = executionStats(reply);
    expect(stats.nReturned).toBe(21);
    expect(stats.totalDocsExamined).toBe(21);
    expect(stats.totalKeysExamined).toBeLessThanOrEqual(230 + 21);
    // The per-scan counters add up to the total.
    const stages = stagesOf((reply.executionStats as Document).executionStages as Document);
    const perScan = stages
      .filter((stage) => stage.stage === 'IXSCAN')
      .map((stage) => stage.keysExamined as number);
    expect(perScan.reduce((a, b) => a + b, 0)).toBe(stats.totalKeysExamined);
  });

  test('skip + limit, ascending: forward scans, keys bounded by the scans plus skip + limit', async () => {
    const reply = await explain(staffFilter, { sort: { start: 1, _id: 1 }, skip: 40, limit: 21 });
    expect(winningStages(reply).slice(0, 4)).toEqual(['SKIP', 'LIMIT', 'FETCH', 'SORT_MERGE']);
    expect((mergeOf(reply)!.inputStages as Document[])[0]!.direction).toBe('forward');
    const stats = executionStats(reply);
    expect(stats.nReturned).toBe(21);
    expect(stats.totalDocsExamined).toBe(61);
    expect(stats.totalKeysExamined).toBeLessThanOrEqual(230 + 61);
  });

  test('duplicate ids in the $in give one scan per distinct id', async () => {
    const twice = [...STAFF_FACILITIES.slice(0, 50), ...STAFF_FACILITIES.slice(0, 50)];
    const reply = await explain({ facilityId: { $in: twice } }, { sort: { start: -1, _id: -1 }, limit: 21 });
    expect(mergeOf(reply)!.inputStages).toHaveLength(50);
    expect(executionStats(reply)).toMatchObject({ nReturned: 21, totalDocsExamined: 21 });
  });

  test('a $in with another condition the index does not hold: merged scans, then FETCH filters', async () => {
    const reply = await explain(
      { ...staffFilter, purpose: 'class' },
      { sort: { start: -1, _id: -1 }, limit: 21 },
    );
    expect(winningStages(reply).slice(0, 3)).toEqual(['LIMIT', 'FETCH', 'SORT_MERGE']);
    const fetch = stagesOf(reply.queryPlanner.winningPlan as Document).find(
      (stage) => stage.stage === 'FETCH',
    );
    expect(fetch?.filter).toBeDefined();
    const stats = executionStats(reply);
    expect(stats.nReturned).toBe(21);
    // About half are classes: some 42 fetches find 21; far below the ~2,000 bookings of the 230 facilities.
    expect(stats.totalDocsExamined).toBeLessThan(120);
    expect(stats.totalKeysExamined).toBeLessThan(230 + 120);
  });

  test('a sort against the index order in one field is not merged: the index cannot give it', async () => {
    const reply = await explain(staffFilter, { sort: { start: -1, _id: 1 }, limit: 21 });
    expect(winningStages(reply)).not.toContain('SORT_MERGE');
    expect(winningStages(reply)).toContain('SORT');
  });

  test('a hint of the compound index is merged too', async () => {
    const reply = await explain(staffFilter, {
      sort: { start: -1, _id: -1 },
      limit: 21,
      hint: 'facilityId_1_start_1__id_1',
    });
    expect(mergeOf(reply)).toBeDefined();
    expect(executionStats(reply).totalDocsExamined).toBe(21);
  });

  test('more point prefixes than the cap (1,000) are not exploded', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => objectId(1, i));
    const reply = await explain({ facilityId: { $in: many } }, { sort: { start: -1, _id: -1 }, limit: 21 });
    expect(winningStages(reply)).not.toContain('SORT_MERGE');
  });

  test('a multikey sort field gives no merge (nor any index sort)', async () => {
    const multi = target.db.collection<{ _id: number; g: number; t: number | number[] }>('multi');
    await multi.createIndex({ g: 1, t: 1 });
    await multi.insertMany(
      Array.from({ length: 200 }, (_, i) => ({ _id: i, g: i % 10, t: i % 7 === 0 ? [i, i + 1000] : i })),
    );
    const filter = { g: { $in: [1, 2, 3] } };
    const reply = await target.db.command({
      explain: { find: 'multi', filter, sort: { t: -1 }, limit: 5 },
      verbosity: 'executionStats',
    });
    expect(winningStages(reply)).not.toContain('SORT_MERGE');
    const planned = await multi.find(filter, { sort: { t: -1, _id: 1 }, limit: 5 }).toArray();
    const scanned = await multi
      .find(filter, { sort: { t: -1, _id: 1 }, limit: 5, hint: { $natural: 1 } })
      .toArray();
    expect(planned).toEqual(scanned);
  });

  test('a sort index the filter does not pin is costed by selectivity, not by all its keys', async () => {
    // A quarter of the bookings match the range on facilityId; the start index finds 21 of them in about 84 keys.
    const quarter = { facilityId: { $lt: objectId(1, FACILITIES / 4) }, purpose: 'class' };
    const wide = await explain(quarter, { sort: { start: -1, _id: -1 }, limit: 21 });
    expect(indexUsed(wide)).toBe('start_1__id_1');
    expect(executionStats(wide).totalDocsExamined).toBeLessThan(400);
    // Three facilities: reading their bookings and sorting them beats walking the start index.
    const narrow = await explain(
      { facilityId: { $lt: objectId(1, 3) }, purpose: 'class' },
      { sort: { start: -1, _id: -1 }, limit: 21 },
    );
    expect(indexUsed(narrow)).not.toBe('start_1__id_1');
    expect(executionStats(narrow).totalDocsExamined).toBeLessThan(60);
  });

  test('collations: merged only when the query compares strings as the index does', async () => {
    await collatedCodes(target);
    const explainCoded = (collation?: Document) =>
      target.db.command({
        explain: {
          find: 'coded',
          filter: { code: { $in: ['a', 'A', 'b'] } },
          sort: { n: -1 },
          limit: 5,
          ...(collation ? { collation } : {}),
        },
        verbosity: 'executionStats',
      });
    const caseless = await explainCoded({ locale: 'en', strength: 2 });
    // 'a' and 'A' are one point under the index's collation: two scans.
    expect(mergeOf(caseless)?.inputStages).toHaveLength(2);
    expect(executionStats(caseless)).toMatchObject({ nReturned: 5, totalDocsExamined: 5 });
    expect(winningStages(await explainCoded())).not.toContain('SORT_MERGE');
  });
});
