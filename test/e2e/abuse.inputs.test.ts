import { createHash } from 'node:crypto';
import { DAY_MS, fiscalYearOf, tokyoYear } from '@kyodo/domain';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type GraphResponse, type RunningGraph, startGraph, token } from '../src/graph.js';

/**
 * The input cases of the abuse corpus (issue 8): hostile and clumsy values sent as a client would, over HTTP through
 * the gateway to the real subgraph processes. Each must be answered with its documented code (gateway/README.md,
 * "Error codes"), with no internals in the message, and the system must still answer afterwards. The time each case
 * took is printed at the end (figures, not assertions: timings are for benchmarks).
 */

let graph: RunningGraph;
let world: DemoWorld;
let staff: string;
let resident: string;
const timings: { name: string; ms: number; code: string }[] = [];

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  [staff, resident] = await Promise.all([token('staff'), token('resident')]);
}, 180_000);

afterAll(async () => {
  if (timings.length > 0) {
    const width = Math.max(...timings.map((t) => t.name.length));
    const lines = timings.map((t) => `  ${t.name.padEnd(width)}  ${t.code.padEnd(30)} ${t.ms.toFixed(1)} ms`);
    console.log(`abuse corpus, input cases (time to answer through the gateway):\n${lines.join('\n')}`);
  }
  await graph?.stop();
});

/** Sends one case, records how long the answer took, and returns it. */
async function timed(name: string, send: () => Promise<GraphResponse>): Promise<GraphResponse> {
  const started = performance.now();
  const response = await send();
  const ms = performance.now() - started;
  const codes = (response.body?.errors ?? []).map(
    (e: { extensions?: { code?: string } }) => e.extensions?.code,
  );
  timings.push({ name, ms, code: [...new Set(codes)].join(',') || 'ok' });
  return response;
}

function codesOf(response: GraphResponse): string[] {
  return (response.body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code);
}

