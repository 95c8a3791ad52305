/**
 * Conformance (embedded engine, or MONGODB_URI): raw wire protocol; the robustness part is engine-only.
 */
import net from 'node:net';
import { BSON, type Document } from 'bson';
import { openTarget, describeEngineOnly, type Target } from './support/target.js';

function hostPort(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^mongodb:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 27017) };
}

/** Sends raw bytes and resolves with the first complete reply (or null when the server closes the socket). */
function exchange(uri: string, bytes: Buffer): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(hostPort(uri));
    let received = Buffer.alloc(0);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= received.readInt32LE(0)) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('close', () => resolve(null));
    socket.on('error', reject);
  });
}

function opQuery(collection: string, query: Document): Buffer {
  const body = Buffer.concat([
    Buffer.alloc(4), // flags
    Buffer.from(`${collection}\0`, 'utf8'),
    Buffer.from([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]), // numberToSkip 0, numberToReturn -1
    BSON.serialize(query),
  ]);
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(7, 4);
  header.writeInt32LE(2004, 12);
  return Buffer.concat([header, body]);
}

describe('wire protocol', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('wire');
  });
  afterAll(async () => {
    await target.close();
  });

  test('legacy OP_QUERY handshake gets an OP_REPLY that driver 7 accepts', async () => {
    const reply = await exchange(target.uri, opQuery('admin.$cmd', { isMaster: 1, helloOk: true }));
    expect(reply).not.toBeNull();
    const bytes = reply as Buffer;
    expect(bytes.readInt32LE(8)).toBe(7); // responseTo
    expect(bytes.readInt32LE(12)).toBe(1); // OP_REPLY
    expect(bytes.readInt32LE(32)).toBe(1); // numberReturned
    const doc = BSON.deserialize(bytes.subarray(36));
    expect(doc).toMatchObject({ ok: 1, ismaster: true, helloOk: true, minWireVersion: 0 });
    expect(doc.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect(doc.maxBsonObjectSize).toBe(16 * 1024 * 1024);
    expect(doc.compression).toBeUndefined();
  });

  test('a multi-megabyte document round-trips', async () => {
    const c = target.db.collection('big');
    const text = 'あ'.repeat(2_000_000);
    const { insertedId } = await c.insertOne({ text });
    expect((await c.findOne({ _id: insertedId }))?.text).toBe(text);
  });

  test('an update that would grow a document past 16 MiB fails and leaves it unchanged', async () => {
    const c = target.db.collection('grow');
    const { insertedId } = await c.insertOne({ a: 'a'.repeat(9 * 1024 * 1024) });
    await expect(
      c.updateOne({ _id: insertedId }, { $set: { b: 'b'.repeat(9 * 1024 * 1024) } }),
    ).rejects.toMatchObject({
      code: 17419,
    });
    expect((await c.findOne({ _id: insertedId }, { projection: { a: 0 } })) ?? {}).toEqual({
      _id: insertedId,
    });
  });
});

describeEngineOnly('wire protocol robustness (engine-only)', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('wire_robust');
  });
  afterAll(async () => {
    await target.close();
  });

  test('garbage closes only that connection; other clients keep working', async () => {
    const garbage = Buffer.alloc(32, 0xff);
    expect(await exchange(target.uri, garbage)).toBeNull();
    const badOpCode = Buffer.alloc(16);
    badOpCode.writeInt32LE(16, 0);
    badOpCode.writeInt32LE(9999, 12);
    expect(await exchange(target.uri, badOpCode)).toBeNull();
    expect(await target.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });
});
