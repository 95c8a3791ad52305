import { createConnection } from 'node:net';
import mongoose from 'mongoose';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '@kyodo/embedded-mongo';
import { closeDatabase, connectDatabase, isDatabaseReady, isEmbeddedEngine } from '../src/index.js';
import { startTestSubgraph } from '../src/testing.js';
import { BookModel, definition, seed } from './fixtures/library.js';

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('with a server URI (MONGODB_URI)', () => {
  let server: EmbeddedMongo;
  beforeAll(async () => {
    server = await startEmbeddedMongo({ port: 0 });
  });
  afterAll(() => server.stop());

  test('uses the database kyodo_<name>, creates the models’ indexes, and leaves the server running on close', async () => {
    const connection = await connectDatabase('library', { uri: server.uri, models: [BookModel] });
    expect(connection.db!.databaseName).toBe('kyodo_library');
    expect(await isDatabaseReady(connection)).toBe(true);
    const indexes = await BookModel.listIndexes();
    expect(indexes.map((index) => index.key)).toEqual(
      expect.arrayContaining([
        { rank: -1, _id: 1 },
        { shelf: 1, title: 1, _id: 1 },
      ]),
    );

    await closeDatabase(connection);
    expect(await isDatabaseReady(connection)).toBe(false);
    // Not ours to stop: the server is still there.
    const client = await MongoClient.connect(server.uri);
    const collections = await client.db('kyodo_library').listCollections().toArray();
    expect(collections.map((c) => c.name)).toContain(BookModel.collection.collectionName);
    await client.close();
  });
});

describe('without a URI', () => {
  test('starts an embedded engine in-process, and closing the connection stops it', async () => {
    const connection = await connectDatabase('library');
    const port = connection.port;
    expect(connection.host).toBe('127.0.0.1');
    expect(connection.db!.databaseName).toBe('kyodo_library');
    expect(await portAcceptsConnections(port)).toBe(true);

    await closeDatabase(connection);
    expect(mongoose.connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
    expect(await portAcceptsConnections(port)).toBe(false);
  });
});

describe('startTestSubgraph on MONGODB_URI', () => {
  let server: EmbeddedMongo;
  const saved = process.env.MONGODB_URI;
  beforeAll(async () => {
    server = await startEmbeddedMongo({ port: 0 });
    process.env.MONGODB_URI = server.uri;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.MONGODB_URI;
    else process.env.MONGODB_URI = saved;
    await server.stop();
  });

  test('uses a uniquely named database and drops it when stopped', async () => {
    const subgraph = await startTestSubgraph(definition, { seed });
    const dbName = mongoose.connection.db!.databaseName;
    expect(dbName).toMatch(/^kyodo_kittest_test_[0-9a-f]{8}$/);
    const { body } = await subgraph.query('{ books(first: 1) { totalCount } }');
    expect(body.data.books.totalCount).toBe(250);

    const client = await MongoClient.connect(server.uri);
    const names = async () => (await client.db().admin().listDatabases()).databases.map((d) => d.name);
    expect(await names()).toContain(dbName);
    await subgraph.stop();
    expect(await names()).not.toContain(dbName);
    await client.close();
  });
});

describe('in production', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
  });

  test('without a URI it refuses to start the embedded engine, naming MONGODB_URI', async () => {
    process.env.NODE_ENV = 'production';
    await expect(connectDatabase('library', { models: [BookModel] })).rejects.toThrow(
      'MONGODB_URI is required when NODE_ENV=production (the embedded engine is for development only)',
    );
    expect(mongoose.connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
  });

  test('refuses a MONGODB_URI that points at the embedded engine', async () => {
    const engine = await startEmbeddedMongo({ port: 0 });
    try {
      process.env.NODE_ENV = 'production';
      await expect(connectDatabase('library', { uri: engine.uri })).rejects.toThrow(
        'MONGODB_URI points at the embedded development engine: production needs a real MongoDB server',
      );
      expect(mongoose.connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
    } finally {
      await engine.stop();
    }
  });
});

test('the connection knows when its server is the embedded engine, whoever started it', async () => {
  const engine = await startEmbeddedMongo({ port: 0 });
  try {
    const connection = await connectDatabase('library', { uri: engine.uri });
    expect(await isEmbeddedEngine(connection)).toBe(true);
    await closeDatabase(connection);
  } finally {
    await engine.stop();
  }
});
