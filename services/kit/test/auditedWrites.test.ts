import { randomBytes } from 'node:crypto';
import mongoose, { Schema, type HydratedDocument } from 'mongoose';
import {
  AuditEntryModel,
  auditHistory,
  auditPage,
  auditQuery,
  auditedCreate,
  auditedPlugin,
  auditedUpdate,
  closeDatabase,
  conflict,
  connectDatabase,
  flushPendingAudit,
  versionOf,
  type AuditContext,
  type AuditEntryRecord,
} from '../src/index.js';

interface Hall {
  name: string;
  capacity: number;
  open: boolean;
  contact: { email: string | null; phone: string | null };
  tags: string[];
}

const hallSchema = new Schema<Hall>(
  {
    name: { type: String, required: true },
    capacity: { type: Number, required: true, min: 0 },
    open: { type: Boolean, default: true },
    contact: {
      type: new Schema({ email: String, phone: String }, { _id: false }),
      default: () => ({ email: null, phone: null }),
    },
    tags: { type: [String], default: [] },
  },
  { collection: 'halls', timestamps: true },
);
auditedPlugin(hallSchema, { entityType: 'Hall', personalFields: ['contact.email', 'contact.phone'] });
const HallModel = mongoose.model<Hall>('KitAuditTestHall', hallSchema);
type HallDocument = HydratedDocument<Hall>;

const staff = (sub: string): AuditContext => ({
  viewer: { sub, role: 'staff', organizationIds: [] },
  now: new Date('2026-06-16T01:00:00Z'),
  requestId: `req-${sub}`,
});
const alice = staff('staff:alice');
const bob = staff('staff:bob');

let connection: mongoose.Connection;
let commands: mongoose.mongo.CommandStartedEvent[] = [];
beforeAll(async () => {
  const uri = process.env.MONGODB_URI?.trim() || undefined;
  connection = await connectDatabase('kitaudit', {
    ...(uri ? { uri } : {}),
    dbName: `kyodo_kitaudit_test_${randomBytes(4).toString('hex')}`,
    models: [HallModel, AuditEntryModel],
    monitorCommands: true,
  });
  connection.getClient().on('commandStarted', (event) => commands.push(event));
});
afterAll(async () => {
  if (process.env.MONGODB_URI) await connection.dropDatabase();
  await closeDatabase(connection);
});
beforeEach(async () => {
  await HallModel.collection.deleteMany({});
  await AuditEntryModel.collection.deleteMany({});
  commands = [];
});

const entriesOf = (entityId: unknown) =>
  AuditEntryModel.find({ entityId: String(entityId) })
    .sort({ at: -1, _id: -1 })
    .lean<AuditEntryRecord[]>();
const outboxOf = async (id: unknown) =>
  ((await HallModel.collection.findOne({ _id: id as mongoose.Types.ObjectId }))?._pendingAudit ??
    []) as unknown[];

function createHall(ctx = alice, idempotencyKey?: string, name = 'Minato Hall') {
  const input = { name, capacity: 80, contact: { email: 'desk@example.org' } };
  return auditedCreate(HallModel, { ...input, contact: { email: input.contact.email, phone: null } }, ctx, {
    operation: 'createHall',
    idempotencyKey: idempotencyKey ?? null,
    input,
  });
}

