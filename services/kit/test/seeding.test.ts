import { seedDatabase } from '../src/index.js';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.js';
import { AuditModel, BookModel, definition } from './fixtures/library.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
});
afterAll(() => subgraph?.stop());

const book = { title: 'Seeded', rank: 1, shelf: 'art', secretNote: 'n' };

test('refuses documents for a model the service does not have, before writing anything', async () => {
  await expect(seedDatabase(definition.models, { KitTestBook: [book], Unknown: [{ x: 1 }] })).rejects.toThrow(
    'seed has documents for Unknown, not a model of this service',
  );
  expect(await BookModel.countDocuments()).toBe(0);
});

test('refuses a document its model does not validate', async () => {
  await expect(seedDatabase(definition.models, { KitTestBook: [{ title: 'no shelf' }] })).rejects.toThrow(
    /shelf/,
  );
});

test('writes through the models into an empty database, and leaves a database with data alone', async () => {
  await BookModel.deleteMany({});
  expect(await seedDatabase(definition.models, { KitTestBook: [book, { ...book, title: 'Second' }] })).toBe(
    true,
  );
  expect(await BookModel.countDocuments()).toBe(2);
  expect(await seedDatabase(definition.models, { KitTestBook: [book], [AuditModel.modelName]: [] })).toBe(
    false,
  );
  expect(await BookModel.countDocuments()).toBe(2);
});
