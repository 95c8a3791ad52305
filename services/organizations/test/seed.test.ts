import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { demoWorld, STAFF, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

describe('seed', () => {
  it('loads every demo organization under the id the other subgraphs reference', async () => {
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id kind district { code } } } }';
    const { body } = await subgraph.query(query, {
      r: world.organizations.map((organization) => ({ __typename: 'Organization', id: organization.id })),
    });
    expect(body.data._entities).toEqual(
      world.organizations.map((organization) => ({
        id: organization.id,
        kind: organization.kind,
        district: { code: organization.districtCode },
      })),
    );
  });

  it('loads the 35 districts, each with its neighborhood association, and the talent register', async () => {
    const districts = await subgraph.query(
      '{ districts { code organizations(first: 100, filter: { kinds: [NEIGHBORHOOD_ASSOCIATION] }) { edges { node { name } } } } }',
    );
    expect(districts.body.data.districts).toHaveLength(35);
    for (const [index, district] of districts.body.data.districts.entries()) {
      expect(district.organizations.edges).toEqual([
        { node: { name: world.districts[index]?.associationNameJa } },
      ]);
    }
    const people = await subgraph.query('{ people(first: 0) { totalCount } }', {}, STAFF);
    expect(people.body.data.people.totalCount).toBe(world.people.length);
  });
});
