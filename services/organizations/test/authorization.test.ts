import { signViewer, VIEWER_HEADER, VIEWER_SIGNATURE_HEADER } from '@kyodo/service-kit';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { byCodePoint, codes, demoWorld, memberOf, RESIDENT, STAFF, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const CONTACT = 'query ($id: ID!) { organization(id: $id) { name contact { email phone } } }';

describe('contact (@authenticated)', () => {
  it('is hidden from anonymous viewers, the rest of the organization is not', async () => {
    const npo = world.byKey('npo:001');
    const { body } = await subgraph.query(CONTACT, { id: npo.id });
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    expect(body.data.organization).toEqual({ name: npo.name, contact: null });
  });

  it('is shown to any signed-in viewer', async () => {
    const npo = world.byKey('npo:001');
    for (const viewer of [RESIDENT, memberOf(world.byKey('civic:001').id), STAFF]) {
      const { body } = await subgraph.query(CONTACT, { id: npo.id }, viewer);
      expect(body.errors).toBeUndefined();
      expect(body.data.organization.contact).toEqual(npo.contact);
    }
  });
});

describe('people (@requiresScopes staff)', () => {
  const PEOPLE = /* GraphQL */ `
    query ($filter: PersonFilter, $first: Int) {
      people(filter: $filter, first: $first) {
        totalCount
        edges {
          node {
            id
            name
            nameKana
            roles
            skills
            district {
              code
            }
            organizations {
              id
            }
            email
          }
        }
      }
    }
  `;
  const people = () => world.people;

  it('lists the talent register to staff, in kana order, with their organizations', async () => {
    const { body } = await subgraph.query(PEOPLE, { first: 100 }, STAFF);
    expect(body.errors).toBeUndefined();
    expect(body.data.people.totalCount).toBe(40);
    const expected = [...people()].sort(
      (a, b) => byCodePoint(a.nameKana, b.nameKana) || byCodePoint(a.id, b.id),
    );
    expect(body.data.people.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(
      expected.map((person) => person.id),
    );
    const first = expected[0];
    expect(body.data.people.edges[0].node).toEqual({
      id: first?.id,
      name: first?.name,
      nameKana: first?.nameKana,
      roles: first?.roles,
      skills: first?.skills,
      district: { code: first?.districtCode },
      organizations: first?.organizationIds.map((id) => ({ id })),
      email: first?.email,
    });
  });

  it('filters by role, skill, organization and name', async () => {
    const everyone = people();
    const coordinators = await subgraph.query(
      PEOPLE,
      { filter: { roles: ['COORDINATOR'] }, first: 100 },
      STAFF,
    );
    expect(coordinators.body.data.people.totalCount).toBe(
      everyone.filter((person) => person.roles.includes('COORDINATOR')).length,
    );
    const withSkill = await subgraph.query(PEOPLE, { filter: { skill: '防災士' }, first: 100 }, STAFF);
    expect(withSkill.body.data.people.totalCount).toBe(
      everyone.filter((person) => person.skills.includes('防災士')).length,
    );
    const someone = everyone[0];
    const ofOrganization = await subgraph.query(
      PEOPLE,
      { filter: { organizationId: someone?.organizationIds[0] }, first: 100 },
      STAFF,
    );
    expect(
      ofOrganization.body.data.people.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toContain(someone?.id);
    const family = someone?.name.split(' ')[0] as string;
    const byName = await subgraph.query(PEOPLE, { filter: { search: family }, first: 100 }, STAFF);
    expect(byName.body.data.people.totalCount).toBe(everyone.filter((p) => p.name.startsWith(family)).length);
  });

  it('is FORBIDDEN to members and residents and UNAUTHENTICATED to anonymous viewers', async () => {
    for (const viewer of [memberOf(world.byKey('npo:001').id), RESIDENT]) {
      const { body } = await subgraph.query(PEOPLE, {}, viewer);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      // Query.people is nullable: the refusal nulls this field, not the whole answer.
      expect(body.data).toEqual({ people: null });
      expect(body.errors?.[0].message).toBe('Only city staff may read people');
    }
    const anonymous = await subgraph.query(PEOPLE, {});
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.body.errors?.[0].message).toBe('You must be signed in to read people');
  });

  it('guards person(id) the same way and answers NOT_FOUND for an unknown person', async () => {
    const someone = people()[0];
    const query = 'query ($id: ID!) { person(id: $id) { name skills } }';
    const staff = await subgraph.query(query, { id: someone?.id }, STAFF);
    expect(staff.body.data.person).toEqual({ name: someone?.name, skills: someone?.skills });
    const member = await subgraph.query(
      query,
      { id: someone?.id },
      memberOf(someone?.organizationIds[0] as string),
    );
    expect(codes(member.body)).toEqual(['FORBIDDEN']);
    const unknown = await subgraph.query(query, { id: '0123456789abcdef01234567' }, STAFF);
    expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
  });

  it('ignores a forged or unsigned viewer header', async () => {
    const forged = signViewer(STAFF, 'not-the-internal-secret');
    const withForgery = await subgraph.query(PEOPLE, {}, null, forged);
    expect(codes(withForgery.body)).toEqual(['UNAUTHENTICATED']);

    const unsigned = { [VIEWER_HEADER]: forged[VIEWER_HEADER] as string };
    const withoutSignature = await subgraph.query(PEOPLE, {}, null, unsigned);
    expect(codes(withoutSignature.body)).toEqual(['UNAUTHENTICATED']);

    // A real member's signature on a payload rewritten to claim staff.
    const genuine = signViewer(memberOf(world.byKey('npo:001').id), subgraph.internalSecret);
    const tampered = {
      [VIEWER_HEADER]: Buffer.from(
        // eslint-disable-next-line no-restricted-syntax -- the wall clock: readViewer checks exp against it
        JSON.stringify({ viewer: STAFF, exp: Math.floor(Date.now() / 1000) + 60 }),
        'utf8',
      ).toString('base64url'),
      [VIEWER_SIGNATURE_HEADER]: genuine[VIEWER_SIGNATURE_HEADER] as string,
    };
    const withTampering = await subgraph.query(PEOPLE, {}, null, tampered);
    expect(codes(withTampering.body)).toEqual(['UNAUTHENTICATED']);

    const contact = await subgraph.query(CONTACT, { id: world.byKey('npo:001').id }, null, forged);
    expect(contact.body.data.organization.contact).toBeNull();
  });
});

describe('who may change an organization', () => {
  const UPDATE =
    'mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, expectedVersion: $expectedVersion, input: $input) { id memberCount certified } }';

  it('lets a member update their own organization but not another one', async () => {
    const own = world.byKey('civic:002');
    const other = world.byKey('civic:003');
    const viewer = memberOf(own.id);
    const allowed = await subgraph.query(
      UPDATE,
      { id: own.id, expectedVersion: 0, input: { memberCount: 77 } },
      viewer,
    );
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.updateOrganization).toEqual({ id: own.id, memberCount: 77, certified: false });

    const refused = await subgraph.query(
      UPDATE,
      { id: other.id, expectedVersion: 0, input: { memberCount: 1 } },
      viewer,
    );
    expect(codes(refused.body)).toEqual(['FORBIDDEN']);
    const after = await subgraph.query('query ($id: ID!) { organization(id: $id) { memberCount } }', {
      id: other.id,
    });
    expect(after.body.data.organization.memberCount).toBe(other.memberCount);
  });

  it('refuses anonymous viewers with UNAUTHENTICATED', async () => {
    const own = world.byKey('civic:002');
    const { body } = await subgraph.query(UPDATE, {
      id: own.id,
      expectedVersion: 0,
      input: { memberCount: 5 },
    });
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });

  it('leaves certification to staff', async () => {
    const npo = world.organizations.find((o) => o.kind === 'NPO_CORPORATION' && !o.certified && o.active);
    const byMember = await subgraph.query(
      UPDATE,
      { id: npo?.id, expectedVersion: 0, input: { certified: true } },
      memberOf(npo?.id as string),
    );
    expect(codes(byMember.body)).toEqual(['FORBIDDEN']);
    const byStaff = await subgraph.query(
      UPDATE,
      { id: npo?.id, expectedVersion: 0, input: { certified: true } },
      STAFF,
    );
    expect(byStaff.body.data.updateOrganization.certified).toBe(true);
  });

  it('lets a member archive only their own organization', async () => {
    const ARCHIVE = 'mutation ($id: ID!) { archiveOrganization(id: $id) { id active } }';
    const own = world.byKey('civic:004');
    const refused = await subgraph.query(ARCHIVE, { id: world.byKey('civic:005').id }, memberOf(own.id));
    expect(codes(refused.body)).toEqual(['FORBIDDEN']);
    const allowed = await subgraph.query(ARCHIVE, { id: own.id }, memberOf(own.id));
    expect(allowed.body.data.archiveOrganization).toEqual({ id: own.id, active: false });
  });
});