// What no client-facing message may contain: mongoose, its models and casts, or the database's own words.
const INTERNALS =
  /Cast to|CastError|ObjectId failed|for model|mongoose|Mongo|validation failed|Path `|\$regularExpression|E11000/i;

function expectNoInternals(response: GraphResponse): void {
  for (const error of response.body.errors ?? []) expect(error.message).not.toMatch(INTERNALS);
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

// Dates of inputs that must otherwise be valid come from the graph's clock (it starts at TEST_NOW), never the
// machine's: the suite passes whatever date the machine says.
const FISCAL_YEAR = fiscalYearOf(TEST_NOW);

describe('sealed cursors', () => {
  const ORGANIZATIONS =
    'query ($after: String) { organizations(first: 2, after: $after) { edges { node { id } } } }';

  it('refuses the 196-byte $regularExpression cursor cheaply, as BAD_USER_INPUT "invalid cursor"', async () => {
    // The measured attack: an EJSON regular expression with catastrophic backtracking, sent anonymously.
    const after = b64(
      '[{"$regularExpression":{"pattern":"^(.*){8}!$","options":"s"},{"$oid":"0123456789abcdef01234567"}]',
    );
    const res = await timed('cursor: $regularExpression injection', () =>
      graph.query(ORGANIZATIONS, { after }),
    );
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors[0].message).toContain('invalid cursor');
    expectNoInternals(res);
  });

  it('refuses a cursor whose sort value would not cast (formerly a mongoose cast error)', async () => {
    const after = b64('["x",{"$oid":"not-an-object-id"}]');
    const res = await timed('cursor: cast error', () => graph.query(ORGANIZATIONS, { after }));
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expectNoInternals(res);
  });

  it('refuses an edited cursor and a cursor from another list, and accepts its own', async () => {
    const first = await graph.query(
      'query { organizations(first: 2) { pageInfo { endCursor } edges { node { id } } } }',
    );
    const cursor: string = first.body.data.organizations.pageInfo.endCursor;
    const [payload, mac] = cursor.split('.') as [string, string];
    const edited = `${b64(
      Buffer.from(payload, 'base64url')
        .toString('utf8')
        .replace(/"[^"]*"/, '"ア"'),
    )}.${mac}`;
    const tampered = await timed('cursor: edited payload', () =>
      graph.query(ORGANIZATIONS, { after: edited }),
    );
    expect(codesOf(tampered)).toEqual(['BAD_USER_INPUT']);
    expect(tampered.body.errors[0].message).toContain('invalid cursor');

    const facilities = await graph.query('{ facilities(first: 1) { pageInfo { endCursor } } }');
    const foreign = facilities.body.data.facilities.pageInfo.endCursor;
    const crossed = await timed('cursor: from another list', () =>
      graph.query(ORGANIZATIONS, { after: foreign }),
    );
    expect(codesOf(crossed)).toEqual(['BAD_USER_INPUT']);

    const next = await graph.query(ORGANIZATIONS, { after: cursor });
    expect(next.body.errors).toBeUndefined();
    const ids = first.body.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const edge of next.body.data.organizations.edges) expect(ids).not.toContain(edge.node.id);
  });
});

describe('client mistakes are BAD_USER_INPUT with the subgraph message and the variable path, not outages', () => {
  it('a DateTime without offset in a filter variable (openAt)', async () => {
    const res = await timed('DateTime without offset (openAt)', () =>
      graph.query('query ($f: FacilityFilter) { facilities(filter: $f, first: 1) { totalCount } }', {
        f: { openAt: '2026-12-01T10:00:00' },
      }),
    );
    expect(res.status).toBe(200);
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors[0].message).toContain('DateTime must be ISO-8601 with an offset');
    expect(res.body.errors[0].extensions).toMatchObject({
      serviceName: 'facilities',
      argumentName: expect.stringContaining('openAt'),
    });
  });

  it('a bad DateTime in roomAvailability (variable and literal) and in bookRoom', async () => {
    const roomId = world.facilities.find((f) => f.bookable && f.rooms.length > 0)!.rooms[0]!.id;
    const asVariable = await timed('bad DateTime (roomAvailability variable)', () =>
      graph.query(
        'query ($r: ID!, $from: DateTime!) { roomAvailability(roomId: $r, from: $from, to: "2030-01-02T00:00:00+09:00") { start } }',
        {
          r: roomId,
          from: 'tomorrow',
        },
      ),
    );
    expect(codesOf(asVariable)).toEqual(['BAD_USER_INPUT']);
    expect(asVariable.body.errors[0].message).toContain('DateTime must be ISO-8601');
    expect(asVariable.body.errors[0].extensions.variable).toBe('from');

    const asLiteral = await timed('bad DateTime (roomAvailability literal)', () =>
      graph.query(
        `{ roomAvailability(roomId: "${roomId}", from: "2030-01-01", to: "2030-01-02T00:00:00+09:00") { start } }`,
      ),
    );
    expect(codesOf(asLiteral)).toEqual(['BAD_USER_INPUT']);
    expect(asLiteral.body.errors[0].message).toContain('DateTime must be ISO-8601');

    const booking = await timed('bad DateTime (bookRoom)', () =>
      graph.query(
        'mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
        {
          input: {
            roomId,
            organizationId: world.organizations[0]!.id,
            start: '2030-06-04 10:00',
            end: '2030-06-04T11:00:00+09:00',
            purpose: '定例会',
            attendees: 5,
          },
        },
        staff,
      ),
    );
    expect(codesOf(booking)).toEqual(['BAD_USER_INPUT']);
    expect(booking.body.errors[0].extensions.argumentName).toBe('input.start');
  });

  it('a Date that does not exist (2025-02-30) in createGrantProgram and recordDisbursement', async () => {
    const program = await timed('Date 2025-02-30 (createGrantProgram)', () =>
      graph.query(
        'mutation ($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }',
        {
          input: {
            name: 'Test',
            nameJa: 'テスト',
            kind: 'GRANT',
            fiscalYear: 2024,
            budget: 1_000_000,
            maxAward: 100_000,
            eligibleKinds: ['NPO_CORPORATION'],
            applicationWindow: { opens: '2025-02-30', closes: '2025-03-15' },
            endsAfterFiscalYear: 2026,
            description: 'x',
          },
        },
        staff,
      ),
    );
    expect(codesOf(program)).toEqual(['BAD_USER_INPUT']);
    expect(program.body.errors[0].message).toContain('calendar date');
    expect(program.body.errors[0].extensions.argumentName).toBe('input.applicationWindow.opens');

    const disbursement = await timed('Date 2025-02-30 (recordDisbursement)', () =>
      graph.query(
        'mutation ($id: ID!, $date: Date!) { recordDisbursement(awardId: $id, date: $date, amount: 1) { id } }',
        { id: world.funding.awards[0]!.id, date: '2025-02-30' },
        staff,
      ),
    );
    expect(codesOf(disbursement)).toEqual(['BAD_USER_INPUT']);
    expect(disbursement.body.errors[0].extensions.variable).toBe('date');
  });

  it('an enum value the subgraph does not know and a malformed id', async () => {
    const kind = await timed('unknown enum value', () =>
      graph.query(
        'query ($k: [FacilityKind!]) { facilities(filter: { kinds: $k }, first: 1) { totalCount } }',
        {
          k: ['CASTLE'],
        },
      ),
    );
    expect(codesOf(kind)).toEqual(['BAD_USER_INPUT']);
    const id = await timed('malformed id', () => graph.query('{ organization(id: "zzz") { id } }'));
    expect(codesOf(id)).toEqual(['BAD_USER_INPUT']);
    expectNoInternals(id);
  });
});

describe('refusals', () => {
  it('a refused staff-only root field nulls only itself; its sibling answers', async () => {
    const res = await timed('refused field keeps siblings', () =>
      graph.query('{ districts { code } people(first: 1) { totalCount } }', {}, resident),
    );
    expect(res.body.data.people).toBeNull();
    expect(res.body.data.districts.length).toBeGreaterThan(0);
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
    expect(res.body.errors[0].path).toEqual(['people']);
    expect(res.body.errors[0].message).toBe('Only city staff may read people');
  });

  it('permission messages say in plain words what the caller may not do', async () => {
    const MUTATION =
      'mutation ($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }';
    const input = {
      name: 'Test',
      nameJa: 'テスト',
      kind: 'GRANT',
      fiscalYear: FISCAL_YEAR,
      budget: 1,
      maxAward: 1,
      eligibleKinds: ['NPO_CORPORATION'],
      applicationWindow: { opens: `${FISCAL_YEAR}-04-01`, closes: `${FISCAL_YEAR}-04-02` },
      endsAfterFiscalYear: FISCAL_YEAR,
      description: 'x',
    };
    const forResident = await timed('permission: resident', () => graph.query(MUTATION, { input }, resident));
    expect(codesOf(forResident)).toEqual(['FORBIDDEN']);
    expect(forResident.body.errors[0].message).toBe('Only city staff may create a grant program');
    const anonymous = await timed('permission: anonymous', () => graph.query(MUTATION, { input }));
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.body.errors[0].message).toBe('You must be signed in to create a grant program');
    for (const res of [forResident, anonymous])
      expect(res.body.errors[0].message).not.toMatch(/Mutation\.|scope/);
  });
});

describe('racing decisions', () => {
  it('50 staff deciding one application at once: one award, 49 CONFLICT', async () => {
    const fiscalYear = FISCAL_YEAR;
    const organization = world.organizations.find((o) => o.active && o.kind === 'NPO_CORPORATION')!;
    const created = await graph.query(
      'mutation ($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id } }',
      {
        input: {
          name: 'Race test',
          nameJa: '競合テスト',
          kind: 'GRANT',
          fiscalYear,
          budget: 100_000_000,
          maxAward: 1_000_000,
          eligibleKinds: [organization.kind],
          applicationWindow: { opens: `${fiscalYear}-04-01`, closes: `${fiscalYear + 1}-03-31` },
          endsAfterFiscalYear: fiscalYear,
          description: '同時決定の検証',
        },
      },
      staff,
    );
    expect(created.body.errors).toBeUndefined();
    const programId = created.body.data.createGrantProgram.id;
    await graph.query(
      'mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { organizationId } }',
      { input: { organizationId: organization.id, kind: organization.kind } },
      staff,
    );
    const submitted = await graph.query(
      'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      {
        input: {
          programId,
          organizationId: organization.id,
          title: '地域の見守り活動',
          plan: '月二回の見守り',
          requestedAmount: 500_000,
        },
      },
      staff,
    );
    expect(submitted.body.errors).toBeUndefined();
    const id = submitted.body.data.submitApplication.id;
    const reviewed = await graph.query(
      'mutation ($id: ID!) { reviewApplication(id: $id, score: 4, notes: "良い計画") { status } }',
      { id },
      staff,
    );
    expect(reviewed.body.data.reviewApplication.status).toBe('UNDER_REVIEW');

    const started = performance.now();
    const decisions = await Promise.all(
      Array.from({ length: 50 }, () =>
        graph.query(
          'mutation ($id: ID!) { decideApplication(id: $id, decision: AWARDED, amount: 400000) { status } }',
          { id },
          staff,
        ),
      ),
    );
    timings.push({
      name: 'racing decisions (50 at once, total)',
      ms: performance.now() - started,
      code: 'CONFLICT',
    });
    const won = decisions.filter((r) => r.body.errors === undefined);
    expect(won).toHaveLength(1);
    const lost = decisions.filter((r) => r.body.errors !== undefined);
    expect(lost.flatMap(codesOf)).toEqual(Array.from({ length: 49 }, () => 'CONFLICT'));
  });
});

describe('automatic persisted queries', () => {
  it('a hash that does not match its query is PERSISTED_QUERY_HASH_MISMATCH; an unknown hash alone is PERSISTED_QUERY_NOT_FOUND', async () => {
    const query = '{ districts { code } }';
    const mismatch = await timed('APQ hash mismatch', () =>
      graph.post(
        graph.gatewayUrl,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      ),
    );
    expect(mismatch.status).toBe(400);
    expect(codesOf(mismatch)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    const unknown = await timed('APQ unknown hash', () =>
      graph.post(
        graph.gatewayUrl,
        JSON.stringify({
          extensions: {
            persistedQuery: {
              version: 1,
              sha256Hash: createHash('sha256').update('{ nothing }').digest('hex'),
            },
          },
        }),
      ),
    );
    expect(codesOf(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('hygiene at the edge', () => {
  const BOOK = 'mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id start } }';
  const CREATE =
    'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }';
  const organization = (overrides: Record<string, unknown>) => ({
    name: 'テスト協議会',
    nameKana: 'テストキョウギカイ',
    kind: 'CIVIC_GROUP',
    address: '焼津市本町1-1',
    ...overrides,
  });

  /** A free 30-minute slot of a bookable room within the next weeks, from the facilities subgraph itself. */
  async function freeSlot(): Promise<{ roomId: string; start: string; end: string }> {
    for (const facility of world.facilities.filter((f) => f.bookable && f.rooms.length > 0)) {
      const roomId = facility.rooms[0]!.id;
      const from = new Date(TEST_NOW.getTime() + 3 * DAY_MS);
      const to = new Date(from.getTime() + 14 * DAY_MS);
      const res = await graph.query(
        'query ($r: ID!, $from: DateTime!, $to: DateTime!) { roomAvailability(roomId: $r, from: $from, to: $to) { start end } }',
        { r: roomId, from: from.toISOString(), to: to.toISOString() },
      );
      const slot = res.body.data?.roomAvailability?.[0];
      if (slot) {
        const start = new Date(slot.start);
        return {
          roomId,
          start: start.toISOString(),
          end: new Date(start.getTime() + 30 * 60 * 1000).toISOString(),
        };
      }
    }
    throw new Error('no bookable room has a free slot in the next weeks');
  }

  it('refuses a booking in year 9999, and one in 2100 (beyond the booking horizon)', async () => {
    const { roomId } = await freeSlot();
    const res = await timed('booking in year 9999', () =>
      graph.query(
        BOOK,
        {
          input: {
            roomId,
            organizationId: world.organizations[0]!.id,
            start: '9999-06-01T10:00:00+09:00',
            end: '9999-06-01T11:00:00+09:00',
            purpose: '定例会',
            attendees: 5,
          },
        },
        staff,
      ),
    );
    // Both instants are outside the years a DateTime may name: one error for each, naming where it is.
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(
      res.body.errors.map((e: { extensions: { argumentName: string } }) => e.extensions.argumentName),
    ).toEqual(['input.start', 'input.end']);
    const later = await timed('booking in 2100 (beyond horizon)', () =>
      graph.query(
        BOOK,
        {
          input: {
            roomId,
            organizationId: world.organizations[0]!.id,
            start: '2100-06-01T10:00:00+09:00',
            end: '2100-06-01T11:00:00+09:00',
            purpose: '定例会',
            attendees: 5,
          },
        },
        staff,
      ),
    );
    expect(codesOf(later)).toEqual(['BAD_USER_INPUT']);
    expect(later.body.errors[0].message).toContain('within 1827 days');
  });

  it('refuses a staff booking for an organization that does not exist as NOT_FOUND, and books for one that does', async () => {
    const slot = await freeSlot();
    const input = { ...slot, purpose: '定例会', attendees: 1 };
    const unknown = await timed('booking for unknown organization', () =>
      graph.query(BOOK, { input: { ...input, organizationId: 'ffffffffffffffffffffffff' } }, staff),
    );
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.body.errors[0].extensions).toMatchObject({
      typename: 'Organization',
      argumentName: 'input.organizationId',
    });
    const known = await graph.query(
      BOOK,
      { input: { ...input, organizationId: world.organizations[0]!.id } },
      staff,
    );
    expect(known.body.errors).toBeUndefined();
    await graph.query(
      'mutation ($id: ID!) { cancelBooking(id: $id) { id } }',
      { id: known.body.data.bookRoom.id },
      staff,
    );
  });

  it.each([
    ['a NUL character in a name', { name: 'テスト\u0000協議会' }, 'input.name'],
    ['an unpaired surrogate in a name', { name: 'テスト\ud800協議会' }, 'input.name'],
    ['nameKana "abc"', { nameKana: 'abc' }, 'input.nameKana'],
    ['foundedOn 2999-01-01', { foundedOn: '2999-01-01' }, 'input.foundedOn'],
    ['foundedOn next year', { foundedOn: `${tokyoYear(TEST_NOW) + 1}-01-01` }, 'input.foundedOn'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', async (name, overrides, argumentName) => {
    const res = await timed(name, () => graph.query(CREATE, { input: organization(overrides) }, staff));
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors[0].extensions.argumentName).toBe(argumentName);
    expectNoInternals(res);
  });

  it('stores names NFC-normalised', async () => {
    // か + combining voiced mark (NFD) is stored as the single character が.
    const res = await graph.query(CREATE, { input: organization({ name: 'か\u3099くせい会' }) }, staff);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createOrganization.name).toBe('がくせい会');
  });

  it('refuses 1.7e308 on a count indicator, and a fraction of a count', async () => {
    const list = await graph.query(
      '{ indicators(first: 100) { edges { node { id unit baseline { year } } } } }',
    );
    const count = list.body.data.indicators.edges
      .map((e: { node: { id: string; unit: string; baseline: { year: number } } }) => e.node)
      .find((node: { unit: string }) => node.unit === '人' || node.unit === '団体');
    expect(count).toBeDefined();
    const MEASURE =
      'mutation ($id: ID!, $year: Int!, $value: Float!) { recordMeasurement(indicatorId: $id, year: $year, value: $value) { id } }';
    const huge = await timed('measurement 1.7e308 on a count', () =>
      graph.query(MEASURE, { id: count.id, year: count.baseline.year, value: 1.7e308 }, staff),
    );
    expect(codesOf(huge)).toEqual(['BAD_USER_INPUT']);
    expect(huge.body.errors[0].extensions.argumentName).toBe('value');
    const fraction = await timed('measurement 2.5 on a count', () =>
      graph.query(MEASURE, { id: count.id, year: count.baseline.year, value: 2.5 }, staff),
    );
    expect(codesOf(fraction)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('afterwards', () => {
  it('/health and an ordinary query still answer', async () => {
    const health = await fetch(new URL('/health', graph.gatewayUrl));
    expect(health.status).toBe(200);
    const res = await timed('ordinary query afterwards', () =>
      graph.query('{ organizations(first: 5) { totalCount edges { node { name } } } }'),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.organizations.totalCount).toBeGreaterThan(0);
  });
});
