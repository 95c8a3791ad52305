import mongoose from 'mongoose';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import type { DemoOrganization } from '@kyodo/seed';
import { byCodePoint, codes, demoWorld, errorAt, startOrganizations } from './fixtures.js';

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
});
afterAll(() => subgraph?.stop());

const ORGANIZATION = /* GraphQL */ `
  query ($id: ID!) {
    organization(id: $id) {
      id
      name
      nameKana
      kind
      basis
      activityFields
      district {
        code
        nameJa
      }
      address
      foundedOn
      memberCount
      certified
      registeredWithSupportCenter
      council {
        id
        name
      }
      members {
        id
        name
      }
      subcommittees {
        key
        nameJa
      }
      active
      archivedAt
    }
  }
`;

const LIST = /* GraphQL */ `
  query ($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          nameKana
        }
      }
    }
  }
`;

const activeOnes = () => world.organizations.filter((organization) => organization.active);
const kanaOrder = (organizations: DemoOrganization[]) =>
  [...organizations].sort((a, b) => byCodePoint(a.nameKana, b.nameKana) || byCodePoint(a.id, b.id));

describe('organization(id)', () => {
  it('returns a neighborhood association with its district and council', async () => {
    const association = world.byKey('na:yaizu-01');
    const { body } = await subgraph.query(ORGANIZATION, { id: association.id });
    expect(body.errors).toBeUndefined();
    expect(body.data.organization).toEqual({
      id: association.id,
      name: '高新田自治会',
      nameKana: 'タカシンデンジチカイ',
      kind: 'NEIGHBORHOOD_ASSOCIATION',
      basis: 'TERRITORIAL',
      activityFields: ['COMMUNITY_DEVELOPMENT', 'DISASTER_RELIEF', 'COMMUNITY_SAFETY'],
      district: { code: 'yaizu-01', nameJa: '高新田自治会区域' },
      address: association.address,
      foundedOn: association.foundedOn,
      memberCount: association.memberCount,
      certified: false,
      registeredWithSupportCenter: false,
      council: { id: world.byKey('council:oigawa').id, name: '大井川地区地域づくり協議会' },
      members: [],
      subcommittees: [],
      active: true,
      archivedAt: null,
    });
  });

  it('lists a council’s active members in kana order and its 専門部会', async () => {
    const council = world.byKey('council:yaizu');
    const { body } = await subgraph.query(ORGANIZATION, { id: council.id });
    const expected = kanaOrder(activeOnes().filter((organization) => organization.councilId === council.id));
    expect(body.data.organization.members.map((member: { id: string }) => member.id)).toEqual(
      expected.map((organization) => organization.id),
    );
    expect(body.data.organization.members.map((member: { name: string }) => member.name)).toEqual(
      expect.arrayContaining(['焼津第1自治会', '焼津第7自治会', '焼津地区婦人会', '焼津地区PTA連絡協議会']),
    );
    expect(
      body.data.organization.subcommittees.map((subcommittee: { nameJa: string }) => subcommittee.nameJa),
    ).toEqual(['総務部会', '保健福祉部会', '安心・安全部会', '生活環境部会', '文化・体育部会']);
  });

  it('answers BAD_USER_INPUT for a malformed id and NOT_FOUND for an unknown one', async () => {
    const malformed = await subgraph.query(ORGANIZATION, { id: 'not-an-id' });
    expect(codes(malformed.body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(malformed.body).argumentName).toBe('id');
    const unknown = await subgraph.query(ORGANIZATION, { id: '0123456789abcdef01234567' });
    expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
    expect(unknown.body.data.organization).toBeNull();
  });
});

describe('organizations(filter, first, after)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const names = (body: { data?: any }): string[] =>
    body.data.organizations.edges.map((edge: { node: { name: string } }) => edge.node.name);

  it('filters by kinds and district, in kana order, with the total', async () => {
    const { body } = await subgraph.query(LIST, {
      filter: { kinds: ['NEIGHBORHOOD_ASSOCIATION', 'COMMUNITY_GROUP'], districtCode: 'yaizu-23' },
      first: 100,
    });
    const expected = kanaOrder(
      activeOnes().filter(
        (o) =>
          ['NEIGHBORHOOD_ASSOCIATION', 'COMMUNITY_GROUP'].includes(o.kind) && o.districtCode === 'yaizu-23',
      ),
    );
    expect(names(body)).toEqual(expected.map((organization) => organization.name));
    expect(names(body)).toContain('焼津第3自治会');
    expect(body.data.organizations.totalCount).toBe(expected.length);
  });

  it('filters by activity field (any of) and certification', async () => {
    const { body } = await subgraph.query(LIST, {
      filter: { activityFields: ['INTERNATIONAL_COOPERATION', 'GENDER_EQUALITY'], certified: false },
      first: 100,
    });
    const expected = activeOnes().filter(
      (o) =>
        !o.certified &&
        o.activityFields.some((field) => ['INTERNATIONAL_COOPERATION', 'GENDER_EQUALITY'].includes(field)),
    );
    expect(body.data.organizations.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);

    const certified = await subgraph.query(LIST, { filter: { certified: true }, first: 100 });
    const certifiedNames = names(certified.body);
    expect(certifiedNames.length).toBe(activeOnes().filter((o) => o.certified).length);
    for (const name of certifiedNames) expect(name).toMatch(/^特定非営利活動法人/);
  });

  it('searches the kana reading by prefix, in hiragana or katakana', async () => {
    const katakana = await subgraph.query(LIST, { filter: { search: 'ヤイヅダイ' }, first: 100 });
    const hiragana = await subgraph.query(LIST, { filter: { search: 'やいづだい' }, first: 100 });
    expect(names(katakana.body).sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `焼津第${n}自治会`));
    expect(names(hiragana.body)).toEqual(names(katakana.body));
  });

  it('searches a substring of the name or of the reading', async () => {
    const byName = await subgraph.query(LIST, { filter: { search: '子育て' }, first: 100 });
    const expectedByName = activeOnes().filter(
      (o) => o.name.includes('子育て') || o.nameKana.includes('子育て'),
    );
    expect(byName.body.data.organizations.totalCount).toBe(expectedByName.length);
    expect(expectedByName.length).toBeGreaterThan(0);

    const byReading = await subgraph.query(LIST, { filter: { search: 'しんでん' }, first: 100 });
    expect(names(byReading.body).sort()).toEqual(['上新田自治会', '高新田自治会']);
  });

  it('treats regular-expression characters in a search as text', async () => {
    const { body } = await subgraph.query(LIST, { filter: { search: '.*' }, first: 5 });
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.totalCount).toBe(0);
    const parenthesis = await subgraph.query(LIST, { filter: { search: '(' }, first: 5 });
    expect(parenthesis.body.errors).toBeUndefined();
  });

  interface Page {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string } }[];
  }

  it('pages through every active organization exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const response: { body: { data?: { organizations: Page }; errors?: unknown[] } } = await subgraph.query(
        LIST,
        { first: 45, after },
      );
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data?.organizations as Page;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totalCount).toBe(activeOnes().length);
    expect(seen).toEqual(kanaOrder(activeOnes()).map((organization) => organization.id));
  });

  it('refuses first > 100, a negative first and a foreign cursor', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { first: 5, after: 'bm90LWEtY3Vyc29y' }]) {
      const { body } = await subgraph.query(LIST, variables);
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses an over-long search', async () => {
    const { body } = await subgraph.query(LIST, { filter: { search: 'あ'.repeat(101) } });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(body).argumentName).toBe('filter.search');
  });
});

