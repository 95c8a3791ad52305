/**
 * Conformance (embedded engine, or MONGODB_URI): maxTimeMS stops a slow operation with code 50 MaxTimeMSExpired,
 * and the work really stops (the failure comes long before the full scan would have finished).
 */
import type { Collection, Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

/** Backtracks on every document and never matches: each one costs real work, and nothing is ever written. */
const SLOW = { text: { $regex: '^(a|aa)+b$' } };
const DOCS = 20_000;

describe('maxTimeMS', () => {
  let target: Target;
  let c: Collection<Document>;
  /** Milliseconds the full scan takes without a limit, and a limit well below it. */
  let fullScanMs: number;
  let limitMs: number;

  beforeAll(async () => {
    target = await openTarget('maxtime');
    c = target.db.collection('slow');
    const docs = Array.from({ length: DOCS }, (_, i) => ({ i, text: 'a'.repeat(16) }));
    for (let from = 0; from < DOCS; from += 5000) await c.insertMany(docs.slice(from, from + 5000));
    const started = performance.now();
    expect(await c.countDocuments(SLOW)).toBe(0);
    fullScanMs = performance.now() - started;
    limitMs = Math.max(1, Math.floor(fullScanMs / 20));
  }, 120_000);
  afterAll(async () => {
    await target.close();
  });

  /** Runs the operation under maxTimeMS and checks it fails with code 50 in well under the full scan's time. */
  async function expectStopped(operation: (maxTimeMS: number) => Promise<unknown>): Promise<void> {
    const started = performance.now();
    const error = await operation(limitMs).then(
      () => new Error('finished despite maxTimeMS'),
      (e: unknown) => e,
    );
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 50, codeName: 'MaxTimeMSExpired' });
    expect(elapsed).toBeLessThan(fullScanMs / 2);
  }

  test('the slow filter is slow enough to measure', () => {
    expect(fullScanMs).toBeGreaterThan(40);
  });

  test('find', async () => {
    await expectStopped((maxTimeMS) => c.find(SLOW, { maxTimeMS }).toArray());
  });

  test('aggregate', async () => {
    await expectStopped((maxTimeMS) =>
      c.aggregate([{ $match: SLOW }, { $count: 'n' }], { maxTimeMS }).toArray(),
    );
    await expectStopped((maxTimeMS) =>
      c.aggregate([{ $addFields: { x: 1 } }, { $match: SLOW }], { maxTimeMS }).toArray(),
    );
  });

  test('count and distinct', async () => {
    await expectStopped((maxTimeMS) => c.countDocuments(SLOW, { maxTimeMS }));
    await expectStopped((maxTimeMS) => target.db.command({ count: 'slow', query: SLOW, maxTimeMS }));
    await expectStopped((maxTimeMS) => c.distinct('i', SLOW, { maxTimeMS }));
  });

  test('update, delete and findAndModify', async () => {
    await expectStopped((maxTimeMS) => c.updateMany(SLOW, { $set: { touched: true } }, { maxTimeMS }));
    await expectStopped((maxTimeMS) => c.deleteMany(SLOW, { maxTimeMS }));
    await expectStopped((maxTimeMS) => c.findOneAndUpdate(SLOW, { $set: { touched: true } }, { maxTimeMS }));
    await expectStopped((maxTimeMS) => c.findOneAndDelete(SLOW, { maxTimeMS }));
    expect(await c.countDocuments({ touched: true })).toBe(0);
    expect(await c.countDocuments()).toBe(DOCS);
  });

  test('a fast operation under maxTimeMS answers normally; 0 means no limit', async () => {
    expect(await c.find({ i: 7 }, { maxTimeMS: 10_000 }).toArray()).toHaveLength(1);
    expect(await c.countDocuments(SLOW, { maxTimeMS: 0 })).toBe(0);
  });

  test('getMore: its own maxTimeMS is refused for a non-awaitData cursor (code 2), as in MongoDB', async () => {
    const opened = await target.db.command({ find: 'slow', filter: {}, batchSize: 2 });
    const id = (opened.cursor as Document).id as unknown;
    await expect(
      target.db.command({ getMore: id, collection: 'slow', batchSize: 2, maxTimeMS: 1000 }),
    ).rejects.toMatchObject({ code: 2 });
    await target.db.command({ killCursors: 'slow', cursors: [id] });
  });

  test('index scans stop too: a hinted range, an index-ordered sort', async () => {
    await c.createIndex({ i: 1 });
    await expectStopped((maxTimeMS) =>
      c.find({ i: { $gte: 0 }, ...SLOW }, { maxTimeMS, hint: { i: 1 } }).toArray(),
    );
    await expectStopped((maxTimeMS) => c.find(SLOW, { maxTimeMS }).sort({ i: 1 }).toArray());
    await expectStopped((maxTimeMS) =>
      c.aggregate([{ $match: { i: { $gte: 0 }, ...SLOW } }], { maxTimeMS, hint: { i: 1 } }).toArray(),
    );
  });

  test('merged scans stop too: a $in on the leading field, sorted by the next (SORT_MERGE)', async () => {
    await c.createIndex({ text: 1, i: 1 });
    const filter = { text: { $in: ['a'.repeat(16), 'b'], ...SLOW.text } };
    await expectStopped((maxTimeMS) =>
      c
        .find(filter, { maxTimeMS, hint: { text: 1, i: 1 } })
        .sort({ i: -1 })
        .toArray(),
    );
  });

  test('geo reads stop too: $near (with $geometry or a bare point), $geoWithin and $geoNear', async () => {
    const geo = target.db.collection('slowGeo');
    // The same slow documents, spread over a 0.2 x 0.2 degree square.
    const docs = Array.from({ length: DOCS }, (_, i) => ({
      i,
      text: 'a'.repeat(16),
      location: { type: 'Point', coordinates: [138 + (i % 141) / 705, 34.8 + Math.floor(i / 141) / 705] },
    }));
    for (let from = 0; from < DOCS; from += 5000) await geo.insertMany(docs.slice(from, from + 5000));
    await geo.createIndex({ location: '2dsphere' });
    const point = { type: 'Point', coordinates: [138.1, 34.9] };
    await expectStopped((maxTimeMS) =>
      geo.find({ location: { $near: { $geometry: point } }, ...SLOW }, { maxTimeMS }).toArray(),
    );
    await expectStopped((maxTimeMS) =>
      geo.find({ location: { $near: point }, ...SLOW }, { maxTimeMS }).toArray(),
    );
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [137.9, 34.7],
          [138.4, 34.7],
          [138.4, 35.1],
          [137.9, 35.1],
          [137.9, 34.7],
        ],
      ],
    };
    await expectStopped((maxTimeMS) =>
      geo.find({ location: { $geoWithin: { $geometry: square } }, ...SLOW }, { maxTimeMS }).toArray(),
    );
    await expectStopped((maxTimeMS) =>
      geo
        .aggregate([{ $geoNear: { near: point, distanceField: 'd', query: SLOW } }], { maxTimeMS })
        .toArray(),
    );
  }, 120_000);

  test('a negative maxTimeMS is refused with BadValue', async () => {
    await expect(target.db.command({ find: 'slow', filter: {}, maxTimeMS: -1 })).rejects.toMatchObject({
      code: 2,
    });
  });
});
