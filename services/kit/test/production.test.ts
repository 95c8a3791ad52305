import mongoose from 'mongoose';
import { connectDatabase, startSubgraph, type RunningSubgraph } from '../src/index.js';
import { definition } from './fixtures/library.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  await connectDatabase(definition.name, { dbName: 'kyodo_kittest_production', models: definition.models });
  subgraph = await startSubgraph(definition, {
    port: 0,
    host: '127.0.0.1',
    internalSecret: 'production-test-secret-0123456789',
    logLevel: 'silent',
    production: true,
  });
});
afterAll(() => subgraph.stop());

async function post(query: string, variables: object = {}) {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

test('introspection is off in production', async () => {
  const { body } = await post('{ __schema { types { name } } }');
  expect(body.data).toBeUndefined();
  expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('the gateway can still read the subgraph SDL', async () => {
  const { body } = await post('{ _service { sdl } }');
  expect(body.data._service.sdl).toContain('type Book');
});

test('unexpected errors are masked, without stack traces', async () => {
  const { body } = await post('{ broken }');
  expect(body.data).toEqual({ broken: null });
  expect(body.errors[0]).toEqual({
    message: 'Internal server error',
    path: ['broken'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  expect(JSON.stringify(body)).not.toContain('hunter2');
});

test('a mongoose validation failure is BAD_USER_INPUT, not a server error', async () => {
  const { body } = await post('mutation { addBook(title: "T", shelf: "art") { id } }');
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  // Plain words, naming neither the model nor the document path.
  expect(body.errors[0].message).toBe('A required value is missing');
  expect(JSON.stringify(body)).not.toMatch(/secretNote|KitTestBook|validation failed|Path/);
  expect(await mongoose.model('KitTestBook').countDocuments()).toBe(0);
});