describe('districts', () => {
  const DISTRICT = /* GraphQL */ `
    query ($code: ID!) {
      district(code: $code) {
        code
        name
        nameJa
        boundary {
          type
          coordinates
        }
      }
    }
  `;

  it('lists the 35 districts in code order', async () => {
    const { body } = await subgraph.query('{ districts { code name nameJa } }');
    expect(body.data.districts).toHaveLength(35);
    expect(body.data.districts[0]).toEqual({
      code: 'yaizu-01',
      name: 'Takashinden',
      nameJa: '高新田自治会区域',
    });
    expect(body.data.districts.map((district: { code: string }) => district.code)).toEqual(
      world.districts.map((district) => district.code),
    );
  });

  it('returns a district with a closed MultiPolygon boundary in lng/lat', async () => {
    const { body } = await subgraph.query(DISTRICT, { code: 'yaizu-23' });
    const district = body.data.district;
    expect(district).toMatchObject({ code: 'yaizu-23', name: 'Yaizu 3', nameJa: '焼津第3自治会区域' });
    expect(district.boundary.type).toBe('MultiPolygon');
    const ring: number[][] = district.boundary.coordinates[0][0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const source = world.districts.find((d) => d.code === 'yaizu-23');
    expect(source?.boundary.type).toBe('Polygon');
    expect(ring).toEqual(source?.boundary.coordinates[0]);
  });

  it('answers NOT_FOUND for an unknown code', async () => {
    const { body } = await subgraph.query(DISTRICT, { code: 'yaizu-99' });
    expect(codes(body)).toEqual(['NOT_FOUND']);
  });

  it('finds the district containing a point, and none at sea', async () => {
    const query = 'query ($lat: Float!, $lng: Float!) { districtAt(lat: $lat, lng: $lng) { code nameJa } }';
    // 焼津市役所 and 焼津駅 lie in 焼津第3自治会's area; the other points are inside Takashinden and Aikawa.
    const cityHall = await subgraph.query(query, { lat: 34.8669, lng: 138.3232 });
    expect(cityHall.body.data.districtAt).toEqual({ code: 'yaizu-23', nameJa: '焼津第3自治会区域' });
    const station = await subgraph.query(query, { lat: 34.8706, lng: 138.3186 });
    expect(station.body.data.districtAt.code).toBe('yaizu-23');
    const atSea = await subgraph.query(query, { lat: 34.85, lng: 138.4 });
    expect(atSea.body).toEqual({ data: { districtAt: null } });
  });

  it('refuses coordinates off the globe', async () => {
    const query = 'query ($lat: Float!, $lng: Float!) { districtAt(lat: $lat, lng: $lng) { code } }';
    const north = await subgraph.query(query, { lat: 91, lng: 138.3 });
    expect(codes(north.body)).toEqual(['BAD_USER_INPUT']);
    expect(errorAt(north.body).argumentName).toBe('lat');
    const east = await subgraph.query(query, { lat: 34.8, lng: 181 });
    expect(errorAt(east.body).argumentName).toBe('lng');
  });

  it('pages a district’s organizations, batching the first page of every district into one query', async () => {
    const query = /* GraphQL */ `
      {
        districts {
          code
          organizations(first: 2, filter: { kinds: [NPO_CORPORATION, CIVIC_GROUP] }) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
              }
            }
          }
        }
      }
    `;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let response: { body: { data?: any } } | undefined;
    const aggregates = await subgraph.countCommands(async () => {
      response = await subgraph.query(query);
    }, 'aggregate');
    expect(aggregates).toBe(1);
    const districts = response?.body.data.districts as {
      code: string;
      organizations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: unknown[];
      };
    }[];
    for (const district of districts) {
      const expected = kanaOrder(
        activeOnes().filter(
          (o) => o.districtCode === district.code && ['NPO_CORPORATION', 'CIVIC_GROUP'].includes(o.kind),
        ),
      );
      expect(district.organizations.totalCount).toBe(expected.length);
      expect(district.organizations.edges).toEqual(expected.slice(0, 2).map((o) => ({ node: { id: o.id } })));
    }

    const busiest = [...districts].sort((a, b) => b.organizations.totalCount - a.organizations.totalCount)[0];
    const next = await subgraph.query(
      /* GraphQL */ `
        query ($code: ID!, $after: String) {
          district(code: $code) {
            organizations(first: 2, after: $after, filter: { kinds: [NPO_CORPORATION, CIVIC_GROUP] }) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      { code: busiest?.code, after: busiest?.organizations.pageInfo.endCursor },
    );
    const expected = kanaOrder(
      activeOnes().filter(
        (o) => o.districtCode === busiest?.code && ['NPO_CORPORATION', 'CIVIC_GROUP'].includes(o.kind),
      ),
    );
    expect(next.body.data.district.organizations.edges).toEqual(
      expected.slice(2, 4).map((o) => ({ node: { id: o.id } })),
    );
  });
});

describe('batching', () => {
  it('loads the districts, councils and members of a page of 100 organizations with one find each', async () => {
    const query = /* GraphQL */ `
      {
        organizations(first: 100) {
          edges {
            node {
              district {
                code
              }
              council {
                name
              }
              members {
                id
              }
            }
          }
        }
      }
    `;
    let body: { errors?: unknown[]; data?: { organizations: { edges: { node: { district: unknown } }[] } } } =
      {};
    const finds = await subgraph.countCommands(async () => {
      ({ body } = await subgraph.query(query));
    }, 'find');
    expect(body.errors).toBeUndefined();
    expect(body.data?.organizations.edges).toHaveLength(100);
    // The page itself, then one batch each for districts, councils and council members.
    expect(finds).toBe(4);
  });

  it('refuses first > 100 on a district’s organizations', async () => {
    const { body } = await subgraph.query(
      '{ district(code: "yaizu-01") { organizations(first: 101) { totalCount } } }',
    );
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('entity references', () => {
  it('resolves 200 Organization references with one find, in order, null for unknown ids', async () => {
    const ids = world.organizations.slice(0, 199).map((organization) => organization.id);
    const representations = [
      ...ids.map((id) => ({ __typename: 'Organization', id })),
      { __typename: 'Organization', id: 'ffffffffffffffffffffffff' },
    ];
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id name } } }';
    let body: { data?: { _entities: ({ id: string } | null)[] }; errors?: unknown[] } = {};
    const finds = await subgraph.countCommands(async () => {
      ({ body } = await subgraph.query(query, { r: representations }));
    }, 'find');
    expect(body.errors).toBeUndefined();
    expect(finds).toBe(1);
    expect(body.data?._entities.slice(0, 199).map((entity) => entity?.id)).toEqual(ids);
    expect(body.data?._entities[199]).toBeNull();
  });

  it('resolves District references by code', async () => {
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { code nameJa } } }';
    const { body } = await subgraph.query(query, {
      r: [
        { __typename: 'District', code: 'yaizu-35' },
        { __typename: 'District', code: 'nowhere' },
      ],
    });
    expect(body.data._entities).toEqual([{ code: 'yaizu-35', nameJa: '相川自治会区域' }, null]);
  });

  it('reads a district boundary only when the query selects it', async () => {
    const projections: unknown[] = [];
    mongoose.set('debug', (collection: string, method: string, ...rest: unknown[]) => {
      if (collection === 'districts' && method === 'find')
        projections.push((rest[1] as { projection?: unknown })?.projection);
    });
    try {
      const entities = (fields: string) =>
        subgraph.query(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { ${fields} } } }`,
          {
            r: [
              { __typename: 'District', code: 'yaizu-16' },
              { __typename: 'District', code: 'yaizu-17' },
            ],
          },
        );
      const named = await entities('nameJa');
      expect(named.body.data._entities).toEqual([
        { nameJa: expect.any(String) },
        { nameJa: expect.any(String) },
      ]);
      const drawn = await entities('code boundary { type }');
      expect(drawn.body.data._entities).toEqual([
        { code: 'yaizu-16', boundary: { type: 'MultiPolygon' } },
        { code: 'yaizu-17', boundary: { type: 'MultiPolygon' } },
      ]);
      const viaQuery = await subgraph.query('{ district(code: "yaizu-16") { name } }');
      expect(viaQuery.body.data.district).toEqual({ name: expect.any(String) });
    } finally {
      mongoose.set('debug', false);
    }
    // One find per request, each with only the selected stored fields and the code.
    expect(projections).toEqual([
      { code: 1, nameJa: 1 },
      { code: 1, boundary: 1 },
      { code: 1, name: 1 },
    ]);
  });
});
