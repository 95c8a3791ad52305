import { createConnection } from 'node:net';
import mongoose from 'mongoose';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '@kyodo/embedded-mongo';
import { closeDatabase, connectDatabase, isDatabaseReady } from '../src/index.js';
import { BookModel } from './fixtures/library.js';

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
