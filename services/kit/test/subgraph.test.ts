import { createHmac } from 'node:crypto';
import { startTestSubgraph, type TestResponse, type TestSubgraph } from '../src/testing.js';
import { VIEWER_HEADER, VIEWER_SIGNATURE_HEADER, signViewer, type Viewer } from '../src/index.js';
import { BookModel, SHELVES, definition, seed } from './fixtures/library.js';

const resident: Viewer = { sub: 'user-resident', role: 'resident', organizationIds: [] };
const member: Viewer = { sub: 'user-member', role: 'member', organizationIds: ['org-1'] };
const staff: Viewer = { sub: 'user-staff', role: 'staff', organizationIds: [] };

let subgraph: TestSubgraph;
let bookIds: string[];

beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed });
  bookIds = (await BookModel.find().sort({ _id: 1 }).select('_id').lean()).map((b) => String(b._id));
});
afterAll(() => subgraph.stop());

const BOOK = `query ($id: ID!) { book(id: $id) { id title secretNote } }`;
const AUDITS = `{ audits { id note book { title } } }`;

interface ConnectionResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

function codes(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

describe('authorization', () => {
  test('@authenticated field is null with UNAUTHENTICATED for anonymous, the rest of the object resolves', async () => {
    const { status, body } = await subgraph.query(BOOK, { id: bookIds[1] });
    expect(status).toBe(200);
    expect(body.data.book).toEqual({ id: bookIds[1], title: 'Book 001', secretNote: null });
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    expect(body.errors![0].path).toEqual(['book', 'secretNote']);
  });

  test.each([resident, member, staff])(
    '@authenticated field resolves for a signed-in $role',
    async (viewer) => {
      const { body } = await subgraph.query(BOOK, { id: bookIds[1] }, viewer);
      expect(body.errors).toBeUndefined();
      expect(body.data.book.secretNote).toBe('note 1');
    },
  );

  test('@requiresScopes([["staff"]]) on a field and a type: anonymous UNAUTHENTICATED, member FORBIDDEN', async () => {
    const anonymous = await subgraph.query(AUDITS);
    expect(anonymous.body.data).toEqual({ audits: null });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);

    const asMember = await subgraph.query(AUDITS, {}, member);
    expect(asMember.body.data).toEqual({ audits: null });
    expect(codes(asMember.body)).toEqual(['FORBIDDEN']);
  });

  test('staff reads the staff-only type and its fields', async () => {
    const { body } = await subgraph.query(AUDITS, {}, staff);
    expect(body.errors).toBeUndefined();
    expect(body.data.audits).toHaveLength(3);
    expect(body.data.audits[0]).toEqual({
      id: expect.any(String),
      note: 'checked Book 000',
      book: { title: 'Book 000' },
    });
  });

  test('a type-level requirement applies wherever the type is reached (a field of an open type)', async () => {
    const query = `query ($id: ID!) { book(id: $id) { title audits { note } } }`;
    const asMember = await subgraph.query(query, { id: bookIds[0] }, member);
    expect(asMember.body.data.book).toEqual({ title: 'Book 000', audits: null });
    expect(codes(asMember.body)).toEqual(['FORBIDDEN']);
    const asStaff = await subgraph.query(query, { id: bookIds[0] }, staff);
    expect(asStaff.body.data.book.audits).toEqual([{ note: 'checked Book 000' }]);
  });

  test('requiresScopes is an OR of AND-lists', async () => {
    const query = `{ memberArea }`;
    expect((await subgraph.query(query, {}, member)).body.data.memberArea).toBe('welcome user-member');
    expect((await subgraph.query(query, {}, staff)).body.data.memberArea).toBe('welcome user-staff');
    const asResident = await subgraph.query(query, {}, resident);
    expect(asResident.body.data.memberArea).toBeNull();
    expect(codes(asResident.body)).toEqual(['FORBIDDEN']);
  });

  test('_entities enforces the type-level requirement and does no database work for a refused viewer', async () => {
    const audit = (await subgraph.query(AUDITS, {}, staff)).body.data.audits[0];
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Audit { id note } } }`;
    const representations = [{ __typename: 'Audit', id: audit.id }];

    let response!: TestResponse<{ _entities: unknown[] }>;
    const finds = await subgraph.countCommands(async () => {
      response = await subgraph.query(query, { r: representations }, member);
    }, 'find');
    expect(finds).toBe(0);
    expect(response.body.data!._entities).toEqual([null]);
    expect(codes(response.body)).toEqual(['FORBIDDEN']);

    const asStaff = await subgraph.query(query, { r: representations }, staff);
    expect(asStaff.body.data._entities).toEqual([{ id: audit.id, note: audit.note }]);
  });

  test('_entities enforces field-level requirements too', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Book { title secretNote } } }`;
    const { body } = await subgraph.query(query, { r: [{ __typename: 'Book', id: bookIds[2] }] });
    expect(body.data._entities).toEqual([{ title: 'Book 002', secretNote: null }]);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('forged viewer headers are treated as anonymous', () => {
  const secretQuery = `query ($id: ID!) { book(id: $id) { secretNote } }`;

  async function asHeaders(headers: Record<string, string>) {
    const { body } = await subgraph.query(secretQuery, { id: bookIds[3] }, null, headers);
    return body;
  }

  test('properly signed: trusted', async () => {
    const body = await asHeaders(signViewer(staff, subgraph.internalSecret));
    expect(body.data.book.secretNote).toBe('note 3');
  });

  test('signed with another secret', async () => {
    const body = await asHeaders(signViewer(staff, 'not-the-internal-secret-at-all'));
    expect(body.data.book.secretNote).toBeNull();
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });

  test('tampered payload with the original signature', async () => {
    const headers = signViewer(resident, subgraph.internalSecret);
    const payload = JSON.parse(Buffer.from(headers[VIEWER_HEADER]!, 'base64url').toString('utf8'));
    payload.viewer.role = 'staff';
    headers[VIEWER_HEADER] = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const body = await asHeaders(headers);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });

  test('expired', async () => {
    const body = await asHeaders(signViewer(staff, subgraph.internalSecret, -1));
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });

  test('a payload without a signature, or with a garbage one', async () => {
    const { [VIEWER_HEADER]: value } = signViewer(staff, subgraph.internalSecret);
    expect(codes(await asHeaders({ [VIEWER_HEADER]: value! }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await asHeaders({ [VIEWER_HEADER]: value!, [VIEWER_SIGNATURE_HEADER]: 'zz' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  test('correctly signed but malformed payload (unknown role)', async () => {
    const value = Buffer.from(
      JSON.stringify({
        viewer: { sub: 'x', role: 'admin', organizationIds: [] },
        // eslint-disable-next-line no-restricted-syntax -- the wall clock: readViewer checks exp against it
        exp: Date.now() / 1000 + 60,
      }),
    ).toString('base64url');
    const signature = createHmac('sha256', subgraph.internalSecret).update(value).digest('hex');
    const body = await asHeaders({ [VIEWER_HEADER]: value, [VIEWER_SIGNATURE_HEADER]: signature });
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('entity resolution is batched', () => {
  test('200 references resolve with exactly one find, in order, null for unknown and malformed ids', async () => {
    const ids = bookIds.slice(0, 200);
    const representations = [
      ...ids.map((id) => ({ __typename: 'Book', id })),
      { __typename: 'Book', id: 'ffffffffffffffffffffffff' },
      { __typename: 'Book', id: 'not-an-id' },
    ];
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Book { id title } } }`;
    let body: { data?: { _entities: ({ id: string } | null)[] }; errors?: unknown[] } = {};
    const finds = await subgraph.countCommands(async () => {
      ({ body } = await subgraph.query(query, { r: representations }));
    }, 'find');
    expect(finds).toBe(1);
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities.slice(0, 200).map((e) => e!.id)).toEqual(ids);
    expect(body.data!._entities.slice(200)).toEqual([null, null]);
  });
});

test('children of a page of parents load with one $in query (createGroupLoader), grouped per parent', async () => {
  const query = `{ books(first: 50) { edges { node { title audits { note } } } } }`;
  let body: TestResponse<{
    books: { edges: { node: { title: string; audits: { note: string }[] } }[] };
  }>['body'] = {};
  const finds = await subgraph.countCommands(async () => {
    ({ body } = await subgraph.query(query, {}, staff));
  }, 'find');
  // One for the page of books, one for all their audits.
  expect(finds).toBe(2);
  const nodes = body.data!.books.edges.map((e) => e.node);
  const withAudits = nodes.filter((n) => n.audits.length > 0);
  expect(withAudits.length).toBeGreaterThan(0);
  for (const node of withAudits) expect(node.audits).toEqual([{ note: `checked ${node.title}` }]);
  expect(nodes.filter((n) => n.audits.length === 0).length).toBe(50 - withAudits.length);
});

describe('pagination', () => {
  const BOOKS = `query ($first: Int, $after: String, $shelf: String) {
    books(first: $first, after: $after, shelf: $shelf) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title shelf } }
    }
  }`;

  test('first defaults to 20 and totalCount counts the whole list', async () => {
    const { body } = await subgraph.query(BOOKS);
    expect(body.data.books.edges).toHaveLength(20);
    expect(body.data.books.totalCount).toBe(250);
    expect(body.data.books.pageInfo.hasNextPage).toBe(true);
    expect(body.data.books.pageInfo.endCursor).toBe(body.data.books.edges[19].cursor);
  });

  test.each([101, -1])('first = %i is BAD_USER_INPUT', async (first) => {
    const { body } = await subgraph.query(BOOKS, { first });
    expect(body.data).toBeNull();
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain('first');
  });

  test('first = 100 is allowed', async () => {
    const { body } = await subgraph.query(BOOKS, { first: 100 });
    expect(body.data.books.edges).toHaveLength(100);
  });

  async function walk(query: string, field: string, variables: object, first: number) {
    const seen: { id: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response = await subgraph.query<Record<string, ConnectionResult>>(query, {
        ...variables,
        first,
        after,
      });
      const body = response.body;
      expect(body.errors).toBeUndefined();
      const connection: ConnectionResult = body.data![field]!;
      seen.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) return { seen, totalCount: connection.totalCount };
      after = connection.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  test('cursors walk every page in order with no duplicates or gaps', async () => {
    const { seen, totalCount } = await walk(BOOKS, 'books', {}, 33);
    expect(totalCount).toBe(250);
    expect(new Set(seen.map((b) => b.id)).size).toBe(250);
    const expected = (await BookModel.find().sort({ shelf: 1, title: 1, _id: 1 }).lean()).map((b) =>
      String(b._id),
    );
    expect(seen.map((b) => b.id)).toEqual(expected);
  });

  test('a filtered list pages within the filter', async () => {
    const { seen, totalCount } = await walk(BOOKS, 'books', { shelf: SHELVES[1] }, 25);
    expect(totalCount).toBe(83);
    expect(seen).toHaveLength(83);
    expect(new Set(seen.map((b) => (b as unknown as { shelf: string }).shelf))).toEqual(
      new Set([SHELVES[1]]),
    );
  });

  test('descending order over a field with nulls and ties keeps every row exactly once', async () => {
    const query = `query ($first: Int, $after: String) {
      booksByRank(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id rank } } }
    }`;
    const { seen } = await walk(query, 'booksByRank', {}, 7);
    expect(seen).toHaveLength(250);
    expect(new Set(seen.map((b) => b.id)).size).toBe(250);
    const ranks = seen.map((b) => (b as unknown as { rank: number | null }).rank);
    const firstNull = ranks.indexOf(null);
    expect(firstNull).toBe(200);
    expect(ranks.slice(0, firstNull)).toEqual([...ranks.slice(0, firstNull)].sort((a, b) => b! - a!));
  });

  test.each([
    'garbage',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('a bad cursor (%s) is BAD_USER_INPUT', async (after) => {
    const { body } = await subgraph.query(BOOKS, { after });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain('after');
  });
});

describe('ids', () => {
  test('a malformed id argument is BAD_USER_INPUT naming the argument', async () => {
    const { body } = await subgraph.query(BOOK, { id: 'nope' });
    expect(body.data).toEqual({ book: null });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain('"id"');
    expect(body.errors![0].extensions.argumentName).toBe('id');
  });

  test('an unknown well-formed id is null', async () => {
    const { body } = await subgraph.query(BOOK, { id: 'ffffffffffffffffffffffff' });
    expect(body).toEqual({ data: { book: null } });
  });
});

describe('HTTP', () => {
  const base = () => subgraph.url.replace(/\/graphql$/, '');

  test('GET /health', async () => {
    const response = await fetch(`${base()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('GET /ready while the database is up', async () => {
    const response = await fetch(`${base()}/ready`);
    expect(response.status).toBe(200);
  });

  test('the gateway request id is echoed back; one is generated when absent', async () => {
    const given = await subgraph.query(`{ __typename }`, {}, null, { 'x-request-id': 'gateway-req-42' });
    expect(given.headers.get('x-request-id')).toBe('gateway-req-42');
    const generated = await subgraph.query(`{ __typename }`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a body that is not JSON is a 400 in the GraphQL error shape', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  test('CSRF prevention refuses a simple GET query without a preflight header', async () => {
    const response = await fetch(`${subgraph.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });
});
