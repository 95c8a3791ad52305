import { STAFF, errorCodes, startFundingWorld, type FundingWorld, type GraphQLBody } from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});
afterAll(() => world?.subgraph.stop());

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const APPLICATIONS = /* GraphQL */ `
  query ($orderBy: ApplicationOrder, $first: Int, $after: String) {
    applications(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          requestedAmount
          submittedAt
        }
      }
    }
  }
`;

async function allApplications(orderBy: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response: { body: GraphQLBody } = await world.subgraph.query(
      APPLICATIONS,
      { orderBy, first: 50, after },
      STAFF,
    );
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data.applications;
    ids.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('applications(orderBy)', () => {
  it('orders by requested amount, largest first, across pages (ties by id)', async () => {
    const ids = await allApplications({ field: 'REQUESTED_AMOUNT' });
    const expected = [...world.demo.applications].sort(
      (a, b) => b.requestedAmount - a.requestedAmount || byCodePoint(b.id, a.id),
    );
    expect(ids).toEqual(expected.map((application) => application.id));
  });

  it('orders by submission time ascending, drafts (never submitted) first', async () => {
    const ids = await allApplications({ field: 'SUBMITTED_AT', direction: 'ASC' });
    const time = (value: string | null) => (value === null ? -Infinity : Date.parse(value));
    const expected = [...world.demo.applications].sort(
      (a, b) => time(a.submittedAt) - time(b.submittedAt) || byCodePoint(a.id, b.id),
    );
    expect(ids).toEqual(expected.map((application) => application.id));
  });

  it('refuses a cursor of another order', async () => {
    const first = await world.subgraph.query(APPLICATIONS, { first: 1 }, STAFF);
    const { body } = await world.subgraph.query(
      APPLICATIONS,
      {
        orderBy: { field: 'REQUESTED_AMOUNT' },
        first: 1,
        after: first.body.data.applications.pageInfo.endCursor,
      },
      STAFF,
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

const AWARDS = /* GraphQL */ `
  query ($representations: [_Any!]!, $orderBy: AwardOrder, $fiscalYear: Int, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Organization {
        awardsConnection(fiscalYear: $fiscalYear, orderBy: $orderBy, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              amount
              awardedOn
            }
          }
        }
      }
    }
  }
`;

describe('Organization.awardsConnection(fiscalYear, orderBy, first, after)', () => {
  const awardsOf = (organizationId: string) =>
    world.demo.awards.filter((award) => award.organizationId === organizationId);
  // The organization with the most awards, so its list takes several pages.
  const busiest = () => {
    const counts = new Map<string, number>();
    for (const award of world.demo.awards) {
      counts.set(award.organizationId, (counts.get(award.organizationId) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };

  it('pages one organization by amount, largest first, and by award date, oldest first', async () => {
    const id = busiest();
    expect(awardsOf(id).length).toBeGreaterThan(2);
    for (const [orderBy, compare] of [
      [{ field: 'AMOUNT' }, (a, b) => b.amount - a.amount || byCodePoint(b.id, a.id)],
      [
        { field: 'AWARDED_ON', direction: 'ASC' },
        (a, b) => byCodePoint(a.awardedOn, b.awardedOn) || byCodePoint(a.id, b.id),
      ],
    ] as [
      Record<string, string>,
      (a: { amount: number; awardedOn: string; id: string }, b: typeof a) => number,
    ][]) {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const response: { body: GraphQLBody } = await world.subgraph.query(AWARDS, {
          representations: [{ __typename: 'Organization', id }],
          orderBy,
          first: 2,
          after,
        });
        expect(response.body.errors).toBeUndefined();
        const page = response.body.data._entities[0].awardsConnection;
        expect(page.totalCount).toBe(awardsOf(id).length);
        ids.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(ids).toEqual([...awardsOf(id)].sort(compare).map((award) => award.id));
    }
  });

  it('reads the first page of many organizations with one aggregate, newest award first', async () => {
    const ids = [...new Set(world.demo.awards.map((award) => award.organizationId))].slice(0, 30);
    let body: GraphQLBody = {};
    const commands = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(AWARDS, {
        representations: ids.map((id) => ({ __typename: 'Organization', id })),
        first: 1,
      }));
    });
    expect(body.errors).toBeUndefined();
    expect(commands).toBe(1);
    ids.forEach((id, index) => {
      const page = body.data._entities[index].awardsConnection;
      const newest = [...awardsOf(id)].sort(
        (a, b) => byCodePoint(b.awardedOn, a.awardedOn) || byCodePoint(b.id, a.id),
      )[0]!;
      expect(page.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([newest.id]);
      expect(page.totalCount).toBe(awardsOf(id).length);
    });
  });

  it('refuses a page size over 100', async () => {
    const { body } = await world.subgraph.query(AWARDS, {
      representations: [{ __typename: 'Organization', id: busiest() }],
      first: 101,
    });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});
