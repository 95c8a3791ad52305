import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { codes, demoWorld, errorAt, memberOf, RESIDENT, STAFF, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const FIELDS = /* GraphQL */ `
  id
  name
  nameKana
  kind
  basis
  activityFields
  district {
    code
  }
  address
  foundedOn
  memberCount
  certified
  registeredWithSupportCenter
  contact {
    email
    phone
  }
  council {
    id
  }
  subcommittees {
    key
    nameJa
  }
  active
  archivedAt
  version
`;
const CREATE = `mutation ($input: CreateOrganizationInput!, $key: String) { createOrganization(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, expectedVersion: $expectedVersion, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveOrganization(id: $id) { ${FIELDS} } }`;
const COUNT =
  'query ($filter: OrganizationFilter) { organizations(filter: $filter, first: 0) { totalCount } }';

const npoInput = {
  name: '特定非営利活動法人やいづ防災ラボ',
  nameKana: 'やいづぼうさいらぼ',
  kind: 'NPO_CORPORATION',
  activityFields: ['DISASTER_RELIEF', 'HEALTH_WELFARE', 'DISASTER_RELIEF'],
  districtCode: 'yaizu-23',
  address: '静岡県焼津市本町2-16-32',
  foundedOn: '2011-03-11',
  memberCount: 24,
  certified: true,
  registeredWithSupportCenter: true,
  contact: { email: 'info@bousai-lab.example.org', phone: '050-0000-9999' },
};

async function total(filter: object = { includeArchived: true }): Promise<number> {
  const { body } = await subgraph.query(COUNT, { filter });
  return body.data.organizations.totalCount;
}

describe('createOrganization', () => {
  it('registers an organization for staff, normalising reading and fields and deriving the basis', async () => {
    const { body } = await subgraph.query(CREATE, { input: npoInput }, STAFF);
    expect(body.errors).toBeUndefined();
    const created = body.data.createOrganization;
    expect(created).toMatchObject({
      name: '特定非営利活動法人やいづ防災ラボ',
      nameKana: 'ヤイヅボウサイラボ',
      kind: 'NPO_CORPORATION',
      basis: 'THEMATIC',
      activityFields: ['HEALTH_WELFARE', 'DISASTER_RELIEF'],
      district: { code: 'yaizu-23' },
      foundedOn: '2011-03-11',
      certified: true,
      contact: npoInput.contact,
      council: null,
      subcommittees: [],
      active: true,
      archivedAt: null,
    });
    expect(created.id).toMatch(/^[0-9a-f]{24}$/);
    const found = await subgraph.query(
      'query ($search: String) { organizations(filter: { search: $search }) { edges { node { id } } } }',
      { search: 'ぼうさいらぼ' },
    );
    expect(found.body.data.organizations.edges).toEqual([{ node: { id: created.id } }]);
  });

  it('gives a new district council the five standard 専門部会 and a territorial basis', async () => {
    const { body } = await subgraph.query(
      CREATE,
      {
        input: {
          name: '焼津北部地域づくり協議会',
          nameKana: 'ヤイヅホクブチイキヅクリキョウギカイ',
          kind: 'DISTRICT_COUNCIL',
          address: '静岡県焼津市駅北1-1-1',
        },
      },
      STAFF,
    );
    expect(body.data.createOrganization).toMatchObject({
      basis: 'TERRITORIAL',
      memberCount: 0,
      district: null,
    });
    expect(body.data.createOrganization.subcommittees.map((s: { key: string }) => s.key)).toEqual([
      'GENERAL_AFFAIRS',
      'HEALTH_WELFARE',
      'SAFETY',
      'LIVING_ENVIRONMENT',
      'CULTURE_SPORTS',
    ]);
  });

  it('is for staff only', async () => {
    const before = await total();
    const member = await subgraph.query(CREATE, { input: npoInput }, memberOf(world.byKey('npo:001').id));
    expect(codes(member.body)).toEqual(['FORBIDDEN']);
    const resident = await subgraph.query(CREATE, { input: npoInput }, RESIDENT);
    expect(codes(resident.body)).toEqual(['FORBIDDEN']);
    const anonymous = await subgraph.query(CREATE, { input: npoInput });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    expect(await total()).toBe(before);
  });

  it.each([
    ['an unknown district', { districtCode: 'yaizu-99' }, 'input.districtCode'],
    ['a certified civic group', { kind: 'CIVIC_GROUP', name: '焼津の会' }, 'input.certified'],
    [
      'subcommittees outside a council',
      { subcommittees: [{ key: 'X', name: 'X', nameJa: 'X部会' }] },
      'input.subcommittees',
    ],
    ['a reading that is not kana', { nameKana: '焼津' }, 'input.nameKana'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a negative member count', { memberCount: -3 }, 'input.memberCount'],
    ['a malformed e-mail address', { contact: { email: 'not-an-address' } }, 'input.contact.email'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, change, argumentName) => {
    const before = await total();
    const { body } = await subgraph.query(CREATE, { input: { ...npoInput, ...change } }, STAFF);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(body).argumentName).toBe(argumentName);
    expect(await total()).toBe(before);
  });

  it('refuses an impossible date', async () => {
    const { body } = await subgraph.query(CREATE, { input: { ...npoInput, foundedOn: '2023-02-30' } }, STAFF);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('updateOrganization', () => {
  it('changes the given fields and keeps the others', async () => {
    const group = world.byKey('civic:010');
    const { body } = await subgraph.query(
      UPDATE,
      {
        id: group.id,
        expectedVersion: 0,
        input: { address: '静岡県焼津市栄町1-1-1', activityFields: ['CHILDREN', 'TOURISM'] },
      },
      STAFF,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateOrganization).toMatchObject({
      name: group.name,
      nameKana: group.nameKana,
      address: '静岡県焼津市栄町1-1-1',
      activityFields: ['TOURISM', 'CHILDREN'],
      memberCount: group.memberCount,
      district: { code: group.districtCode },
    });
  });

  it('answers BAD_USER_INPUT for a malformed id or an empty change and NOT_FOUND for an unknown id', async () => {
    const malformed = await subgraph.query(
      UPDATE,
      { id: '123', expectedVersion: 0, input: { memberCount: 1 } },
      STAFF,
    );
    expect(codes(malformed.body)).toEqual(['BAD_USER_INPUT']);
    const empty = await subgraph.query(
      UPDATE,
      { id: world.byKey('civic:010').id, expectedVersion: 0, input: {} },
      STAFF,
    );
    expect(codes(empty.body)).toEqual(['BAD_USER_INPUT']);
    const unknown = await subgraph.query(
      UPDATE,
      { id: 'abcdefabcdefabcdefabcdef', expectedVersion: 0, input: { memberCount: 1 } },
      STAFF,
    );
    expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
  });

  it('refuses to certify an organization that is not an NPO corporation', async () => {
    const { body } = await subgraph.query(
      UPDATE,
      { id: world.byKey('civic:010').id, expectedVersion: 0, input: { certified: true } },
      STAFF,
    );
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('archiveOrganization', () => {
  it('archives, hides the organization from lists unless asked, refuses later updates, and repeats harmlessly', async () => {
    const group = world.byKey('civic:020');
    const activeBefore = await total({});
    const { body } = await subgraph.query(ARCHIVE, { id: group.id }, STAFF);
    expect(body.data.archiveOrganization.active).toBe(false);
    expect(body.data.archiveOrganization.archivedAt).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/,
    );
    expect(await total({})).toBe(activeBefore - 1);

    const listed = await subgraph.query(
      'query ($filter: OrganizationFilter) { organizations(filter: $filter, first: 100) { edges { node { id } } } }',
      { filter: { search: group.nameKana, includeArchived: true } },
    );
    expect(listed.body.data.organizations.edges).toEqual([{ node: { id: group.id } }]);

    const update = await subgraph.query(
      UPDATE,
      { id: group.id, expectedVersion: 1, input: { memberCount: 3 } },
      STAFF,
    );
    expect(codes(update.body)).toEqual(['CONFLICT']);
    expect(update.body.errors?.[0]?.message).toContain('is archived');

    const again = await subgraph.query(ARCHIVE, { id: group.id }, STAFF);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.archiveOrganization.archivedAt).toBe(body.data.archiveOrganization.archivedAt);
  });

  it('answers NOT_FOUND for an unknown organization', async () => {
    const { body } = await subgraph.query(ARCHIVE, { id: 'abcdefabcdefabcdefabcdef' }, STAFF);
    expect(codes(body)).toEqual(['NOT_FOUND']);
  });
});

describe('versions, idempotent creates and the audit trail', () => {
  const HISTORY = /* GraphQL */ `
    query ($id: ID!, $first: Int, $after: String) {
      organization(id: $id) {
        version
        history(first: $first, after: $after) {
          edges {
            node {
              operation
              entityType
              entityId
              actor {
                sub
                role
              }
              changes {
                field
                before
                after
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `;

  it('a retried create with the same idempotency key returns the first organization; another input is CONFLICT', async () => {
    const input = { ...npoInput, name: '特定非営利活動法人やいづ冪等ラボ', nameKana: 'ヤイヅベキトウラボ' };
    const first = await subgraph.query(CREATE, { input, key: 'org-create-retry-0001' }, STAFF);
    const retry = await subgraph.query(CREATE, { input, key: 'org-create-retry-0001' }, STAFF);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data.createOrganization.id).toBe(first.body.data.createOrganization.id);
    expect(await total({ search: 'ヤイヅベキトウラボ' })).toBe(1);
    const other = await subgraph.query(
      CREATE,
      { input: { ...input, memberCount: 3 }, key: 'org-create-retry-0001' },
      STAFF,
    );
    expect(codes(other.body)).toEqual(['CONFLICT']);
    const bad = await subgraph.query(CREATE, { input, key: 'short' }, STAFF);
    expect(errorAt(bad.body, 0)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'idempotencyKey',
    });
  });

  it('an update at a stale version is CONFLICT with the current version; history records each change once', async () => {
    const group = world.byKey('civic:030');
    const first = await subgraph.query(
      UPDATE,
      { id: group.id, expectedVersion: 0, input: { memberCount: 31 } },
      STAFF,
    );
    expect(first.body.data.updateOrganization.version).toBe(1);
    const stale = await subgraph.query(
      UPDATE,
      { id: group.id, expectedVersion: 0, input: { memberCount: 32 } },
      STAFF,
    );
    expect(errorAt(stale.body, 0)).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(stale.body.errors?.[0]?.message).toContain('was changed by someone else (version 1)');

    const { body } = await subgraph.query(HISTORY, { id: group.id }, STAFF);
    expect(body.data.organization.version).toBe(1);
    expect(body.data.organization.history.edges).toEqual([
      {
        node: {
          operation: 'updateOrganization',
          entityType: 'Organization',
          entityId: group.id,
          actor: { sub: STAFF.sub, role: 'staff' },
          changes: [{ field: 'memberCount', before: String(group.memberCount), after: '31' }],
        },
      },
    ]);
  });

  it('history is for staff: a member of the organization is FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const group = world.byKey('civic:030');
    const member = await subgraph.query(HISTORY, { id: group.id }, memberOf(group.id));
    expect(codes(member.body)).toEqual(['FORBIDDEN']);
    const anonymous = await subgraph.query(HISTORY, { id: group.id });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('contact changes are recorded as redacted', async () => {
    const group = world.byKey('civic:031');
    await subgraph.query(
      UPDATE,
      { id: group.id, expectedVersion: 0, input: { contact: { email: 'new@example.org' } } },
      STAFF,
    );
    const { body } = await subgraph.query(HISTORY, { id: group.id }, STAFF);
    const [change] = body.data.organization.history.edges[0].node.changes;
    expect(change.field).toBe('contact');
    expect(change.after).toBe('"[redacted]"');
    expect(JSON.stringify(body)).not.toContain('new@example.org');
  });
});
