/**
 * Engine-only: journal integrity. A torn tail (a crash mid-write) is dropped; damage followed by valid records is
 * corruption: the engine refuses to start, and a repair start keeps the damaged file and says what it lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { JournalDamageError, startEmbeddedMongo } from '../src/index.js';
import { decodeRecords, encodeRecord } from '../src/journal/framing.js';

const cli = path.join(__dirname, '..', 'dist', 'src', 'cli.js');
const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyodo-embedded-mongo-integrity-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  uri: string;
  stderr: () => string;
}

/** Starts the compiled CLI (as `npm run mongo` does) and waits for its URI. */
async function startCli(args: string[]): Promise<Running> {
  expect(fs.existsSync(cli)).toBe(true); // built by `npm test` (tsc -b) before jest runs
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const uri = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (mongodb:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`cli exited early with ${code}: ${stderr}`)));
  });
  return { child, uri, stderr: () => stderr };
}

function exited(child: ChildProcess, signal?: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    if (signal) child.kill(signal);
  });
}

test('one flipped byte mid-journal: refuse to start naming file and offset; --repair keeps the damaged file', async () => {
  const dataDir = tempDir();
  const journal = path.join(dataDir, 'journal.bson');

  // 200 acknowledged inserts, then kill -9: nothing gets a chance to compact or close.
  const first = await startCli(['--data-dir', dataDir]);
  const client = await MongoClient.connect(first.uri);
  const events = client.db('app').collection('events');
  for (let i = 0; i < 200; i += 1) await events.insertOne({ i, note: `event ${i}` });
  await client.close();
  await exited(first.child, 'SIGKILL');

  const original = fs.readFileSync(journal);
  const damaged = Buffer.from(original);
  const at = Math.floor(damaged.length * 0.4);
  damaged[at] = (damaged[at] as number) ^ 0x5a;
  fs.writeFileSync(journal, damaged);

  // The record holding the flipped byte, and how many whole records come before it.
  const intact = decodeRecords(original);
  let offset = 0;
  let before = 0;
  for (const record of intact.records) {
    const length = encodeRecord(record).length;
    if (offset + length > at) break;
    offset += length;
    before += 1;
  }
  const insertsBefore = before - 1; // the first record is the journal's header

  const refused = (await startEmbeddedMongo({ dataDir }).then(
    (engine) => engine.stop().then(() => new Error('the damaged journal was accepted')),
    (error: unknown) => error,
  )) as Error;
  expect(refused).toBeInstanceOf(JournalDamageError);
  expect(refused.message).toContain(journal);
  expect(refused.message).toContain(`byte offset ${offset}`);
  expect(refused.message).toContain('--repair');
  // Nothing was rewritten by the refused start: the evidence is intact, and the lock was released.
  expect(fs.readFileSync(journal).equals(damaged)).toBe(true);
  expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false);

  // The CLI says the same and exits 1.
  const cliRefusal = spawn(process.execPath, [cli, '--port', '0', '--data-dir', dataDir], { stdio: 'pipe' });
  let cliStderr = '';
  cliRefusal.stderr.on('data', (chunk: Buffer) => (cliStderr += chunk.toString()));
  expect(await exited(cliRefusal)).toBe(1);
  expect(cliStderr).toContain(`byte offset ${offset}`);
  expect(cliStderr).toContain('--repair');
  expect(fs.readFileSync(journal).equals(damaged)).toBe(true);

  const repaired = await startCli(['--data-dir', dataDir, '--repair']);
  try {
    const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('journal.bson.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0] as string)).equals(damaged)).toBe(true);
    expect(repaired.stderr()).toContain(`damaged at byte ${offset}`);
    expect(repaired.stderr()).toContain(
      `${insertsBefore} records recovered, ${200 - insertsBefore} could not be read`,
    );
    const again = await MongoClient.connect(repaired.uri);
    const kept = again.db('app').collection('events');
    expect(await kept.countDocuments()).toBe(insertsBefore);
    expect(await kept.findOne({ i: insertsBefore - 1 })).toMatchObject({
      note: `event ${insertsBefore - 1}`,
    });
    await kept.insertOne({ i: 'after repair' });
    await again.close();
  } finally {
    expect(await exited(repaired.child, 'SIGTERM')).toBe(0);
  }

  // The repaired directory starts normally from now on, with what the repair kept plus later writes.
  const engine = await startEmbeddedMongo({ dataDir });
  const after = await MongoClient.connect(engine.uri);
  expect(await after.db('app').collection('events').countDocuments()).toBe(insertsBefore + 1);
  await after.close();
  await engine.stop();
}, 60_000);

