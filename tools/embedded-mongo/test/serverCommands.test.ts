/**
 * Conformance (embedded engine, or MONGODB_URI): serverStatus, getParameter and setParameter answer as mongod does.
 */
import type { Document } from 'mongodb';
import { describeEngineOnly, openTarget, type Target } from './support/target.js';

describe('server commands', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('server');
  });
  afterAll(async () => {
    await target.close();
  });

  const admin = () => target.client.db('admin');

  test('serverStatus reports version, uptime, connections and memory', async () => {
    const status = await admin().command({ serverStatus: 1 });
    expect(status.ok).toBe(1);
    expect(status.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(status.process).toBe('mongod');
    expect(typeof status.uptime).toBe('number');
    expect(status.uptimeMillis).toBeGreaterThanOrEqual(0);
    expect(status.connections.current).toBeGreaterThanOrEqual(1);
    expect(status.connections.totalCreated).toBeGreaterThanOrEqual(status.connections.current);
    expect(status.mem).toMatchObject({ bits: 64 });
    expect(status.mem.resident).toBeGreaterThan(0);
    // What mongoose's own test helper does with it.
    const version = (status.version as string).split('.').map((n) => parseInt(n, 10));
    expect(version[0]).toBeGreaterThanOrEqual(7);
  });

  test('opcounters count real operations: inserts per document, updates and deletes per statement', async () => {
    const before = (await admin().command({ serverStatus: 1 })).opcounters as Document;
    const c = target.db.collection('counted');
    await c.insertMany([{ n: 1 }, { n: 2 }, { n: 3 }]);
    await c.find({ n: 1 }).toArray();
    await c.updateMany({}, { $set: { seen: true } });
    await target.db.command({
      update: 'counted',
      updates: [
        { q: { n: 1 }, u: { $inc: { n: 10 } } },
        { q: { n: 2 }, u: { $inc: { n: 10 } } },
      ],
    });
    await c.deleteOne({ n: 3 });
    await c.countDocuments();
    const after = (await admin().command({ serverStatus: 1 })).opcounters as Document;
    const delta = (field: string) => Number(after[field]) - Number(before[field]);
    expect(delta('insert')).toBe(3);
    expect(delta('query')).toBe(1);
    expect(delta('update')).toBe(3);
    expect(delta('delete')).toBe(1);
    // countDocuments (an aggregate) and serverStatus itself, at least.
    expect(delta('command')).toBeGreaterThanOrEqual(2);
  });

  test('a new connection is counted', async () => {
    const before = (await admin().command({ serverStatus: 1 })).connections as Document;
    const { MongoClient } = await import('mongodb');
    const other = await MongoClient.connect(target.uri);
    await other.db('admin').command({ ping: 1 });
    const during = (await admin().command({ serverStatus: 1 })).connections as Document;
    expect(during.totalCreated).toBeGreaterThan(before.totalCreated);
    expect(during.current).toBeGreaterThan(before.current);
    await other.close();
  });

  test('getParameter: by name, with details, and all', async () => {
    const fcv = await admin().command({ getParameter: 1, featureCompatibilityVersion: 1 });
    expect(fcv.featureCompatibilityVersion).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+$/) });
    const detailed = await admin().command({ getParameter: { showDetails: true }, ttlMonitorSleepSecs: 1 });
    expect(detailed.ttlMonitorSleepSecs).toMatchObject({
      value: expect.any(Number),
      settableAtRuntime: true,
    });
    const all = await admin().command({ getParameter: '*' });
    expect(all).toHaveProperty('ttlMonitorSleepSecs');
    expect(all).toHaveProperty('cursorTimeoutMillis');
  });

  test('getParameter of an unknown name: code 72 InvalidOptions', async () => {
    await expect(admin().command({ getParameter: 1, noSuchParameterAtAll: 1 })).rejects.toMatchObject({
      code: 72,
    });
  });

  test('setParameter (as the mongoose test suite does) answers with the previous value', async () => {
    const { ttlMonitorSleepSecs: original } = await admin().command({
      getParameter: 1,
      ttlMonitorSleepSecs: 1,
    });
    const set = await admin().command({ setParameter: 1, ttlMonitorSleepSecs: 1 });
    expect(set).toMatchObject({ was: original, ok: 1 });
    expect((await admin().command({ getParameter: 1, ttlMonitorSleepSecs: 1 })).ttlMonitorSleepSecs).toBe(1);
    await admin().command({ setParameter: 1, ttlMonitorSleepSecs: original });
  });

  test('setParameter of an unknown name: code 72; a bad value: refused and nothing changed', async () => {
    await expect(admin().command({ setParameter: 1, noSuchParameterAtAll: 5 })).rejects.toMatchObject({
      code: 72,
    });
    const { ttlMonitorSleepSecs: original } = await admin().command({
      getParameter: 1,
      ttlMonitorSleepSecs: 1,
    });
    await expect(admin().command({ setParameter: 1, ttlMonitorSleepSecs: 'soon' })).rejects.toMatchObject({
      ok: 0,
    });
    expect((await admin().command({ getParameter: 1, ttlMonitorSleepSecs: 1 })).ttlMonitorSleepSecs).toBe(
      original,
    );
  });
});

describeEngineOnly(
  'server parameters the engine honours (engine-only: mongod checks cursors every 4 s)',
  () => {
    let target: Target;
    beforeAll(async () => {
      target = await openTarget('serverparams');
    });
    afterAll(async () => {
      await target.close();
    });

    test('cursorTimeoutMillis closes idle cursors', async () => {
      const admin = target.client.db('admin');
      await target.db.collection('c').insertMany([{ n: 1 }, { n: 2 }, { n: 3 }]);
      const opened = await target.db.command({ find: 'c', filter: {}, batchSize: 1 });
      await admin.command({ setParameter: 1, cursorTimeoutMillis: 1 });
      try {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await expect(
          target.db.command({ getMore: (opened.cursor as Document).id, collection: 'c' }),
        ).rejects.toMatchObject({ code: 43 });
      } finally {
        await admin.command({ setParameter: 1, cursorTimeoutMillis: 600_000 });
      }
    });
  },
);
