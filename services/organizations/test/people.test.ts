import { AuditEntryModel } from '@kyodo/service-kit';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { codes, demoWorld, errorAt, memberOf, RESIDENT, STAFF, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const FIELDS = /* GraphQL */ `
  id name nameKana roles skills activityFields district { code } organizations { id } email phone
  consentedOn removedAt version
`;
const CREATE = `mutation ($input: CreatePersonInput!, $key: String) {
  createPerson(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation ($id: ID!) { removePerson(id: $id) { ${FIELDS} } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { ${FIELDS}
  history(first: 10) { edges { node { operation actor { sub } changes { field before after } } } } } }`;
const PEOPLE = `query ($filter: PersonFilter) { people(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

// TEST_NOW is 2026-06-16 in Tokyo.
const input = () => ({
  name: '大石 ｻﾄｼ',
  nameKana: 'おおいし さとし',
  roles: ['COORDINATOR', 'LEADER', 'COORDINATOR'],
  skills: ['防災士', 'ファシリテーション', '防災士'],
  activityFields: ['DISASTER_RELIEF', 'COMMUNITY_DEVELOPMENT'],
  districtCode: 'yaizu-05',
  organizationIds: [world.byKey('npo:001').id],
  email: 'satoshi.oishi@example.org',
  phone: '050-0009-0001',
  consentedOn: '2026-06-16',
});

describe('createPerson', () => {
  it('adds a normalised entry at version 0 with its consent date', async () => {
    const { body } = await subgraph.query(CREATE, { input: input() }, STAFF);
    expect(body.errors).toBeUndefined();
    expect(body.data.createPerson).toMatchObject({
      name: '大石 サトシ',
      nameKana: 'オオイシ サトシ',
      roles: ['LEADER', 'COORDINATOR'],
      skills: ['防災士', 'ファシリテーション'],
      activityFields: ['COMMUNITY_DEVELOPMENT', 'DISASTER_RELIEF'],
      district: { code: 'yaizu-05' },
      organizations: [{ id: world.byKey('npo:001').id }],
      consentedOn: '2026-06-16',
      removedAt: null,
      version: 0,
    });
  });

  it.each([
    [{ consentedOn: '2026-06-17' }, 'input.consentedOn'],
    [{ roles: [] }, 'input.roles'],
    [{ nameKana: 'Oishi' }, 'input.nameKana'],
    [{ name: ' ' }, 'input.name'],
    [{ skills: ['x'.repeat(51)] }, 'input.skills[0]'],
    [{ districtCode: 'yaizu-99' }, 'input.districtCode'],
    [{ organizationIds: ['nope'] }, 'input.organizationIds[0]'],
    [{ organizationIds: ['0123456789abcdef01234567'] }, 'input.organizationIds'],
    [{ email: 'not-an-address' }, 'input.email'],
  ])('refuses %j naming %s, writing nothing', async (change, argumentName) => {
    const before = await subgraph.query(PEOPLE, {}, STAFF);
    const { body } = await subgraph.query(CREATE, { input: { ...input(), ...change } }, STAFF);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(body).argumentName).toBe(argumentName);
    const after = await subgraph.query(PEOPLE, {}, STAFF);
    expect(after.body.data.people.totalCount).toBe(before.body.data.people.totalCount);
  });

  it('requires a consent date', async () => {
    const { consentedOn: _omitted, ...withoutConsent } = input();
    const { body } = await subgraph.query(CREATE, { input: withoutConsent }, STAFF);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(/consentedOn/);
  });

  it('is for staff only', async () => {
    const member = await subgraph.query(CREATE, { input: input() }, memberOf(world.byKey('npo:001').id));
    expect(codes(member.body)).toEqual(['FORBIDDEN']);
    const resident = await subgraph.query(CREATE, { input: input() }, RESIDENT);
    expect(codes(resident.body)).toEqual(['FORBIDDEN']);
    const anonymous = await subgraph.query(CREATE, { input: input() });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('returns the first entry for a retry with the same idempotency key, CONFLICT for another input', async () => {
    const key = 'register-drive-2026-0001';
    const first = await subgraph.query(CREATE, { input: input(), key }, STAFF);
    const retry = await subgraph.query(CREATE, { input: input(), key }, STAFF);
    expect(retry.body.data.createPerson.id).toBe(first.body.data.createPerson.id);
    const history = await subgraph.query(PERSON, { id: first.body.data.createPerson.id }, STAFF);
    expect(history.body.data.person.history.edges).toHaveLength(1);
    const other = await subgraph.query(CREATE, { input: { ...input(), phone: '050-0009-0002' }, key }, STAFF);
    expect(codes(other.body)).toEqual(['CONFLICT']);
    const short = await subgraph.query(CREATE, { input: input(), key: 'short' }, STAFF);
    expect(codes(short.body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(short.body).argumentName).toBe('idempotencyKey');
  });
});

describe('updatePerson and removePerson', () => {
  it('updates at the version read, refuses a stale version, and keeps a tombstone after removal', async () => {
    const created = await subgraph.query(CREATE, { input: input() }, STAFF);
    const id = created.body.data.createPerson.id;

    const updated = await subgraph.query(
      UPDATE,
      { id, version: 0, input: { phone: null, skills: ['手話'], consentedOn: '2026-06-01' } },
      STAFF,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updatePerson).toMatchObject({
      phone: null,
      skills: ['手話'],
      consentedOn: '2026-06-01',
      version: 1,
    });

    const stale = await subgraph.query(UPDATE, { id, version: 0, input: { name: '大石 聡' } }, STAFF);
    expect(codes(stale.body)).toEqual(['CONFLICT']);
    expect(errorAt(stale.body).currentVersion).toBe(1);

    const empty = await subgraph.query(UPDATE, { id, version: 1, input: {} }, STAFF);
    expect(codes(empty.body)).toEqual(['BAD_USER_INPUT']);
    const future = await subgraph.query(
      UPDATE,
      { id, version: 1, input: { consentedOn: '2027-01-01' } },
      STAFF,
    );
    expect(errorAt(future.body).argumentName).toBe('input.consentedOn');
    const member = await subgraph.query(
      UPDATE,
      { id, version: 1, input: { name: 'x' } },
      memberOf(world.byKey('npo:001').id),
    );
    expect(codes(member.body)).toEqual(['FORBIDDEN']);

    const removed = await subgraph.query(REMOVE, { id }, STAFF);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data.removePerson).toEqual({
      id,
      name: null,
      nameKana: null,
      roles: ['LEADER', 'COORDINATOR'],
      skills: [],
      activityFields: ['COMMUNITY_DEVELOPMENT', 'DISASTER_RELIEF'],
      district: { code: 'yaizu-05' },
      organizations: [],
      email: null,
      phone: null,
      consentedOn: '2026-06-01',
      removedAt: '2026-06-16T10:00:00.000+09:00',
      version: 2,
    });
    // Removing again answers the same tombstone and writes nothing.
    const again = await subgraph.query(REMOVE, { id }, STAFF);
    expect(again.body.data.removePerson).toEqual(removed.body.data.removePerson);

    // The live register leaves it out; the tombstones list has it.
    const live = await subgraph.query(PEOPLE, {}, STAFF);
    expect(live.body.data.people.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(
      id,
    );
    const tombstones = await subgraph.query(PEOPLE, { filter: { removed: true } }, STAFF);
    expect(tombstones.body.data.people.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(
      id,
    );

    const afterRemoval = await subgraph.query(UPDATE, { id, version: 2, input: { name: '大石 聡' } }, STAFF);
    expect(codes(afterRemoval.body)).toEqual(['CONFLICT']);
    expect(afterRemoval.body.errors?.[0]?.message).toMatch(/removed/);

    // The history is complete and never shows personal data.
    const history = await subgraph.query(PERSON, { id }, STAFF);
    const entries = history.body.data.person.history.edges.map(
      (edge: { node: { operation: string; changes: { field: string; before: string; after: string }[] } }) =>
        edge.node,
    );
    expect(entries.map((entry: { operation: string }) => entry.operation)).toEqual([
      'removePerson',
      'updatePerson',
      'createPerson',
    ]);
    const removal = entries[0].changes;
    expect(removal).toEqual(
      expect.arrayContaining([
        { field: 'name', before: '"[redacted]"', after: null },
        { field: 'removed', before: 'false', after: 'true' },
      ]),
    );
    const stored = JSON.stringify(await AuditEntryModel.find({ entityId: id }).lean().exec());
    for (const personal of ['大石', 'オオイシ', 'satoshi.oishi', '050-0009-0001', '手話', '防災士']) {
      expect(stored).not.toContain(personal);
    }
  });

  it('answers NOT_FOUND for an unknown entry and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await subgraph.query(REMOVE, { id: '0123456789abcdef01234567' }, STAFF);
    expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
    const malformed = await subgraph.query(UPDATE, { id: 'x', version: 0, input: { name: 'a' } }, STAFF);
    expect(codes(malformed.body)).toEqual(['BAD_USER_INPUT']);
  });
});
