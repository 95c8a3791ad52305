import { randomBytes } from 'node:crypto';
import mongoose, { Schema } from 'mongoose';
import { closeDatabase, connectDatabase, groupFirstPages, paginate } from '../src/index.js';

interface Note {
  parentId: mongoose.Types.ObjectId;
  rank: number;
  hidden: boolean;
}
const noteSchema = new Schema<Note>(
  { parentId: { type: Schema.Types.ObjectId, required: true }, rank: Number, hidden: Boolean },
  { collection: 'notes' },
);
noteSchema.index({ parentId: 1, rank: -1, _id: -1 });
const NoteModel = mongoose.model<Note>('KitGroupPagesNote', noteSchema);

let connection: mongoose.Connection;
const parents = [new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId()];

beforeAll(async () => {
  const uri = process.env.MONGODB_URI?.trim() || undefined;
  connection = await connectDatabase('kitgrouppages', {
    ...(uri ? { uri } : {}),
    dbName: `kyodo_kitgrouppages_test_${randomBytes(4).toString('hex')}`,
    models: [NoteModel],
  });
  // Parent 0 has five visible notes and one hidden, parent 1 one note, parent 2 none.
  await NoteModel.insertMany([
    ...[1, 2, 3, 4, 5].map((rank) => ({ parentId: parents[0], rank, hidden: false })),
    { parentId: parents[0], rank: 9, hidden: true },
    { parentId: parents[1], rank: 1, hidden: false },
  ]);
});
afterAll(async () => {
  if (process.env.MONGODB_URI) await connection.dropDatabase();
  await closeDatabase(connection);
});

const SORT = { rank: -1 as const, _id: -1 as const };

it('cuts each parent’s children to one page in order, with totals, in the order of the keys asked', async () => {
  const [second, first, none] = await groupFirstPages(
    NoteModel,
    'parentId',
    [parents[1], parents[0], parents[2]],
    {
      filter: { hidden: false },
      sort: SORT,
      first: 2,
    },
  );
  expect(first!.edges.map((edge) => edge.node.rank)).toEqual([5, 4]);
  expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
  expect(second!.edges.map((edge) => edge.node.rank)).toEqual([1]);
  expect(second).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
  expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  expect(first!.edges[0]!.node).toBeInstanceOf(NoteModel);
});

it('writes the cursors paginate continues from, and refuses first beyond 100', async () => {
  const [page] = await groupFirstPages(NoteModel, 'parentId', [parents[0]], {
    filter: { hidden: false },
    sort: SORT,
    first: 2,
  });
  const next = await paginate(NoteModel, {
    filter: { hidden: false, parentId: parents[0] },
    sort: SORT,
    first: 10,
    after: page!.pageInfo.endCursor,
  });
  expect(next.edges.map((edge) => edge.node.rank)).toEqual([3, 2, 1]);
  await expect(
    groupFirstPages(NoteModel, 'parentId', [parents[0]], { filter: {}, sort: SORT, first: 101 }),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});
