import mongoose from 'mongoose';
import { createGroupLoader, createIdLoader } from '../src/index.js';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.js';
import { AuditModel, BookModel, definition } from './fixtures/library.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
});
afterAll(() => subgraph?.stop());

describe('loaders read lean documents that read like hydrated ones', () => {
  it('gives plain objects with the schema defaults a stored document lacks, and id', async () => {
    // Written around mongoose, as an older version of the service would have: no `rank` field at all.
    const { insertedId } = await BookModel.collection.insertOne({
      title: 'Old',
      shelf: 'history',
      secretNote: 's',
    });
    const id = insertedId.toHexString();
    const loaded = await createIdLoader(BookModel).load(id);
    expect(loaded).not.toBeInstanceOf(mongoose.Document);
    expect(loaded).toMatchObject({ title: 'Old', shelf: 'history', rank: null, id });
    expect(loaded?._id).toBeInstanceOf(mongoose.Types.ObjectId);
    expect(await createIdLoader(BookModel).load('0123456789abcdef01234567')).toBeNull();
  });

  it('groups plain children by their parent key, in the sort given', async () => {
    const book = await BookModel.create({ title: 'Grouped', shelf: 'art', secretNote: 's' });
    const bookId = book._id.toHexString();
    await AuditModel.create([
      { bookId: book._id, note: 'b' },
      { bookId: book._id, note: 'a' },
    ]);
    const loader = createGroupLoader(AuditModel, 'bookId', {}, { note: 1 });
    const [audits, none] = await Promise.all([loader.load(bookId), loader.load('not-an-id')]);
    expect(audits.map((audit) => audit.note)).toEqual(['a', 'b']);
    expect(audits.every((audit) => !(audit instanceof mongoose.Document))).toBe(true);
    expect(audits[0]).toMatchObject({ id: String(audits[0]?._id), bookId: book._id });
    expect(none).toEqual([]);
  });
});