describe('auditedCreate', () => {
  test('stores the document at version 0 and one entry naming actor, operation and the stored fields, personal ones redacted', async () => {
    const hall = await createHall();
    expect(versionOf(hall)).toBe(0);
    const [entry, ...more] = await entriesOf(hall._id);
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({
      at: alice.now,
      actor: { sub: 'staff:alice', role: 'staff', organizationIds: [] },
      operation: 'createHall',
      entityType: 'Hall',
      entityId: String(hall._id),
      requestId: 'req-staff:alice',
    });
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: '"Minato Hall"' },
        { field: 'capacity', before: null, after: '80' },
        { field: 'open', before: null, after: 'true' },
        { field: 'contact', before: null, after: '"[redacted]"' },
      ]),
    );
    expect(JSON.stringify(entry)).not.toContain('desk@example.org');
    expect(entry!.changes.map((change) => change.field)).not.toContain('_pendingAudit');
    expect(await outboxOf(hall._id)).toEqual([]);
  });

  test('the document and its entry go to the database in one insert', async () => {
    commands = [];
    await createHall();
    const writes = commands.filter((c) => ['insert', 'update', 'findAndModify'].includes(c.commandName));
    const first = writes[0]!;
    expect(first.commandName).toBe('insert');
    expect((first.command as { insert: string }).insert).toBe('halls');
    const doc = (first.command as { documents: Record<string, unknown>[] }).documents[0]!;
    expect(doc.name).toBe('Minato Hall');
    expect((doc._pendingAudit as { operation: string }[])[0]!.operation).toBe('createHall');
  });

  test('a retry with the same key and input returns the first document and leaves no second entry', async () => {
    const first = await createHall(alice, 'create-hall-0001');
    const again = await createHall(alice, 'create-hall-0001');
    expect(String(again._id)).toBe(String(first._id));
    expect(await HallModel.countDocuments()).toBe(1);
    expect(await AuditEntryModel.countDocuments()).toBe(1);
  });

  test('keys belong to their caller: the same key from another viewer is another create', async () => {
    const mine = await createHall(alice, 'create-hall-0001');
    const theirs = await createHall(bob, 'create-hall-0001');
    expect(String(theirs._id)).not.toBe(String(mine._id));
  });

  test('the same key with another input is CONFLICT and writes nothing', async () => {
    await createHall(alice, 'create-hall-0002');
    await expect(createHall(alice, 'create-hall-0002', 'Another Hall')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', argumentName: 'idempotencyKey' },
    });
    expect(await HallModel.countDocuments()).toBe(1);
  });

  test.each(['short', 'x'.repeat(129), 'tab\tinside-key', 'ｗｉｄｅ-characters'])(
    'a malformed key (%j) is BAD_USER_INPUT naming idempotencyKey',
    async (key) => {
      await expect(createHall(alice, key)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
      });
      expect(await HallModel.countDocuments()).toBe(0);
    },
  );

  test('two concurrent duplicates create one document: the loser returns the winner', async () => {
    const results = await Promise.all([1, 2, 3].map(() => createHall(alice, 'create-hall-race')));
    expect(new Set(results.map((hall) => String(hall._id))).size).toBe(1);
    expect(await HallModel.countDocuments()).toBe(1);
    expect(await AuditEntryModel.countDocuments()).toBe(1);
  });
});

function rename(hall: HallDocument, name: string, ctx = alice, expectedVersion: number | null = 0) {
  return auditedUpdate(HallModel, {
    id: String(hall._id),
    expectedVersion,
    update: { $set: { name } },
    operation: 'updateHall',
    ctx,
  });
}

