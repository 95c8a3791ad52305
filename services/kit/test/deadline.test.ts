import { startTestSubgraph, type TestSubgraph } from '../src/testing.js';
import { MAX_REQUEST_TIME_MS, TIMEOUT_HEADER, formatSubgraphError } from '../src/index.js';
import { BookModel, Gate, definition, gates } from './fixtures/library.js';

let subgraph: TestSubgraph;
let bookId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, {
    seed: async () => {
      const [book] = await BookModel.create([
        { title: 'A', shelf: 'art', secretNote: 'x', rank: 1 },
        { title: 'B', shelf: 'art', secretNote: 'y', rank: 2 },
      ]);
      bookId = book!.id;
    },
  });
});
afterAll(() => subgraph.stop());

const BOOKS = '{ books(first: 1) { totalCount edges { node { title } } } }';

/** maxTimeMS of every find/aggregate command the request issued. */
async function maxTimes(headers: Record<string, string>): Promise<(number | undefined)[]> {
  const events = await subgraph.recordCommands(async () => {
    const { body } = await subgraph.query(BOOKS, {}, null, headers);
    expect(body.errors).toBeUndefined();
  });
  const reads = events.filter((e) => e.commandName === 'find' || e.commandName === 'aggregate');
  expect(reads.length).toBeGreaterThanOrEqual(2); // the page (find) and totalCount (aggregate)
  return reads.map((e) => e.command['maxTimeMS'] as number | undefined);
}

it('bounds every query of a request by the time the gateway says is left', async () => {
  for (const maxTimeMS of await maxTimes({ [TIMEOUT_HEADER]: '1500' })) {
    expect(maxTimeMS).toBeGreaterThan(0);
    expect(maxTimeMS).toBeLessThanOrEqual(1500);
  }
});

it('uses the default budget without the header, and caps a header asking for more', async () => {
  const headerSets: Record<string, string>[] = [
    {},
    { [TIMEOUT_HEADER]: '99999999' },
    { [TIMEOUT_HEADER]: 'soon' },
  ];
  for (const headers of headerSets) {
    for (const maxTimeMS of await maxTimes(headers)) {
      expect(maxTimeMS).toBeGreaterThan(MAX_REQUEST_TIME_MS - 1000);
      expect(maxTimeMS).toBeLessThanOrEqual(MAX_REQUEST_TIME_MS);
    }
  }
});

it('does not ask the database at all once the deadline has passed: DEADLINE_EXCEEDED', async () => {
  gates.current = new Gate();
  let response: Awaited<ReturnType<TestSubgraph['query']>> | undefined;
  const events = await subgraph.recordCommands(async () => {
    const pending = subgraph.query(`{ slowBook(id: "${bookId}") { title } }`, {}, null, {
      [TIMEOUT_HEADER]: '20',
    });
    await gates.current.entered;
    await new Promise((resolve) => setTimeout(resolve, 60));
    gates.current.release();
    response = await pending;
  });
  expect(response!.body.data).toEqual({ slowBook: null });
  expect(response!.body.errors![0].extensions.code).toBe('DEADLINE_EXCEEDED');
  expect(events.filter((e) => e.commandName === 'find')).toHaveLength(0);
});

it("turns MongoDB's MaxTimeMSExpired (code 50) into DEADLINE_EXCEEDED without the server's words", () => {
  const expired = Object.assign(new Error('operation exceeded time limit'), {
    code: 50,
    codeName: 'MaxTimeMSExpired',
  });
  const formatted = formatSubgraphError(
    {
      message: 'operation exceeded time limit',
      path: ['books'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
    expired,
  );
  expect(formatted.extensions).toEqual({ code: 'DEADLINE_EXCEEDED' });
  expect(formatted.message).not.toContain('exceeded time limit');
  expect(formatted.path).toEqual(['books']);
});
