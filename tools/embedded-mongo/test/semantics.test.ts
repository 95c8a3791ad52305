/**
 * Conformance (embedded engine, or MONGODB_URI): query, update and projection answers that mingo alone gets wrong,
 * and valid requests it refuses. Each expectation is MongoDB's documented answer.
 */
import { Binary, DBRef, ObjectId, UUID, type Document } from 'mongodb';
import { openTarget, type Target } from './support/target.js';

describe('query, update and projection semantics', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget('semantics');
  });
  afterAll(async () => {
    await target.close();
  });

  test('$pull with an $or condition removes every matching element (mongoose DocumentArray.pull)', async () => {
    const c = target.db.collection('pullOr');
    await c.insertOne({
      _id: 1,
      items: [
        { n: 'a', q: 1 },
        { n: 'b', q: 2 },
        { n: 'c', q: 3 },
      ],
    } as never);
    await c.updateOne(
      { _id: 1 } as never,
      {
        $pull: {
          items: {
            $or: [
              { n: 'a', q: 1 },
              { n: 'b', q: 2 },
            ],
          },
        },
      } as never,
    );
    expect(await c.findOne({ _id: 1 } as never)).toEqual({ _id: 1, items: [{ n: 'c', q: 3 }] });
    await c.updateOne(
      { _id: 1 } as never,
      { $pull: { items: { $and: [{ n: 'c' }, { q: { $gt: 2 } }] } } } as never,
    );
    expect(await c.findOne({ _id: 1 } as never)).toEqual({ _id: 1, items: [] });
  });

  test('$all on a non-array field matches the value itself', async () => {
    const c = target.db.collection('allScalar');
    await c.insertMany([
      { _id: 1, tag: 'a' },
      { _id: 2, tag: 'b' },
      { _id: 3, tag: ['a', 'b'] },
    ] as never);
    const ids = async (filter: Document) =>
      (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ tag: { $all: ['a'] } })).toEqual([1, 3]);
    expect(await ids({ tag: { $all: ['a', 'b'] } })).toEqual([3]);
    expect(await ids({ tag: { $all: [] } })).toEqual([]);
  });

  test('BinData compares by length, then subtype, then bytes; equality includes the subtype', async () => {
    const c = target.db.collection('binary');
    await c.insertMany([
      { _id: 'short', b: new Binary(Buffer.from([9, 9]), 0) },
      { _id: 'long', b: new Binary(Buffer.from([1, 1, 1]), 0) },
      { _id: 'sub5', b: new Binary(Buffer.from([1, 1, 1]), 5) },
    ] as never);
    const ids = async (filter: Document) =>
      (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    // Length first: [9,9] (2 bytes) is smaller than [1,1,1] (3 bytes).
    expect(await ids({ b: { $gt: new Binary(Buffer.from([9, 9]), 0) } })).toEqual(['long', 'sub5']);
    expect(await ids({ b: { $gte: new Binary(Buffer.from([1, 1, 1]), 0) } })).toEqual(['long', 'sub5']);
    // Then subtype: subtype 5 sorts after subtype 0 for the same length.
    expect(await ids({ b: { $gt: new Binary(Buffer.from([1, 1, 1]), 0) } })).toEqual(['sub5']);
    expect(await ids({ b: { $lt: new Binary(Buffer.from([0, 0, 0]), 5) } })).toEqual(['long', 'short']);
    expect(await ids({ b: new Binary(Buffer.from([1, 1, 1]), 5) })).toEqual(['sub5']);
    // An update that only changes the subtype modifies the document.
    const changed = await c.updateOne({ _id: 'long' } as never, {
      $set: { b: new Binary(Buffer.from([1, 1, 1]), 4) },
    });
    expect(changed.modifiedCount).toBe(1);
    const stored = await c.findOne({ _id: 'long' } as never);
    expect((stored?.b as Binary).sub_type).toBe(4);
  });

  test('$bitsAllSet and friends test the bytes of BinData and UUIDs', async () => {
    const c = target.db.collection('bits');
    const uuid = new UUID('00000000-0000-0000-0000-000000000005');
    await c.insertMany([
      { _id: 1, flags: new Binary(Buffer.from([0b0000_0101]), 0) },
      { _id: 2, flags: uuid },
      { _id: 3, flags: new Binary(Buffer.from([0b0000_0010]), 0) },
    ] as never);
    const ids = async (filter: Document) =>
      (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    // Bit positions count from the least significant bit of the first byte.
    expect(await ids({ flags: { $bitsAllSet: [0, 2] } })).toEqual([1]);
    expect(await ids({ flags: { $bitsAnySet: [1] } })).toEqual([3]);
    expect(await ids({ flags: { $bitsAllClear: [0] } })).toEqual([2, 3]);
    // A bitmask given as BinData: bytes of the mask against bytes of the value. The UUID's last byte is 5.
    expect(await ids({ flags: { $bitsAllSet: new Binary(Buffer.from([0b101]), 0) } })).toEqual([1]);
    expect(await ids({ flags: { $bitsAnySet: [120, 122] } })).toEqual([2]);
    expect(await ids({ flags: { $bitsAnyClear: [0] } })).toEqual([2, 3]);
  });

  test('a nested __proto__ key is stored and returned, not dropped', async () => {
    const c = target.db.collection('proto');
    const doc = JSON.parse('{"_id": 1, "meta": {"__proto__": {"polluted": true}, "x": 1}}') as Document;
    await c.insertOne(doc);
    const stored = await c.findOne({ _id: 1 } as never);
    expect(Object.keys(stored?.meta as object)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(stored?.meta, '__proto__')?.value).toEqual({ polluted: true });
    await c.updateOne({ _id: 1 } as never, { $set: { 'meta.x': 2 } });
    const updated = await c.findOne({ _id: 1 } as never, { projection: { meta: 1 } });
    expect(Object.keys(updated?.meta as object)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Update paths through a field named __proto__ or constructor write that field, never a prototype.
    await c.insertOne({ _id: 2, hello: 'world' } as never);
    await c.updateOne({ _id: 2 } as never, { $rename: { hello: '__proto__.polluted' } });
    const renamed = await c.findOne({ _id: 2 } as never);
    expect(Object.keys(renamed ?? {})).toEqual(['_id', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(renamed, '__proto__')?.value).toEqual({ polluted: 'world' });
    await c.updateOne({ _id: 2 } as never, { $set: { 'constructor.polluted': 1, '__proto__.other': 2 } });
    const set = await c.findOne({ _id: 2 } as never);
    expect(set?.constructor).toEqual({ polluted: 1 });
    expect(Object.getOwnPropertyDescriptor(set, '__proto__')?.value).toEqual({ polluted: 'world', other: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).other).toBeUndefined();
    // A $set value with an own __proto__ key is stored with it (mongoose gh-16202).
    const value = JSON.parse('{"__proto__": "abcd"}') as Document;
    await c.updateOne({ _id: 2 } as never, { $set: { mixed: value } });
    const mixed = (await c.findOne({ _id: 2 } as never))?.mixed as Document;
    expect(Object.getOwnPropertyDescriptor(mixed, '__proto__')?.value).toBe('abcd');
  });

  test('projection with only $slice returns every field, with the array sliced', async () => {
    const c = target.db.collection('sliceOnly');
    await c.insertOne({ _id: 1, a: 1, arr: [1, 2, 3, 4], nested: { b: 2 } } as never);
    expect(await c.findOne({}, { projection: { arr: { $slice: 2 } } })).toEqual({
      _id: 1,
      a: 1,
      arr: [1, 2],
      nested: { b: 2 },
    });
    expect(await c.findOne({}, { projection: { arr: { $slice: [1, 2] } } })).toEqual({
      _id: 1,
      a: 1,
      arr: [2, 3],
      nested: { b: 2 },
    });
    // Exclusion and $slice together: the excluded field goes, the rest stays, the array is sliced.
    expect(await c.findOne({}, { projection: { a: 0, arr: { $slice: -1 } } })).toEqual({
      _id: 1,
      arr: [4],
      nested: { b: 2 },
    });
    // { _id: 1 } alone is an inclusion of _id only; with $slice the sliced field joins it.
    expect(await c.findOne({}, { projection: { _id: 1 } })).toEqual({ _id: 1 });
    expect(await c.findOne({}, { projection: { _id: 1, arr: { $slice: 1 } } })).toEqual({ _id: 1, arr: [1] });
    // Inclusion and $slice: only the included fields and _id.
    expect(await c.findOne({}, { projection: { a: 1, arr: { $slice: 1 } } })).toEqual({
      _id: 1,
      a: 1,
      arr: [1],
    });
  });

  test('projection $elemMatch with operators on an array of scalars', async () => {
    const c = target.db.collection('elemMatchScalar');
    await c.insertOne({ _id: 1, tags: ['red', 'green', 'blue'], scores: [3, 8, 12] } as never);
    expect(await c.findOne({}, { projection: { tags: { $elemMatch: { $in: ['green', 'blue'] } } } })).toEqual(
      { _id: 1, tags: ['green'] },
    );
    expect(
      await c.findOne({}, { projection: { _id: 0, scores: { $elemMatch: { $gt: 5, $lt: 10 } } } }),
    ).toEqual({
      scores: [8],
    });
    expect(await c.findOne({}, { projection: { _id: 0, scores: { $elemMatch: { $gt: 50 } } } })).toEqual({});
  });

  test('$elemMatch on DBRef fields ($id, $ref)', async () => {
    const c = target.db.collection('dbrefs');
    const a = new ObjectId();
    const b = new ObjectId();
    await c.insertMany([
      { _id: 1, refs: [{ $ref: 'people', $id: a }] },
      {
        _id: 2,
        refs: [
          { $ref: 'people', $id: b },
          { $ref: 'places', $id: a },
        ],
      },
    ] as never);
    const ids = async (filter: Document) =>
      (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ refs: { $elemMatch: { $id: a } } })).toEqual([1, 2]);
    expect(await ids({ refs: { $elemMatch: { $id: a, $ref: 'people' } } })).toEqual([1]);
    expect(await ids({ 'refs.$id': b })).toEqual([2]);
    // A DBRef value in a filter is an equality; it seeds an upsert like any other value.
    await c.insertOne({ _id: 3, owner: new DBRef('people', a) } as never);
    expect(await ids({ owner: new DBRef('people', a) })).toEqual([3]);
    expect(await ids({ owner: { $in: [new DBRef('people', b), new DBRef('people', a)] } })).toEqual([3]);
    await c.updateOne({ owner: new DBRef('people', b) }, { $set: { n: 1 } }, { upsert: true });
    const upserted = await c.findOne({ n: 1 });
    expect(upserted?.owner).toEqual(new DBRef('people', b));
  });

  test('two positional paths under one array element, with $ and with $[identifier]', async () => {
    const c = target.db.collection('positional');
    await c.insertOne({
      _id: 1,
      a: [
        { b: 1, c: 0 },
        { b: 2, c: 0 },
        { b: 3, c: 0 },
      ],
    } as never);
    await c.updateOne({ _id: 1, 'a.b': 2 } as never, { $set: { 'a.$.c': 1, 'a.$.e': 2 } });
    expect((await c.findOne({ _id: 1 } as never))?.a).toEqual([
      { b: 1, c: 0 },
      { b: 2, c: 1, e: 2 },
      { b: 3, c: 0 },
    ]);
    await c.updateOne(
      { _id: 1 } as never,
      { $set: { 'a.$[el].c': 5, 'a.$[el].f': true } },
      {
        arrayFilters: [{ 'el.b': { $gte: 2 } }],
      },
    );
    expect((await c.findOne({ _id: 1 } as never))?.a).toEqual([
      { b: 1, c: 0 },
      { b: 2, c: 5, e: 2, f: true },
      { b: 3, c: 5, f: true },
    ]);
    // The filter of $[el] is evaluated on the document before the update.
    await c.updateOne(
      { _id: 1 } as never,
      { $set: { 'a.$[el].c': 9 }, $inc: { 'a.$[el].b': 10 } },
      {
        arrayFilters: [{ 'el.c': 5 }],
      },
    );
    expect((await c.findOne({ _id: 1 } as never))?.a).toEqual([
      { b: 1, c: 0 },
      { b: 12, c: 9, e: 2, f: true },
      { b: 13, c: 9, f: true },
    ]);
    // The same path twice is still a conflict (code 40).
    await expect(
      c.updateOne({ _id: 1, 'a.b': 1 } as never, { $set: { 'a.$.c': 1 }, $inc: { 'a.$.c': 1 } }),
    ).rejects.toMatchObject({ code: 40 });
    await expect(c.updateOne({ _id: 1 } as never, { $set: { 'a.$.c': 1 } })).rejects.toMatchObject({
      code: 2,
    });
  });

  test('setting _id to its current value is accepted; a different value fails with code 66', async () => {
    const c = target.db.collection('sameId');
    const id = new ObjectId();
    await c.insertOne({ _id: id, name: 'x' });
    const same = await c.updateOne({ _id: id }, { $set: { _id: id, name: 'y' } });
    expect(same).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await c.findOne({ _id: id })).toEqual({ _id: id, name: 'y' });
    await expect(c.updateOne({ _id: id }, { $set: { _id: new ObjectId() } })).rejects.toMatchObject({
      code: 66,
    });
    expect(await c.findOne({ _id: id })).toEqual({ _id: id, name: 'y' });
  });

  test('a $-prefixed field name: nested in $set, top level only when an upsert inserts', async () => {
    const c = target.db.collection('dollarFields');
    await c.insertOne({ _id: 'E123', address: { $number: 123, $street: 'Elm Road' } } as never);
    await c.updateOne({ _id: 'E123' } as never, { $set: { 'address.$street': 'Elm Ave' } });
    expect(await c.findOne({ _id: 'E123' } as never)).toEqual({
      _id: 'E123',
      address: { $number: 123, $street: 'Elm Ave' },
    });
    await c.updateOne(
      { date: '2021-07-07' },
      { $set: { phone: 25.17, $hotel: 320.1 } },
      {
        upsert: true,
      },
    );
    expect(await c.findOne({ date: '2021-07-07' }, { projection: { _id: 0 } })).toEqual({
      date: '2021-07-07',
      phone: 25.17,
      $hotel: 320.1,
    });
    // The same update on an existing document fails: top-level $-prefixed fields need $setField.
    await expect(c.updateOne({ date: '2021-07-07' }, { $set: { $hotel: 1 } })).rejects.toMatchObject({
      code: expect.any(Number),
    });
  });
});