describe('auditedUpdate', () => {
  test('applies the change at the expected version, increments it and records before and after', async () => {
    const hall = await createHall();
    const updated = await auditedUpdate(HallModel, {
      id: String(hall._id),
      expectedVersion: 0,
      update: {
        $set: { name: 'Minato Civic Hall', 'contact.phone': '054-000-0000' },
        $inc: { capacity: 20 },
      },
      operation: 'updateHall',
      ctx: bob,
    });
    expect(updated.name).toBe('Minato Civic Hall');
    expect(updated.capacity).toBe(100);
    expect(versionOf(updated)).toBe(1);
    const [entry] = await entriesOf(hall._id);
    expect(entry).toMatchObject({ operation: 'updateHall', actor: { sub: 'staff:bob' } });
    expect(entry!.changes).toEqual([
      { field: 'name', before: '"Minato Hall"', after: '"Minato Civic Hall"' },
      { field: 'contact.phone', before: null, after: '"[redacted]"' },
      { field: 'capacity', before: '80', after: '100' },
    ]);
    expect(await outboxOf(hall._id)).toEqual([]);
  });

  test('the change, the version and the entry are one findAndModify pinned to the version', async () => {
    const hall = await createHall();
    commands = [];
    await rename(hall, 'Renamed');
    const [write] = commands.filter((c) => c.commandName === 'findAndModify');
    const command = write!.command as {
      query: Record<string, unknown>;
      update: Record<string, Record<string, unknown>>;
    };
    expect(command.query).toMatchObject({ _id: hall._id });
    expect(JSON.stringify(command.query)).toContain('__v');
    expect(command.update.$set).toMatchObject({ name: 'Renamed' });
    expect(command.update.$inc).toEqual({ __v: 1 });
    expect((command.update.$push!._pendingAudit as { operation: string }).operation).toBe('updateHall');
  });

  test('a stale version is CONFLICT naming the current version, and changes nothing', async () => {
    const hall = await createHall();
    await rename(hall, 'First');
    await expect(rename(hall, 'Second', bob, 0)).rejects.toMatchObject({
      message: expect.stringContaining('was changed by someone else (version 1)'),
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    expect((await HallModel.findById(hall._id))!.name).toBe('First');
    expect(await AuditEntryModel.countDocuments({ operation: 'updateHall' })).toBe(1);
  });

  test('two racing editors at the same version: exactly one wins, the other is CONFLICT', async () => {
    const hall = await createHall();
    const results = await Promise.allSettled([rename(hall, 'By Alice', alice), rename(hall, 'By Bob', bob)]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    const stored = (await HallModel.findById(hall._id))!;
    expect(versionOf(stored)).toBe(1);
    const updates = await AuditEntryModel.find({ operation: 'updateHall' }).lean();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes[0]!.after).toBe(JSON.stringify(stored.name));
  });

  test('an unknown id is NOT_FOUND and a malformed one BAD_USER_INPUT', async () => {
    await expect(
      auditedUpdate(HallModel, {
        id: new mongoose.Types.ObjectId().toHexString(),
        expectedVersion: 0,
        update: { name: 'x' },
        operation: 'updateHall',
        ctx: alice,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', typename: 'Hall' } });
    await expect(
      auditedUpdate(HallModel, {
        id: 'nope',
        expectedVersion: 0,
        update: { name: 'x' },
        operation: 'u',
        ctx: alice,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
  });

  test('a filter that does not match is the caller’s filterProblem, and writes nothing', async () => {
    const hall = await createHall();
    await HallModel.collection.updateOne({ _id: hall._id }, { $set: { open: false } });
    await expect(
      auditedUpdate(HallModel, {
        id: hall._id,
        expectedVersion: 0,
        filter: { open: true },
        update: { name: 'x' },
        operation: 'updateHall',
        ctx: alice,
        filterProblem: (current) => conflict(`${current.name} is closed`),
      }),
    ).rejects.toMatchObject({ message: 'Minato Hall is closed', extensions: { code: 'CONFLICT' } });
    expect(await AuditEntryModel.countDocuments({ operation: 'updateHall' })).toBe(0);
  });

  test('a change that changes nothing writes nothing and returns the document at its version', async () => {
    const hall = await createHall();
    commands = [];
    const same = await rename(hall, 'Minato Hall');
    expect(versionOf(same)).toBe(0);
    expect(
      commands.filter((c) => c.commandName === 'findAndModify' || c.commandName === 'update'),
    ).toHaveLength(0);
    expect(await AuditEntryModel.countDocuments({ operation: 'updateHall' })).toBe(0);
  });

  test('without expectedVersion, a write racing others is re-applied to the newest version, each entry exact', async () => {
    const hall = await createHall();
    const adds = ['a', 'b', 'c'].map((tag) =>
      auditedUpdate(HallModel, {
        id: hall._id,
        update: { $push: { tags: tag }, $inc: { capacity: 1 } },
        operation: 'tagHall',
        ctx: alice,
      }),
    );
    await Promise.all(adds);
    const stored = (await HallModel.findById(hall._id))!;
    expect([...stored.tags].sort()).toEqual(['a', 'b', 'c']);
    expect(versionOf(stored)).toBe(3);
    const capacities = (await AuditEntryModel.find({ operation: 'tagHall' }).lean())
      .map((entry) => entry.changes.find((change) => change.field === 'capacity')!)
      .map((change) => [Number(change.before), Number(change.after)])
      .sort((x, y) => x[0]! - y[0]!);
    expect(capacities).toEqual([
      [80, 81],
      [81, 82],
      [82, 83],
    ]);
  });

  test('documents stored before versioning (no __v) are version 0', async () => {
    const { insertedId } = await HallModel.collection.insertOne({ name: 'Old', capacity: 1, tags: [] });
    const updated = await auditedUpdate(HallModel, {
      id: insertedId,
      expectedVersion: 0,
      update: { name: 'Old, renamed' },
      operation: 'updateHall',
      ctx: alice,
    });
    expect(versionOf(updated)).toBe(1);
  });
});

/** A counted, non-idempotent change (a tag and a seat more), as a payment is: only a key makes a retry safe. */
function addSeat(hall: HallDocument, tag: string, key: string | null, ctx = alice) {
  return auditedUpdate(HallModel, {
    id: hall._id,
    update: { $push: { tags: tag }, $inc: { capacity: 1 } },
    operation: 'addSeat',
    ctx,
    idempotencyKey: key,
    input: { id: String(hall._id), tag },
  });
}

describe('auditedUpdate with an idempotency key', () => {
  test('a retry with the same key and input returns the document and changes nothing more', async () => {
    const hall = await createHall();
    const first = await addSeat(hall, 'a', 'add-seat-0001');
    commands = [];
    const again = await addSeat(hall, 'a', 'add-seat-0001');
    expect(commands.filter((c) => c.commandName === 'findAndModify')).toHaveLength(0);
    expect(versionOf(again)).toBe(versionOf(first));
    const stored = (await HallModel.findById(hall._id))!;
    expect([stored.capacity, [...stored.tags], versionOf(stored)]).toEqual([81, ['a'], 1]);
    const entries = await AuditEntryModel.find({ operation: 'addSeat' }).lean();
    expect(entries).toHaveLength(1);
    // The key is bookkeeping: neither the entry nor a read shows it.
    expect(JSON.stringify(entries)).not.toContain('add-seat-0001');
    expect(stored.toObject()).not.toHaveProperty('_appliedKeys');
  });

  test('the same key with another input is CONFLICT naming idempotencyKey, and writes nothing', async () => {
    const hall = await createHall();
    await addSeat(hall, 'a', 'add-seat-0002');
    await expect(addSeat(hall, 'b', 'add-seat-0002')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', argumentName: 'idempotencyKey' },
    });
    expect((await HallModel.findById(hall._id))!.capacity).toBe(81);
  });

  test('keys belong to their caller and their document: elsewhere the same key is another change', async () => {
    const hall = await createHall();
    const other = await createHall(alice, undefined, 'Shimizu Hall');
    await addSeat(hall, 'a', 'add-seat-0003');
    await addSeat(hall, 'a', 'add-seat-0003', bob);
    await addSeat(other, 'a', 'add-seat-0003');
    expect((await HallModel.findById(hall._id))!.capacity).toBe(82);
    expect((await HallModel.findById(other._id))!.capacity).toBe(81);
  });

  test('without a key each call is another change', async () => {
    const hall = await createHall();
    await addSeat(hall, 'a', null);
    await addSeat(hall, 'a', null);
    expect((await HallModel.findById(hall._id))!.capacity).toBe(82);
  });

  test('concurrent retries apply the change once, each returning the document with it', async () => {
    const hall = await createHall();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => addSeat(hall, 'a', 'add-seat-race')));
    for (const result of results) expect(result.capacity).toBe(81);
    const stored = (await HallModel.findById(hall._id))!;
    expect([stored.capacity, [...stored.tags], versionOf(stored)]).toEqual([81, ['a'], 1]);
    expect(await AuditEntryModel.countDocuments({ operation: 'addSeat' })).toBe(1);
  });

  test.each(['short', 'x'.repeat(129), 'tab\tinside-key'])(
    'a malformed key (%j) is BAD_USER_INPUT naming idempotencyKey, before anything is written',
    async (key) => {
      const hall = await createHall();
      await expect(addSeat(hall, 'a', key)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
      });
      expect((await HallModel.findById(hall._id))!.capacity).toBe(80);
    },
  );
});

describe('the outbox', () => {
  test('an entry a crash left in its document reaches the log on flush, once, however often flushed', async () => {
    const hall = await createHall();
    const entry = {
      ...(await entriesOf(hall._id))[0]!,
      _id: new mongoose.Types.ObjectId(),
      operation: 'crashed',
    };
    // As if the process died between the write and the move: the entry is only in the document.
    await HallModel.collection.updateOne({ _id: hall._id }, { $push: { _pendingAudit: entry } } as never);
    await flushPendingAudit([HallModel]);
    // A second flush after a crash between insert and pull: the insert meets the duplicate and the pull finishes.
    await HallModel.collection.updateOne({ _id: hall._id }, { $push: { _pendingAudit: entry } } as never);
    await flushPendingAudit([HallModel, AuditEntryModel]);
    expect(await AuditEntryModel.countDocuments({ operation: 'crashed' })).toBe(1);
    expect(await outboxOf(hall._id)).toEqual([]);
  });

  test('the outbox and the idempotency record never appear in reads', async () => {
    const hall = await createHall(alice, 'hidden-key-0001');
    const read = (await HallModel.findById(hall._id))!.toObject() as unknown as Record<string, unknown>;
    expect(read).not.toHaveProperty('_pendingAudit');
    expect(read).not.toHaveProperty('idempotency');
  });
});

describe('the log', () => {
  test('entries cannot be updated or deleted through the model', async () => {
    await createHall();
    const refusals = [
      AuditEntryModel.updateOne({}, { operation: 'forged' }),
      AuditEntryModel.updateMany({}, { operation: 'forged' }),
      AuditEntryModel.findOneAndUpdate({}, { operation: 'forged' }),
      AuditEntryModel.replaceOne({}, { operation: 'forged' }),
      AuditEntryModel.deleteOne({}),
      AuditEntryModel.deleteMany({}),
      AuditEntryModel.findOneAndDelete({}),
    ];
    for (const refusal of refusals) await expect(refusal.exec()).rejects.toThrow('append-only');
    const entry = (await AuditEntryModel.findOne())!;
    entry.operation = 'forged';
    await expect(entry.save()).rejects.toThrow('append-only');
    expect(await AuditEntryModel.countDocuments({ operation: 'createHall' })).toBe(1);
  });

  test('pages newest first through sealed cursors, and filters by entity, actor and time', async () => {
    const hall = await createHall();
    for (let i = 1; i <= 4; i++) {
      const ctx = { ...(i % 2 ? alice : bob), now: new Date(Date.UTC(2026, 5, 16, 1, i)) };
      await rename(hall, `Name ${i}`, ctx, i - 1);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await auditPage(auditQuery({ entityType: 'Hall', entityId: String(hall._id) }), {
        first: 2,
        after,
      });
      seen.push(...page.edges.map((edge) => edge.node.operation + ':' + edge.node.changes[0]!.after));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([
      'updateHall:"Name 4"',
      'updateHall:"Name 3"',
      'updateHall:"Name 2"',
      'updateHall:"Name 1"',
      'createHall:"Minato Hall"',
    ]);
    const bobs = await auditPage(auditQuery({ actor: 'staff:bob' }), {});
    expect(bobs.edges.map((edge) => edge.node.changes[0]!.after)).toEqual(['"Name 4"', '"Name 2"']);
    const window = await auditPage(
      auditQuery({ from: new Date(Date.UTC(2026, 5, 16, 1, 2)), to: new Date(Date.UTC(2026, 5, 16, 1, 4)) }),
      {},
    );
    expect(window.edges.map((edge) => edge.node.changes[0]!.after)).toEqual(['"Name 3"', '"Name 2"']);
  });

  test('bad filters and cursors are BAD_USER_INPUT naming the argument', async () => {
    expect(() => auditQuery({ entityType: 'hall; drop' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argumentName: 'filter.entityType' }) }),
    );
    expect(() => auditQuery({ from: new Date(2), to: new Date(1) })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argumentName: 'filter.from' }) }),
    );
    await expect(auditPage({}, { after: 'forged.cursor' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
    await expect(auditPage({}, { first: 101 })).rejects.toMatchObject({
      extensions: { argumentName: 'first' },
    });
  });

  test('history is staff only: FORBIDDEN for members, UNAUTHENTICATED for anonymous', async () => {
    const hall = await createHall();
    const history = auditHistory('Hall', [HallModel]);
    const page = await history(hall, {}, { viewer: alice.viewer });
    expect(page.edges).toHaveLength(1);
    await expect(
      history(hall, {}, { viewer: { sub: 'member:1', role: 'member', organizationIds: ['x'] } }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      history(hall, {}, { viewer: { sub: null, role: 'anonymous', organizationIds: [] } }),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
