import type { DemoEvaluation } from '@kyodo/seed';
import { errorCodes, startSeededEvaluation, type SeededEvaluation } from './support.js';

// evaluationsConnection and indicatorsConnection on the entities evaluation extends (issue 13, item 3).

const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }`;
const ORGANIZATIONS = `query ($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on Organization { id evaluationsConnection(first: $first, after: $after) { ${PAGE} } }
  }
}`;
const DISTRICTS = `query ($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on District { code indicatorsConnection(first: $first, after: $after) { ${PAGE} } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
};

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

function evaluationsOf(subjectType: DemoEvaluation['subjectType'], subjectId: string): string[] {
  return seeded.demo.evaluations
    .filter((e) => e.subjectType === subjectType && e.subjectId === subjectId)
    .sort(
      (a, b) =>
        b.fiscalYear - a.fiscalYear ||
        Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
        b.id.localeCompare(a.id),
    )
    .map((e) => e.id);
}

describe('Organization.evaluationsConnection', () => {
  it('serves the first page of many organizations with one aggregate, then pages each one by its cursor', async () => {
    const organizationIds = [
      ...new Set(
        seeded.demo.evaluations.filter((e) => e.subjectType === 'ORGANIZATION').map((e) => e.subjectId),
      ),
    ];
    expect(organizationIds.length).toBeGreaterThan(2);
    const representations = organizationIds.map((id) => ({ __typename: 'Organization', id }));
    let body: { data?: { _entities: { id: string; evaluationsConnection: Page }[] }; errors?: unknown[] } =
      {};
    const aggregates = await seeded.subgraph.countCommands(async () => {
      body = (await seeded.subgraph.query(ORGANIZATIONS, { representations, first: 1 })).body;
    }, 'aggregate');
    expect(body.errors).toBeUndefined();
    expect(aggregates).toBe(1);

    for (const entity of body.data!._entities) {
      const expected = evaluationsOf('ORGANIZATION', entity.id);
      const ids: string[] = entity.evaluationsConnection.edges.map((edge) => edge.node.id);
      expect(entity.evaluationsConnection.totalCount).toBe(expected.length);
      let page = entity.evaluationsConnection;
      while (page.pageInfo.hasNextPage) {
        const next = await seeded.subgraph.query(ORGANIZATIONS, {
          representations: [{ __typename: 'Organization', id: entity.id }],
          first: 2,
          after: page.pageInfo.endCursor,
        });
        expect(next.body.errors).toBeUndefined();
        page = next.body.data._entities[0].evaluationsConnection;
        ids.push(...page.edges.map((edge) => edge.node.id));
      }
      expect(ids).toEqual(expected);
    }
  });

  it('gives an empty page to an organization with no evaluations and refuses a forged cursor or first > 100', async () => {
    const none = await seeded.subgraph.query(ORGANIZATIONS, {
      representations: [{ __typename: 'Organization', id: 'ffffffffffffffffffffffff' }],
    });
    expect(none.body.data._entities[0].evaluationsConnection).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    const organizationId = seeded.demo.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!.subjectId;
    const representations = [{ __typename: 'Organization', id: organizationId }];
    expect(
      errorCodes((await seeded.subgraph.query(ORGANIZATIONS, { representations, after: 'x.y' })).body),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes((await seeded.subgraph.query(ORGANIZATIONS, { representations, first: 101 })).body),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('District.indicatorsConnection', () => {
  it('pages the district’s indicators by name, the same ones as the deprecated list', async () => {
    const codes = [
      ...new Set(seeded.demo.indicators.filter((i) => i.scope === 'DISTRICT').map((i) => i.districtCode!)),
    ];
    const representations = codes.map((code) => ({ __typename: 'District', code }));
    const first = await seeded.subgraph.query(DISTRICTS, { representations, first: 1 });
    expect(first.body.errors).toBeUndefined();
    for (const entity of first.body.data._entities as { code: string; indicatorsConnection: Page }[]) {
      const expected = seeded.demo.indicators
        .filter((i) => i.scope === 'DISTRICT' && i.districtCode === entity.code)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id.localeCompare(b.id)))
        .map((i) => i.id);
      const ids = entity.indicatorsConnection.edges.map((edge) => edge.node.id);
      let page = entity.indicatorsConnection;
      while (page.pageInfo.hasNextPage) {
        const next = await seeded.subgraph.query(DISTRICTS, {
          representations: [{ __typename: 'District', code: entity.code }],
          first: 1,
          after: page.pageInfo.endCursor,
        });
        page = next.body.data._entities[0].indicatorsConnection;
        ids.push(...page.edges.map((edge) => edge.node.id));
      }
      expect(ids).toEqual(expected);
    }
  });
});
