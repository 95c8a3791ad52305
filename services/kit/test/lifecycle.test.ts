import mongoose from 'mongoose';
import { startTestSubgraph } from '../src/testing.js';
import { closeDatabase, startSubgraph } from '../src/index.js';
import { Gate, definition, gates, seed } from './fixtures/library.js';

test('stop() lets an in-flight request finish, then refuses new connections', async () => {
  const subgraph = await startTestSubgraph(definition, { seed });
  const [book] = await mongoose.model('KitTestBook').find().limit(1).lean();
  gates.current = new Gate();

  const inFlight = subgraph.query(`query ($id: ID!) { slowBook(id: $id) { title } }`, {
    id: String(book!._id),
  });
  await gates.current.entered;
  let stopFinished = false;
  const stopped = subgraph.stop().then(() => (stopFinished = true));
  // While the request is held inside its resolver, shutdown must wait for it.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  expect(stopFinished).toBe(false);
  gates.current.release();

  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ data: { slowBook: { title: 'Book 000' } } });
  await stopped;

  await expect(fetch(subgraph.url.replace(/graphql$/, 'health'))).rejects.toThrow();
  expect(mongoose.connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
});

test('/ready is 503 once the database is closed while /health stays 200', async () => {
  const subgraph = await startTestSubgraph(definition);
  const base = subgraph.url.replace(/\/graphql$/, '');
  expect((await fetch(`${base}/ready`)).status).toBe(200);

  await closeDatabase(mongoose.connection);
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'database unavailable' });
  expect((await fetch(`${base}/health`)).status).toBe(200);
  await subgraph.stop();
});

test('a port already in use fails the start with the reason, leaving nothing running', async () => {
  const first = await startTestSubgraph(definition);
  await expect(
    startSubgraph(definition, {
      port: first.port,
      host: '127.0.0.1',
      internalSecret: first.internalSecret,
      logLevel: 'silent',
    }),
  ).rejects.toThrow(/EADDRINUSE/);
  await first.stop();
});

test('a failing seed rejects startTestSubgraph and leaves no connection open', async () => {
  await expect(
    startTestSubgraph(definition, {
      seed: async () => {
        throw new Error('seed exploded');
      },
    }),
  ).rejects.toThrow('seed exploded');
  expect(mongoose.connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
});
