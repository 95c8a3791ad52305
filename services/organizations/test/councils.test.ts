import type { Viewer } from '@kyodo/service-kit';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { OrganizationModel } from '../src/models/Organization.js';
import { codes, demoWorld, memberOf, STAFF, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const ADD =
  'mutation ($c: ID!, $m: ID!) { addCouncilMember(councilId: $c, memberId: $m) { id memberCount members { id } } }';
const REMOVE =
  'mutation ($c: ID!, $m: ID!) { removeCouncilMember(councilId: $c, memberId: $m) { id memberCount members { id } } }';
const COUNCIL_OF = 'query ($id: ID!) { organization(id: $id) { council { id council { id } } } }';

async function createCouncil(name: string): Promise<string> {
  const { body } = await subgraph.query(
    'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    {
      input: {
        name,
        nameKana: 'テストキョウギカイ',
        kind: 'DISTRICT_COUNCIL',
        address: '静岡県焼津市本町1-1-1',
      },
    },
    STAFF,
  );
  expect(body.errors).toBeUndefined();
  return body.data.createOrganization.id;
}

const add = (councilId: string, memberId: string, viewer: Viewer = STAFF) =>
  subgraph.query(ADD, { c: councilId, m: memberId }, viewer);
const remove = (councilId: string, memberId: string, viewer: Viewer = STAFF) =>
  subgraph.query(REMOVE, { c: councilId, m: memberId }, viewer);

describe('addCouncilMember / removeCouncilMember', () => {
  it('adds a civic group to a council, shows it among the members, and removes it again', async () => {
    const council = world.byKey('council:wada');
    const group = world.organizations.find(
      (o) => o.kind === 'CIVIC_GROUP' && o.active && o.councilId === null,
    );
    const added = await add(council.id, group?.id as string);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.addCouncilMember.memberCount).toBe(council.memberCount + 1);
    expect(added.body.data.addCouncilMember.members).toContainEqual({ id: group?.id });
    const councilOf = await subgraph.query(COUNCIL_OF, { id: group?.id });
    expect(councilOf.body.data.organization.council.id).toBe(council.id);

    const repeated = await add(council.id, group?.id as string);
    expect(repeated.body.data.addCouncilMember.memberCount).toBe(council.memberCount + 1);

    const removed = await remove(council.id, group?.id as string);
    expect(removed.body.data.removeCouncilMember.memberCount).toBe(council.memberCount);
    expect(removed.body.data.removeCouncilMember.members).not.toContainEqual({ id: group?.id });
    const again = await remove(council.id, group?.id as string);
    expect(codes(again.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an organization that already belongs to another council', async () => {
    const association = world.byKey('na:yaizu-01');
    const { body } = await add(world.byKey('council:yaizu').id, association.id);
    expect(codes(body)).toEqual(['CONFLICT']);
    const councilOf = await subgraph.query(COUNCIL_OF, { id: association.id });
    expect(councilOf.body.data.organization.council.id).toBe(world.byKey('council:oigawa').id);
  });

  it('refuses a council containing itself', async () => {
    const council = world.byKey('council:minato');
    const { body } = await add(council.id, council.id);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cycle: A in B, then B in A; and A in B in C, then C in A', async () => {
    const a = await createCouncil('テスト協議会A');
    const b = await createCouncil('テスト協議会B');
    const c = await createCouncil('テスト協議会C');
    expect((await add(b, a)).body.errors).toBeUndefined();
    expect(codes((await add(a, b)).body)).toEqual(['CONFLICT']);
    expect((await add(c, b)).body.errors).toBeUndefined();
    expect(codes((await add(a, c)).body)).toEqual(['CONFLICT']);
    const chain = await subgraph.query(COUNCIL_OF, { id: a });
    expect(chain.body.data.organization.council).toEqual({ id: b, council: { id: c } });
    const top = await subgraph.query(COUNCIL_OF, { id: c });
    expect(top.body.data.organization.council).toBeNull();
  });

  it('never leaves a cycle when two councils add each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createCouncil(`同時追加テストA${round}`);
      const b = await createCouncil(`同時追加テストB${round}`);
      const [first, second] = await Promise.all([add(a, b), add(b, a)]);
      const succeeded = [first, second].filter((response) => response.body.errors === undefined).length;
      expect(succeeded).toBeLessThanOrEqual(1);
      for (const response of [first, second]) {
        if (response.body.errors) expect(codes(response.body)).toEqual(['CONFLICT']);
      }
      const ofA = await subgraph.query(COUNCIL_OF, { id: a });
      const ofB = await subgraph.query(COUNCIL_OF, { id: b });
      const parents = [ofA.body.data.organization.council?.id, ofB.body.data.organization.council?.id];
      expect(parents.filter(Boolean).length).toBe(succeeded);
      expect(parents).not.toEqual([b, a]);
    }
  });

  it('undoes its own write when a concurrent addition closed the cycle after its checks', async () => {
    const a = await createCouncil('割込みテストA');
    const b = await createCouncil('割込みテストB');
    const updateOne = OrganizationModel.updateOne.bind(OrganizationModel);
    const findOneAndUpdate = OrganizationModel.findOneAndUpdate.bind(OrganizationModel);
    // The request "A into B" passes its checks; then "B into A" lands just before its write.
    const spy = jest.spyOn(OrganizationModel, 'findOneAndUpdate').mockImplementationOnce(((
      ...args: Parameters<typeof findOneAndUpdate>
    ) => ({
      exec: async () => {
        await updateOne({ _id: b }, { $set: { councilId: a } }).exec();
        return findOneAndUpdate(...args).exec();
      },
    })) as never);
    try {
      const { body } = await add(b, a);
      expect(codes(body)).toEqual(['CONFLICT']);
    } finally {
      spy.mockRestore();
    }
    const ofA = await subgraph.query(COUNCIL_OF, { id: a });
    const ofB = await subgraph.query(COUNCIL_OF, { id: b });
    expect(ofA.body.data.organization.council).toBeNull();
    expect(ofB.body.data.organization.council).toEqual({ id: a, council: null });
  });

  it('refuses a member that is not a council as the container', async () => {
    const { body } = await add(world.byKey('npo:001').id, world.byKey('npo:002').id);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers BAD_USER_INPUT for malformed ids and NOT_FOUND for unknown ones', async () => {
    const malformed = await add('council', world.byKey('npo:001').id);
    expect(codes(malformed.body)).toEqual(['BAD_USER_INPUT']);
    const unknown = await add(world.byKey('council:wada').id, 'abcdefabcdefabcdefabcdef');
    expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
  });

  it('lets members of the council manage it, members of a group leave it, and no one else', async () => {
    const council = world.byKey('council:otomi');
    const group = world.organizations.filter(
      (o) => o.kind === 'CIVIC_GROUP' && o.active && o.councilId === null,
    )[1];
    const groupId = group?.id as string;
    const outsider = await add(council.id, groupId, memberOf(groupId));
    expect(codes(outsider.body)).toEqual(['FORBIDDEN']);
    const anonymous = await subgraph.query(ADD, { c: council.id, m: groupId });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);

    const byCouncil = await add(council.id, groupId, memberOf(council.id));
    expect(byCouncil.body.errors).toBeUndefined();
    const byStranger = await remove(council.id, groupId, memberOf(world.byKey('npo:003').id));
    expect(codes(byStranger.body)).toEqual(['FORBIDDEN']);
    const leaving = await remove(council.id, groupId, memberOf(groupId));
    expect(leaving.body.errors).toBeUndefined();
    expect(leaving.body.data.removeCouncilMember.members).not.toContainEqual({ id: groupId });
  });
});
