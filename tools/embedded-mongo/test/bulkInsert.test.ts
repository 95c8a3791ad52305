/**
 * Conformance (embedded engine, or MONGODB_URI): a large insertMany into a collection with several indexes. The
 * engine puts a command's index entries into each index at its end, in key order; what a client sees must be what
 * per-document maintenance gives: every inserted document through every index, in index order, duplicates inside the
 * batch caught (ordered stops there with the earlier documents inserted, unordered goes on), and keys that later
 * updates and deletes find and remove.
 */
import { MongoBulkWriteError, ObjectId, type Collection } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

const facilities = Array.from({ length: 7 }, (_, n) => new ObjectId(n.toString(16).padStart(24, '0')));
const HOUR = 3600_000;

interface Booking {
  _id: number;
  facilityId: ObjectId;
  status: string;
  start: Date;
  code: string;
  note?: string;
}

function booking(n: number): Booking {
  return {
    _id: n,
    facilityId: facilities[n % facilities.length] as ObjectId,
    status: n % 5 === 0 ? 'CANCELLED' : 'CONFIRMED',
    // Not in insertion order, so each index's order differs from the batch's.
    start: new Date(Date.UTC(2026, 0, 1) + ((n * 7919) % 2500) * HOUR),
    code: `B${n}`,
  };
}

describe('bulk insert into indexed collections', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('bulkInsert');
  });
  afterAll(async () => {
    await target.close();
  });

  async function indexed(name: string): Promise<Collection<Booking>> {
    const c = target.db.collection<Booking>(name);
    await c.createIndexes([
      { key: { facilityId: 1, status: 1, start: 1 }, name: 'facility_status_start' },
      { key: { start: -1, _id: -1 }, name: 'start_desc' },
      { key: { code: 1 }, name: 'code', unique: true },
    ]);
    return c;
  }

  test('every document is found through every index, in index order', async () => {
    const c = await indexed('all');
    const docs = Array.from({ length: 2500 }, (_, n) => booking(n));
    expect((await c.insertMany(docs)).insertedCount).toBe(2500);

    const byStart = await c.find({}).sort({ start: -1, _id: -1 }).hint('start_desc').toArray();
    const expected = [...docs].sort((a, b) => b.start.getTime() - a.start.getTime() || b._id - a._id);
    expect(byStart.map((d) => d._id)).toEqual(expected.map((d) => d._id));

    const facility = facilities[3];
    const confirmed = await c
      .find({ facilityId: facility, status: 'CONFIRMED' })
      .sort({ start: 1 })
      .hint('facility_status_start')
      .toArray();
    const wanted = docs
      .filter((d) => d.facilityId === facility && d.status === 'CONFIRMED')
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(confirmed.map((d) => d._id)).toEqual(wanted.map((d) => d._id));

    // A covered read gives the stored values back.
    const covered = await c
      .find({ code: { $in: ['B10', 'B2499'] } }, { projection: { _id: 0, code: 1 } })
      .sort({ code: 1 })
      .toArray();
    expect(covered).toEqual([{ code: 'B10' }, { code: 'B2499' }]);
  });

  test('ordered: stops at the first duplicate inside the batch, the documents before it stay indexed', async () => {
    const c = await indexed('ordered');
    const docs = Array.from({ length: 1200 }, (_, n) => booking(n));
    docs[700] = { ...booking(700), code: 'B3' };
    const error = (await c.insertMany(docs).catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(error).toBeInstanceOf(MongoBulkWriteError);
    expect(error.insertedCount).toBe(700);
    const errors = [error.writeErrors].flat();
    expect(errors.map((e) => [e.index, e.code])).toEqual([[700, 11000]]);
    expect(errors[0]?.errmsg).toContain('index: code dup key: { code: "B3" }');
    const viaIndex = await c
      .find({ start: { $gte: new Date(0) } })
      .hint('start_desc')
      .toArray();
    expect(viaIndex).toHaveLength(700);
    expect(Math.max(...viaIndex.map((d) => d._id))).toBe(699);
    expect(await c.countDocuments({ code: 'B3' })).toBe(1);
  });

  test('unordered: reports each duplicate with its index and inserts the rest', async () => {
    const c = await indexed('unordered');
    const docs = Array.from({ length: 1200 }, (_, n) => booking(n));
    docs[5] = { ...booking(5), _id: 4 }; // duplicate _id inside the batch
    docs[900] = { ...booking(900), code: 'B899' }; // duplicate unique key, its owner earlier in the batch
    docs[901] = { ...booking(901), code: 'B1100' }; // duplicate of a key inserted later in the batch
    const error = (await c
      .insertMany(docs, { ordered: false })
      .catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(error.insertedCount).toBe(1197);
    expect([error.writeErrors].flat().map((e) => [e.index, e.code])).toEqual([
      [5, 11000],
      [900, 11000],
      [1100, 11000],
    ]);
    const codes = await c
      .find({ code: { $gte: '' } }, { projection: { _id: 0, code: 1 } })
      .hint('code')
      .toArray();
    expect(codes).toHaveLength(1197);
    expect(await c.countDocuments({ start: { $gte: new Date(0) } }, { hint: 'start_desc' })).toBe(1197);
  });

  test('keys written by a batch are moved by updates and removed by deletes', async () => {
    const c = await indexed('later');
    await c.insertMany(Array.from({ length: 1500 }, (_, n) => booking(n)));
    await c.updateMany({ _id: { $lt: 100 } }, { $set: { status: 'CANCELLED' } });
    await c.updateMany({ _id: { $lt: 50 } }, { $set: { note: 'unindexed field only' } });
    await c.deleteMany({ _id: { $gte: 1000 } });
    // A covered read after an update that left the index's keys alone gives the current values.
    const covered = await c
      .find({ code: { $in: ['B1', 'B2'] } }, { projection: { _id: 0, code: 1 } })
      .sort({ code: 1 })
      .toArray();
    expect(covered).toEqual([{ code: 'B1' }, { code: 'B2' }]);
    const cancelled = await c
      .find({ facilityId: { $in: facilities }, status: 'CANCELLED' }, { projection: { _id: 1 } })
      .hint('facility_status_start')
      .toArray();
    const expected = Array.from({ length: 1000 }, (_, n) => n).filter((n) => n < 100 || n % 5 === 0);
    expect(cancelled.map((d) => d._id).sort((a, b) => a - b)).toEqual(expected);
    expect(await c.countDocuments({ start: { $gte: new Date(0) } }, { hint: 'start_desc' })).toBe(1000);
    // The code index no longer holds the deleted documents' keys: they can be inserted again.
    await c.insertOne(booking(1200));
    expect(await c.countDocuments({ code: 'B1200' })).toBe(1);
  });
});