test('a torn tail is dropped, but its bytes are kept beside the journal', async () => {
  const dataDir = tempDir();
  let engine = await startEmbeddedMongo({ dataDir });
  let client = await MongoClient.connect(engine.uri);
  await client.db('app').collection('c').insertOne({ kept: true });
  await client.close();
  await engine.stop();
  const tail = encodeRecord({ changes: [{ op: 'put', db: 'app', coll: 'c', doc: { _id: 'torn' } }] });
  fs.appendFileSync(path.join(dataDir, 'journal.bson'), tail.subarray(0, 20));

  const warnings: string[] = [];
  engine = await startEmbeddedMongo({ dataDir, logger: { warn: (_obj, msg) => warnings.push(msg ?? '') } });
  client = await MongoClient.connect(engine.uri);
  expect(await client.db('app').collection('c').countDocuments()).toBe(1);
  await client.close();
  await engine.stop();
  expect(warnings).toContain('dropped a torn record at the end of the journal');
  const torn = fs.readdirSync(dataDir).filter((name) => name.startsWith('journal.bson.torn-'));
  expect(torn).toHaveLength(1);
  expect(fs.readFileSync(path.join(dataDir, torn[0] as string)).equals(tail.subarray(0, 20))).toBe(true);
});

test('a damaged snapshot is refused, and repair keeps it and loads the chunks before the damage', async () => {
  const dataDir = tempDir();
  let engine = await startEmbeddedMongo({ dataDir });
  let client = await MongoClient.connect(engine.uri);
  await client.db('app').collection('a').insertOne({ in: 'a' });
  await client.db('app').collection('b').insertOne({ in: 'b' });
  await client.close();
  await engine.stop();
  // The start after those writes compacts them into the snapshot: [header][chunk a][chunk b][end].
  await (await startEmbeddedMongo({ dataDir })).stop();
  const snapshot = path.join(dataDir, 'snapshot.bson');
  const good = fs.readFileSync(snapshot);
  const records = decodeRecords(good).records;
  const chunkB = encodeRecord(records[0]!).length + encodeRecord(records[1]!).length;
  const bad = Buffer.from(good);
  bad[chunkB + 12] = (bad[chunkB + 12] as number) ^ 0xff;
  fs.writeFileSync(snapshot, bad);

  await expect(startEmbeddedMongo({ dataDir })).rejects.toThrow(`byte offset ${chunkB}`);
  engine = await startEmbeddedMongo({ dataDir, repair: true });
  expect(engine.repairs).toEqual([
    expect.objectContaining({ file: snapshot, offset: chunkB, recordsRecovered: 1, recordsLost: 2 }),
  ]);
  client = await MongoClient.connect(engine.uri);
  expect(await client.db('app').collection('a').countDocuments()).toBe(1);
  expect(await client.db('app').collection('b').countDocuments()).toBe(0);
  await client.close();
  await engine.stop();
  expect(fs.readFileSync(engine.repairs[0]!.movedTo).equals(bad)).toBe(true);
});

test('a data directory written in the previous record format (CRC-32) is read and migrated', async () => {
  const dataDir = tempDir();
  const legacy = Buffer.concat([
    encodeRecord({ journal: 1, generation: 0 }, 1),
    encodeRecord({ changes: [{ op: 'createCollection', db: 'app', coll: 'old', options: {} }] }, 1),
    encodeRecord({ changes: [{ op: 'put', db: 'app', coll: 'old', doc: { _id: 1, from: 'format 1' } }] }, 1),
  ]);
  fs.writeFileSync(path.join(dataDir, 'journal.bson'), legacy);
  const engine = await startEmbeddedMongo({ dataDir });
  const client = await MongoClient.connect(engine.uri);
  expect(
    await client
      .db('app')
      .collection('old')
      .findOne({ _id: 1 as never }),
  ).toEqual({ _id: 1, from: 'format 1' });
  await client.close();
  await engine.stop();
  expect(decodeRecords(fs.readFileSync(path.join(dataDir, 'snapshot.bson'))).format).toBe(2);
  expect(decodeRecords(fs.readFileSync(path.join(dataDir, 'journal.bson'))).format).toBe(2);
});
