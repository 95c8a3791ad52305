import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { byCodePoint, codes, demoWorld, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const LIST = /* GraphQL */ `
  query ($orderBy: OrganizationOrder, $first: Int, $after: String) {
    organizations(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          nameKana
          foundedOn
          memberCount
        }
      }
    }
  }
`;

interface Row {
  id: string;
  name: string;
  nameKana: string;
  foundedOn: string | null;
  memberCount: number;
}

interface Page {
  edges: { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** Every page of the list in the order asked for, 7 at a time, so ties and nulls cross page boundaries. */
async function allPages(orderBy: Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const { body } = await subgraph.query<{ organizations: Page }>(LIST, { orderBy, first: 7, after });
    expect(body.errors).toBeUndefined();
    const page: Page = body.data!.organizations;
    rows.push(...page.edges.map((edge: { node: Row }) => edge.node));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

const japanese = new Intl.Collator('ja');
const active = () => world.organizations.filter((organization) => organization.active);

it('orders by reading under Japanese collation, through every page', async () => {
  const rows = await allPages({ field: 'NAME_KANA' });
  expect(rows).toHaveLength(active().length);
  const expected = [...active()].sort(
    (a, b) => japanese.compare(a.nameKana, b.nameKana) || byCodePoint(a.id, b.id),
  );
  expect(rows.map((row) => row.id)).toEqual(expected.map((organization) => organization.id));
});

it('orders by name descending under Japanese collation', async () => {
  const rows = await allPages({ field: 'NAME', direction: 'DESC' });
  const expected = [...active()].sort((a, b) => japanese.compare(b.name, a.name) || byCodePoint(b.id, a.id));
  expect(rows.map((row) => row.id)).toEqual(expected.map((organization) => organization.id));
});

it('orders by founding date with undated organizations first, and by member count descending', async () => {
  const byFounding = await allPages({ field: 'FOUNDED_ON' });
  const founded = [...active()].sort(
    (a, b) => byCodePoint(a.foundedOn ?? '', b.foundedOn ?? '') || byCodePoint(a.id, b.id),
  );
  expect(byFounding.map((row) => row.id)).toEqual(founded.map((organization) => organization.id));

  const bySize = await allPages({ field: 'MEMBER_COUNT', direction: 'DESC' });
  const sizes = bySize.map((row) => row.memberCount);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(new Set(bySize.map((row) => row.id)).size).toBe(active().length);
});

it('refuses a cursor of one order in another', async () => {
  const first = await subgraph.query(LIST, { orderBy: { field: 'MEMBER_COUNT' }, first: 2 });
  const cursor = first.body.data.organizations.pageInfo.endCursor;
  for (const orderBy of [{ field: 'MEMBER_COUNT', direction: 'DESC' }, { field: 'NAME_KANA' }, null]) {
    const { body } = await subgraph.query(LIST, { orderBy, first: 2, after: cursor });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(/invalid cursor/);
  }
});
