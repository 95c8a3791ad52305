import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, startGraph, token, errorCodes } from '../src/graph.js';

/**
 * Staff writes through the gateway (issue 13): the talent register (create, update, remove to a tombstone),
 * collaborative projects (update, status transitions), and sorted pages of the main lists.
 */

let graph: RunningGraph;
let world: DemoWorld;
let staff: string;
let otherStaff: string;
let member: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  [staff, otherStaff, member] = await Promise.all([
    token('staff', { sub: 'e2e-staff-people' }),
    token('staff', { sub: 'e2e-staff-other' }),
    token('member', { organizationIds: [world.organizations[0]!.id] }),
  ]);
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const ids = (connection: Body): string[] => connection.edges.map((edge: Body) => edge.node.id);

describe('the talent register (人材バンク) through the gateway', () => {
  const FIELDS =
    'id name nameKana roles skills email phone consentedOn removedAt version district { code nameJa }';
  const CREATE = `mutation ($input: CreatePersonInput!, $key: String) {
    createPerson(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
  const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
  const REMOVE = `mutation ($id: ID!) { removePerson(id: $id) { ${FIELDS} } }`;
  const LOG = `query ($id: ID!) { auditLog(filter: { entityType: "Person", entityId: $id }) {
    edges { node { operation entityType entityId actor { sub role } changes { field before after } } } } }`;
  const input = {
    name: '青島 ひかり',
    nameKana: 'あおしま ひかり',
    roles: ['ADVISOR'],
    skills: ['ポルトガル語通訳'],
    activityFields: ['INTERNATIONAL_COOPERATION'],
    districtCode: 'yaizu-12',
    email: 'hikari.aoshima@example.org',
    phone: '050-0009-1234',
    consentedOn: '2026-06-10',
  };

  it('creates, retries, updates at a version, removes to a tombstone, and logs it all without personal data', async () => {
    const key = 'e2e-register-aoshima-0001';
    const created = await graph.query(CREATE, { input, key }, staff);
    expect(created.body.errors).toBeUndefined();
    const person = created.body.data.createPerson;
    expect(person).toMatchObject({
      name: '青島 ひかり',
      nameKana: 'アオシマ ヒカリ',
      consentedOn: '2026-06-10',
      version: 0,
      removedAt: null,
    });
    expect(person.district.nameJa).toEqual(expect.any(String));

    // A retried create (say, after a timeout) returns the same entry.
    const retried = await graph.query(CREATE, { input, key }, staff);
    expect(retried.body.data.createPerson.id).toBe(person.id);

    // Two editors read version 0; the first wins, the second gets CONFLICT naming the current version.
    const first = await graph.query(
      UPDATE,
      { id: person.id, version: 0, input: { phone: '050-0009-4321' } },
      staff,
    );
    expect(first.body.data.updatePerson).toMatchObject({ phone: '050-0009-4321', version: 1 });
    const second = await graph.query(
      UPDATE,
      { id: person.id, version: 0, input: { skills: ['手話'] } },
      otherStaff,
    );
    expect(errorCodes(second.body)).toEqual(['CONFLICT']);
    expect(second.body.errors[0].extensions.currentVersion).toBe(1);

    const removed = await graph.query(REMOVE, { id: person.id }, staff);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data.removePerson).toMatchObject({
      id: person.id,
      name: null,
      nameKana: null,
      skills: [],
      email: null,
      phone: null,
      roles: ['ADVISOR'],
      district: { code: 'yaizu-12' },
      // The graph's clock starts at TEST_NOW (2026-06-16 10:00 in Tokyo) and runs.
      removedAt: expect.stringMatching(/^2026-06-16T1\d:/),
      version: 2,
    });

    // The tombstone: hidden from the register, listed with the tombstones, still answerable by id.
    const lists = await graph.query(
      `query ($search: String) {
        live: people(filter: { search: $search }, first: 100) { totalCount edges { node { id } } }
        gone: people(filter: { removed: true }, first: 100) { edges { node { id name removedAt } } }
      }`,
      { search: 'アオシマ' },
      staff,
    );
    expect(ids(lists.body.data.live)).not.toContain(person.id);
    expect(lists.body.data.gone.edges.map((edge: Body) => edge.node)).toContainEqual({
      id: person.id,
      name: null,
      removedAt: removed.body.data.removePerson.removedAt,
    });

    const log = await graph.query(LOG, { id: person.id }, staff);
    expect(log.body.errors).toBeUndefined();
    const entries = log.body.data.auditLog.edges.map((edge: Body) => edge.node);
    expect(entries.map((entry: Body) => entry.operation)).toEqual([
      'removePerson',
      'updatePerson',
      'createPerson',
    ]);
    expect(entries[1].actor).toEqual({ sub: 'e2e-staff-people', role: 'staff' });
    expect(entries[1].changes).toEqual([{ field: 'phone', before: '"[redacted]"', after: '"[redacted]"' }]);
    const text = JSON.stringify(entries);
    for (const personal of ['青島', 'アオシマ', 'hikari', '050-0009', 'ポルトガル語'])
      expect(text).not.toContain(personal);
  });

  it('refuses bad input with its code and the argument named, and refuses anyone but staff', async () => {
    const future = await graph.query(CREATE, { input: { ...input, consentedOn: '2026-06-17' } }, staff);
    expect(errorCodes(future.body)).toEqual(['BAD_USER_INPUT']);
    expect(future.body.errors[0].extensions.argumentName).toBe('input.consentedOn');
    const { consentedOn: _omitted, ...withoutConsent } = input;
    const missing = await graph.query(CREATE, { input: withoutConsent }, staff);
    expect(errorCodes(missing.body)).toEqual(['BAD_USER_INPUT']);
    const noRole = await graph.query(CREATE, { input: { ...input, roles: [] } }, staff);
    expect(noRole.body.errors[0].extensions.argumentName).toBe('input.roles');

    const forMember = await graph.query(CREATE, { input }, member);
    expect(errorCodes(forMember.body)).toEqual(['FORBIDDEN']);
    const anonymous = await graph.query(CREATE, { input });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const removeByMember = await graph.query(REMOVE, { id: world.people[0]!.id }, member);
    expect(errorCodes(removeByMember.body)).toEqual(['FORBIDDEN']);
  });
});

describe('collaborative projects (協働事業) through the gateway', () => {
  const FIELDS = 'id title budget status version partners { id name }';
  const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateCollaborativeProjectInput!) {
    updateCollaborativeProject(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
  const STATUS = `mutation ($id: ID!, $status: CollaborativeProjectStatus!) {
    setCollaborativeProjectStatus(id: $id, status: $status) { ${FIELDS} } }`;

  it('updates at the version read, moves along the transitions, and refuses stale edits and moves', async () => {
    const project = world.funding.collaborativeProjects.find((p) => p.status === 'PROPOSED')!;
    expect(project).toBeDefined();
    const partner = world.organizations.find((o) => o.active)!;
    const updated = await graph.query(
      UPDATE,
      { id: project.id, version: 0, input: { budget: project.budget + 1000, partnerIds: [partner.id] } },
      staff,
    );
    expect(updated.body.errors).toBeUndefined();
    // The partner is resolved by the organizations subgraph.
    expect(updated.body.data.updateCollaborativeProject).toMatchObject({
      budget: project.budget + 1000,
      version: 1,
      partners: [{ id: partner.id, name: partner.name }],
    });
    const stale = await graph.query(UPDATE, { id: project.id, version: 0, input: { budget: 1 } }, otherStaff);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(1);
    const unknownPartner = await graph.query(
      UPDATE,
      { id: project.id, version: 1, input: { partnerIds: ['0123456789abcdef01234567'] } },
      staff,
    );
    expect(errorCodes(unknownPartner.body)).toEqual(['NOT_FOUND']);

    const activated = await graph.query(STATUS, { id: project.id, status: 'ACTIVE' }, staff);
    expect(activated.body.data.setCollaborativeProjectStatus).toMatchObject({ status: 'ACTIVE', version: 2 });
    const again = await graph.query(STATUS, { id: project.id, status: 'ACTIVE' }, otherStaff);
    expect(errorCodes(again.body)).toEqual(['CONFLICT']);
    expect(again.body.errors[0].extensions.currentStatus).toBe('ACTIVE');
    const byMember = await graph.query(STATUS, { id: project.id, status: 'COMPLETED' }, member);
    expect(errorCodes(byMember.body)).toEqual(['FORBIDDEN']);

    const log = await graph.query(
      `query ($id: ID!) { auditLog(filter: { entityType: "CollaborativeProject", entityId: $id }) {
        edges { node { operation actor { sub } changes { field before after } } } } }`,
      { id: project.id },
      staff,
    );
    expect(log.body.errors).toBeUndefined();
    const entries = log.body.data.auditLog.edges.map((edge: Body) => edge.node);
    expect(entries.map((entry: Body) => entry.operation)).toEqual([
      'setCollaborativeProjectStatus',
      'updateCollaborativeProject',
    ]);
    expect(entries[0].changes).toEqual([{ field: 'status', before: '"PROPOSED"', after: '"ACTIVE"' }]);
  });
});

describe('sorted lists through the gateway, page after page', () => {
  it('pages organizations by reading in Japanese collation order', async () => {
    const QUERY = `query ($after: String) { organizations(orderBy: { field: NAME_KANA }, first: 25, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id nameKana } } } }`;
    const seen: { id: string; nameKana: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { body: Body } = await graph.query(QUERY, { after });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data.organizations;
      seen.push(...page.edges.map((edge: Body) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const collator = new Intl.Collator('ja');
    const expected = world.organizations
      .filter((o) => o.active)
      .sort((a, b) => collator.compare(a.nameKana, b.nameKana) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(seen.map((row) => row.id)).toEqual(expected.map((o) => o.id));
  });

  it("pages an organization's awards by amount inside an organizations page", async () => {
    const counts = new Map<string, number>();
    for (const award of world.funding.awards)
      counts.set(award.organizationId, (counts.get(award.organizationId) ?? 0) + 1);
    const [organizationId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const QUERY = `query ($id: ID!, $after: String) { organization(id: $id) {
      awardsConnection(orderBy: { field: AMOUNT }, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id amount program { nameJa } } } } } }`;
    const amounts: number[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { body: Body } = await graph.query(QUERY, { id: organizationId, after });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data.organization.awardsConnection;
      expect(page.totalCount).toBe(counts.get(organizationId));
      amounts.push(...page.edges.map((edge: Body) => edge.node.amount));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(amounts).toHaveLength(counts.get(organizationId)!);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('pages applications by requested amount, and refuses a cursor of another order', async () => {
    const QUERY = `query ($orderBy: ApplicationOrder, $after: String) {
      applications(orderBy: $orderBy, first: 30, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id requestedAmount } } } }`;
    const first = await graph.query(
      QUERY,
      { orderBy: { field: 'REQUESTED_AMOUNT', direction: 'ASC' } },
      staff,
    );
    const second = await graph.query(
      QUERY,
      {
        orderBy: { field: 'REQUESTED_AMOUNT', direction: 'ASC' },
        after: first.body.data.applications.pageInfo.endCursor,
      },
      staff,
    );
    const amounts = [...first.body.data.applications.edges, ...second.body.data.applications.edges].map(
      (edge: Body) => edge.node.requestedAmount,
    );
    expect(amounts).toHaveLength(60);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    const mixed = await graph.query(
      QUERY,
      { orderBy: { field: 'CREATED_AT' }, after: first.body.data.applications.pageInfo.endCursor },
      staff,
    );
    expect(errorCodes(mixed.body)).toEqual(['BAD_USER_INPUT']);
  });
});
