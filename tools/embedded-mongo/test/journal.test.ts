/**
 * Engine-only: persistence of the embedded engine's data directory (a real MongoDB has its own storage engine),
 * so these tests always start embedded engines, even when MONGODB_URI is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, type Document } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../src/index.js';
import { encodeRecord } from '../src/journal/framing.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyodo-embedded-mongo-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function withEngine<T>(
  dataDir: string,
  fn: (client: MongoClient, engine: EmbeddedMongo) => Promise<T>,
  extra = {},
): Promise<T> {
  const engine = await startEmbeddedMongo({ dataDir, ...extra });
  const client = await MongoClient.connect(engine.uri);
  try {
    return await fn(client, engine);
  } finally {
    await client.close();
    await engine.stop();
  }
}

/** Copies the data directory as it is on disk right now: what a power cut would leave behind. */
function crashCopy(from: string): string {
  const to = tempDir();
  for (const file of fs.readdirSync(from)) {
    if (file !== 'LOCK') fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
  return to;
}

describe('journal (engine-only)', () => {
  test('acknowledged writes, index changes and drops survive a restart', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async (client) => {
      const db = client.db('app');
      await db.collection('people').createIndex({ email: 1 }, { unique: true });
      await db.collection('people').insertMany([
        { email: 'a@x.jp', n: 1 },
        { email: 'b@x.jp', n: 2 },
        { email: 'c@x.jp', n: 3 },
      ]);
      await db.collection('people').updateOne({ email: 'a@x.jp' }, { $inc: { n: 10 } });
      await db.collection('people').deleteOne({ email: 'c@x.jp' });
      await db.collection('scratch').insertOne({ temporary: true });
      await db.collection('scratch').drop();
      await client.db('gone').collection('x').insertOne({ a: 1 });
      await client.db('gone').dropDatabase();
    });
    await withEngine(dataDir, async (client) => {
      const db = client.db('app');
      const people = await db
        .collection('people')
        .find({}, { projection: { _id: 0 } })
        .sort({ email: 1 })
        .toArray();
      expect(people).toEqual([
        { email: 'a@x.jp', n: 11 },
        { email: 'b@x.jp', n: 2 },
      ]);
      expect((await db.listCollections().toArray()).map((c) => c.name)).toEqual(['people']);
      const dbs = (await client.db('admin').admin().listDatabases()).databases.map((d) => d.name);
      expect(dbs).not.toContain('gone');
      await expect(db.collection('people').insertOne({ email: 'b@x.jp' })).rejects.toMatchObject({
        code: 11000,
      });
    });
  });

  test('50 concurrent $inc on a journaled engine are all durable', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async (client) => {
      const c = client.db('app').collection('counters');
      const { insertedId } = await c.insertOne({ value: 0 });
      await Promise.all(
        Array.from({ length: 50 }, () => c.updateOne({ _id: insertedId }, { $inc: { value: 1 } })),
      );
    });
    await withEngine(dataDir, async (client) => {
      expect(await client.db('app').collection('counters').findOne({})).toMatchObject({ value: 50 });
    });
  });

  test('one command writing more than the BSON limit is journaled in several records', async () => {
    const dataDir = tempDir();
    const text = 'k'.repeat(6 * 1024 * 1024);
    await withEngine(dataDir, async (client) => {
      const c = client.db('app').collection('large');
      for (let i = 0; i < 3; i += 1) await c.insertOne({ i });
      // One update command whose post-images add up to 18 MiB.
      expect((await c.updateMany({}, { $set: { text } })).modifiedCount).toBe(3);
    });
    await withEngine(dataDir, async (client) => {
      const docs = await client.db('app').collection('large').find().toArray();
      expect(docs.map((d) => [d.i, d.text === text])).toEqual([
        [0, true],
        [1, true],
        [2, true],
      ]);
    });
  });

  test('a torn last record (half written or bad checksum) is dropped and every acknowledged write is kept', async () => {
    const dataDir = tempDir();
    const engine = await startEmbeddedMongo({ dataDir });
    const client = await MongoClient.connect(engine.uri);
    const ids: unknown[] = [];
    try {
      const c = client.db('app').collection('events');
      for (let i = 0; i < 20; i += 1) ids.push((await c.insertOne({ i })).insertedId);
      await Promise.all(Array.from({ length: 30 }, (_, i) => c.insertOne({ i: 100 + i })));
      await c.updateMany({ i: { $lt: 5 } }, { $set: { early: true } });

      const halfWritten = crashCopy(dataDir);
      const record = encodeRecord({
        changes: [{ op: 'put', db: 'app', coll: 'events', doc: { _id: 'ghost', i: -1 } }],
      });
      fs.appendFileSync(
        path.join(halfWritten, 'journal.bson'),
        record.subarray(0, Math.floor(record.length / 2)),
      );

      const badChecksum = crashCopy(dataDir);
      const corrupted = Buffer.from(record);
      corrupted.writeUInt32LE(corrupted.readUInt32LE(4) ^ 0xffffffff, 4);
      fs.appendFileSync(path.join(badChecksum, 'journal.bson'), corrupted);

      const garbage = crashCopy(dataDir);
      fs.appendFileSync(path.join(garbage, 'journal.bson'), Buffer.from([1, 2, 3]));

      for (const crashed of [halfWritten, badChecksum, garbage]) {
        await withEngine(crashed, async (recovered) => {
          const events = recovered.db('app').collection('events');
          expect(await events.countDocuments()).toBe(50);
          expect(await events.countDocuments({ early: true })).toBe(5);
          expect(await events.findOne({ _id: 'ghost' as never })).toBeNull();
          // The recovered engine keeps accepting writes after the dropped tail.
          await events.insertOne({ i: 999 });
        });
        await withEngine(crashed, async (again) => {
          expect(await again.db('app').collection('events').countDocuments()).toBe(51);
        });
      }
    } finally {
      await client.close();
      await engine.stop();
    }
  });

  test('compaction folds the journal into a snapshot when it passes the threshold and on start', async () => {
    const dataDir = tempDir();
    const journalSize = () => fs.statSync(path.join(dataDir, 'journal.bson')).size;
    await withEngine(
      dataDir,
      async (client) => {
        const c = client.db('app').collection('log');
        for (let i = 0; i < 200; i += 1) await c.insertOne({ i, text: 'x'.repeat(100) });
        // 200 records of ~150 bytes would be ~30 KB without compaction.
        expect(journalSize()).toBeLessThan(8 * 1024);
        expect(fs.existsSync(path.join(dataDir, 'snapshot.bson'))).toBe(true);
      },
      { journalCompactionBytes: 4 * 1024 },
    );
    await withEngine(dataDir, async (client) => {
      // Start compacted everything: the journal holds only its header.
      expect(journalSize()).toBeLessThan(64);
      expect(await client.db('app').collection('log').countDocuments()).toBe(200);
      expect(await client.db('app').collection('log').findOne({ i: 199 })).toMatchObject({
        text: 'x'.repeat(100),
      });
    });
  });

  test('a journal older than the snapshot (crash during compaction) is not replayed', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async (client) => {
      await client
        .db('app')
        .collection('c')
        .insertOne({ _id: 'kept' as never });
    });
    // Each start compacts: the second one folds the insert into snapshot generation 2. Put back a generation-1
    // journal holding a stale delete, as if the process died after renaming the new snapshot but before replacing
    // the journal.
    await withEngine(dataDir, async () => undefined);
    const stale = Buffer.concat([
      encodeRecord({ journal: 1, generation: 1 }),
      encodeRecord({ changes: [{ op: 'delete', db: 'app', coll: 'c', id: 'kept' }] }),
    ]);
    fs.writeFileSync(path.join(dataDir, 'journal.bson'), stale);
    await withEngine(dataDir, async (client) => {
      expect(
        await client
          .db('app')
          .collection('c')
          .findOne({ _id: 'kept' as never }),
      ).not.toBeNull();
    });
  });

  test('a damaged snapshot or journal header stops the start instead of dropping data', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async (client) => {
      await client.db('app').collection('c').insertOne({ kept: true });
    });
    const snapshot = path.join(dataDir, 'snapshot.bson');
    const good = fs.readFileSync(snapshot);
    const damaged = Buffer.from(good);
    damaged[12] = (damaged[12] ?? 0) ^ 0xff;
    fs.writeFileSync(snapshot, damaged);
    await expect(startEmbeddedMongo({ dataDir })).rejects.toThrow(
      /snapshot .* is damaged at byte offset \d+ .*--repair/,
    );
    fs.writeFileSync(snapshot, good);
    const journal = path.join(dataDir, 'journal.bson');
    fs.writeFileSync(
      journal,
      Buffer.concat([Buffer.from([9, 9, 9, 9, 9, 9, 9, 9]), fs.readFileSync(journal)]),
    );
    await expect(startEmbeddedMongo({ dataDir })).rejects.toThrow(/no valid header/);
    // The failed starts released the directory.
    expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false);
  });

  test('validators, hidden indexes and capped collections survive restarts (journal replay and snapshot)', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async (client) => {
      const db = client.db('app');
      await db.createCollection('people', { validator: { name: { $type: 'string' } } });
      await db.collection('people').createIndex({ name: 1 }, { name: 'name_1' });
      await db.command({ collMod: 'people', index: { name: 'name_1', hidden: true } });
      await db.command({ collMod: 'people', validationAction: 'error', validationLevel: 'moderate' });
      await db.createCollection('log', { capped: true, size: 100_000, max: 2 });
      for (let i = 0; i < 4; i += 1) await db.collection('log').insertOne({ i });
    });
    // First restart replays the journal; the second loads the snapshot the first one wrote.
    for (let start = 0; start < 2; start += 1) {
      await withEngine(dataDir, async (client) => {
        const db = client.db('app');
        await expect(db.collection('people').insertOne({ name: 5 })).rejects.toMatchObject({ code: 121 });
        const [info] = (await db.listCollections({ name: 'people' }).toArray()) as Document[];
        expect(info?.options).toMatchObject({ validationLevel: 'moderate' });
        const index = (await db.collection('people').listIndexes().toArray()).find(
          (i) => i.name === 'name_1',
        );
        expect(index?.hidden).toBe(true);
        expect((await db.collection('log').find().toArray()).map((doc) => doc.i)).toEqual(
          start === 0 ? [2, 3] : [3, 100],
        );
        await db.collection('log').insertOne({ i: 100 });
      });
    }
  });

  test('validationAction warn logs the failing document', async () => {
    const warnings: { obj: object; msg?: string }[] = [];
    const engine = await startEmbeddedMongo({ logger: { warn: (obj, msg) => warnings.push({ obj, msg }) } });
    const client = await MongoClient.connect(engine.uri);
    try {
      const db = client.db('app');
      await db.createCollection('w', { validator: { n: { $type: 'int' } }, validationAction: 'warn' });
      await db.collection('w').insertOne({ _id: 'bad' as never, n: 'x' });
      expect(warnings).toContainEqual({
        msg: 'Document would fail validation',
        obj: expect.objectContaining({
          namespace: 'app.w',
          errInfo: expect.objectContaining({ failingDocumentId: 'bad' }),
        }),
      });
    } finally {
      await client.close();
      await engine.stop();
    }
  });

  test('a data directory in use by a running engine is refused', async () => {
    const dataDir = tempDir();
    await withEngine(dataDir, async () => {
      await expect(startEmbeddedMongo({ dataDir })).rejects.toThrow(/in use by process/);
    });
  });
});
