import { grantProgramData } from '@kyodo/seed';
import {
  errorCodes,
  memberOf,
  RESIDENT,
  STAFF,
  startFundingWorld,
  type FundingWorld,
  type GraphQLBody,
} from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});

afterAll(async () => {
  await world?.subgraph.stop();
});

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on GrantProgram {
        id
        nameJa
        remainingBudget
      }
      ... on Award {
        id
        amount
      }
      ... on CollaborativeProject {
        id
        title
      }
    }
  }
`;

/** `count` valid ObjectId hex strings that are not in the seed. */
function unknownIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `ffff${String(i).padStart(20, '0')}`);
}

describe('entity resolution batches every reference of a type into one find', () => {
  it('resolves 200 Award references with one find, in order, null for unknown ids', async () => {
    const known = world.demo.awards.map((a) => a.id);
    expect(known.length).toBeGreaterThan(100);
    const ids = [...known, ...unknownIds(200 - known.length)];
    const representations = ids.map((id) => ({ __typename: 'Award', id }));
    let body: GraphQLBody = {};
    const finds = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(ENTITIES, { representations }));
    }, 'find');
    expect(finds).toBe(1);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(200);
    known.forEach((id, i) => {
      expect(body.data._entities[i]).toEqual({ id, amount: world.demo.awards[i]!.amount });
    });
    expect(body.data._entities.slice(known.length).every((e: unknown) => e === null)).toBe(true);
  });

  it('resolves 200 GrantProgram references (repeats included) with one find', async () => {
    const programs = world.demo.programs;
    const representations = Array.from({ length: 200 }, (_, i) => ({
      __typename: 'GrantProgram',
      id: programs[i % programs.length]!.id,
    }));
    let body: GraphQLBody = {};
    const commands = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(ENTITIES, { representations }));
    });
    expect(commands).toBe(1);
    body.data._entities.forEach((entity: { id: string } | null, i: number) => {
      const program = programs[i % programs.length]!;
      expect(entity).toEqual({
        id: program.id,
        nameJa: program.nameJa,
        remainingBudget: program.budget - program.awardedTotal,
      });
    });
  });

  it('resolves CollaborativeProject references, and a malformed id to null rather than an error', async () => {
    const project = world.demo.collaborativeProjects[0]!;
    const { body } = await world.subgraph.query(ENTITIES, {
      representations: [
        { __typename: 'CollaborativeProject', id: project.id },
        { __typename: 'CollaborativeProject', id: 'garbage' },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: project.id, title: project.title }, null]);
  });
});

interface OrganizationEntity {
  id: string;
  applications: { id: string }[];
  awards: { id: string }[];
  fundingSummary: unknown;
  applicantRegistration: unknown;
}

describe('Organization fields contributed by funding', () => {
  const ORGANIZATIONS = /* GraphQL */ `
    query Organizations($representations: [_Any!]!, $fiscalYear: Int) {
      _entities(representations: $representations) {
        ... on Organization {
          id
          applications(fiscalYear: $fiscalYear) {
            id
            status
          }
          awards(fiscalYear: $fiscalYear) {
            id
            amount
            fiscalYear
          }
          fundingSummary(fiscalYear: $fiscalYear) {
            awardedTotal
            awardCount
            disbursedTotal
          }
          applicantRegistration {
            kind
            districtCode
            organization {
              id
            }
          }
        }
      }
    }
  `;

  it('returns each organization’s applications, awards and totals as seeded', async () => {
    const organizationIds = [...new Set(world.demo.awards.map((a) => a.organizationId))].slice(0, 30);
    const representations = organizationIds.map((id) => ({ __typename: 'Organization', id }));
    for (const fiscalYear of [2024, null]) {
      const { body } = await world.subgraph.query(ORGANIZATIONS, { representations, fiscalYear }, STAFF);
      expect(body.errors).toBeUndefined();
      body.data._entities.forEach((entity: OrganizationEntity, i: number) => {
        const id = organizationIds[i]!;
        const inYear = <T extends { fiscalYear: number }>(x: T) =>
          fiscalYear === null || x.fiscalYear === fiscalYear;
        const awards = world.demo.awards.filter((a) => a.organizationId === id && inYear(a));
        const applications = world.demo.applications.filter((a) => a.organizationId === id && inYear(a));
        const applicant = world.applicants.find((a) => a.id === id)!;
        expect(entity.id).toBe(id);
        expect(entity.awards.map((a: { id: string }) => a.id).sort()).toEqual(awards.map((a) => a.id).sort());
        expect(entity.applications.map((a: { id: string }) => a.id).sort()).toEqual(
          applications.map((a) => a.id).sort(),
        );
        expect(entity.fundingSummary).toEqual({
          awardedTotal: awards.reduce((s, a) => s + a.amount, 0),
          awardCount: awards.length,
          disbursedTotal: awards.reduce((s, a) => s + a.disbursedTotal, 0),
        });
        expect(entity.applicantRegistration).toEqual({
          kind: applicant.kind,
          districtCode: applicant.districtCode,
          organization: { id },
        });
      });
    }
  });

  it('batches 200 organizations into one query per field, whatever the count', async () => {
    const organizationIds = world.applicants.slice(0, 200).map((a) => a.id);
    expect(organizationIds).toHaveLength(200);
    const representations = organizationIds.map((id) => ({ __typename: 'Organization', id }));
    let body: GraphQLBody = {};
    let aggregates = 0;
    // applications, awards and applicantRegistration: one find each (a getMore may follow a large first batch).
    const finds = await world.subgraph.countCommands(async () => {
      aggregates = await world.subgraph.countCommands(async () => {
        ({ body } = await world.subgraph.query(ORGANIZATIONS, { representations, fiscalYear: 2025 }, STAFF));
      }, 'aggregate');
    }, 'find');
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(200);
    expect(finds).toBe(3);
    // fundingSummary: one aggregation for all 200.
    expect(aggregates).toBe(1);
  });

  it('hides another organization’s drafts in Organization.applications', async () => {
    const draft = world.demo.applications.find((a) => a.status === 'DRAFT')!;
    const representations = [{ __typename: 'Organization', id: draft.organizationId }];
    const ids = async (viewer: Parameters<typeof world.subgraph.query>[2]) => {
      const { body } = await world.subgraph.query(
        ORGANIZATIONS,
        { representations, fiscalYear: draft.fiscalYear },
        viewer,
      );
      return body.data._entities[0].applications.map((a: { id: string }) => a.id) as string[];
    };
    expect(await ids(RESIDENT)).not.toContain(draft.id);
    expect(await ids(memberOf(draft.organizationId))).toContain(draft.id);
    expect(await ids(STAFF)).toContain(draft.id);
  });

  it('has no registration for an organization funding does not know, and zero totals', async () => {
    const { body } = await world.subgraph.query(ORGANIZATIONS, {
      representations: [{ __typename: 'Organization', id: unknownIds(1)[0] }],
    });
    expect(body.data._entities[0]).toMatchObject({
      applications: [],
      awards: [],
      fundingSummary: { awardedTotal: 0, awardCount: 0, disbursedTotal: 0 },
      applicantRegistration: null,
    });
  });
});

describe('District.funding', () => {
  const DISTRICTS = /* GraphQL */ `
    query Districts($representations: [_Any!]!, $fiscalYear: Int!) {
      _entities(representations: $representations) {
        ... on District {
          code
          funding(fiscalYear: $fiscalYear) {
            awardedTotal
            awardCount
            disbursedTotal
          }
        }
      }
    }
  `;

  it('sums the awards made to organizations of each district, in one aggregation for all districts', async () => {
    const codes = [
      ...new Set(world.applicants.map((a) => a.districtCode).filter((c): c is string => c !== null)),
    ];
    expect(codes.length).toBe(35);
    const representations = codes.map((code) => ({ __typename: 'District', code }));
    let body: GraphQLBody = {};
    const commands = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(DISTRICTS, { representations, fiscalYear: 2023 }));
    });
    expect(commands).toBe(1);
    let nonZero = 0;
    body.data._entities.forEach((entity: { code: string }, i: number) => {
      const awards = world.demo.awards.filter((a) => a.fiscalYear === 2023 && a.districtCode === codes[i]);
      expect(entity).toEqual({
        code: codes[i],
        funding: {
          awardedTotal: awards.reduce((s, a) => s + a.amount, 0),
          awardCount: awards.length,
          disbursedTotal: awards.reduce((s, a) => s + a.disbursedTotal, 0),
        },
      });
      if (awards.length > 0) nonZero++;
    });
    expect(nonZero).toBeGreaterThan(10);
  });

  it('rejects an implausible fiscal year', async () => {
    const { body } = await world.subgraph.query(DISTRICTS, {
      representations: [{ __typename: 'District', code: 'yaizu-01' }],
      fiscalYear: 12,
    });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Organization.eligibleGrantPrograms (@requires kind)', () => {
  const ELIGIBLE = /* GraphQL */ `
    query Eligible($representations: [_Any!]!, $fiscalYear: Int!) {
      _entities(representations: $representations) {
        ... on Organization {
          id
          eligibleGrantPrograms(fiscalYear: $fiscalYear) {
            nameJa
            eligibleKinds
          }
        }
      }
    }
  `;

  it('lists the year’s programs open to the kind the gateway supplies, for every organization in one query', async () => {
    const kinds = ['NEIGHBORHOOD_ASSOCIATION', 'DISTRICT_COUNCIL', 'NPO_CORPORATION', 'BUSINESS'] as const;
    const representations = kinds.map((kind) => ({
      __typename: 'Organization',
      id: world.applicants.find((a) => a.kind === kind)!.id,
      kind,
    }));
    let body: GraphQLBody = {};
    const finds = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(ELIGIBLE, { representations, fiscalYear: 2024 }));
    });
    expect(body.errors).toBeUndefined();
    expect(finds).toBe(1);
    kinds.forEach((kind, i) => {
      const expected = world.demo.programs
        .filter((p) => p.fiscalYear === 2024 && p.eligibleKinds.includes(kind))
        .map((p) => p.nameJa)
        .sort();
      const names = body.data._entities[i].eligibleGrantPrograms.map((p: { nameJa: string }) => p.nameJa);
      expect([...names].sort()).toEqual(expected);
    });
    // And the seed's programs are the data file's: each kind sees the programs tools/seed/data opens to it.
    kinds.forEach((kind, i) => {
      const fromData = grantProgramData()
        .filter((p) => p.eligibleKinds.includes(kind))
        .map((p) => p.nameJa);
      const names = body.data._entities[i].eligibleGrantPrograms.map((p: { nameJa: string }) => p.nameJa);
      expect([...names].sort()).toEqual(fromData.sort());
    });
  });

  it('needs the kind in the representation', async () => {
    const { body } = await world.subgraph.query(ELIGIBLE, {
      representations: [{ __typename: 'Organization', id: world.applicants[0]!.id }],
      fiscalYear: 2024,
    });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Organization.applicantRegistrationCurrent (@requires kind and district)', () => {
  const CURRENT = /* GraphQL */ `
    query Current($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organization {
          id
          applicantRegistrationCurrent
        }
      }
    }
  `;

  it('tells whether the register still agrees with the organization, for many in one query', async () => {
    const [same, moved, changedKind] = world.applicants.filter((a) => a.districtCode !== null);
    const representations = [
      { __typename: 'Organization', id: same!.id, kind: same!.kind, district: { code: same!.districtCode } },
      { __typename: 'Organization', id: moved!.id, kind: moved!.kind, district: { code: 'yaizu-99' } },
      {
        __typename: 'Organization',
        id: changedKind!.id,
        kind: 'BUSINESS',
        district: { code: changedKind!.districtCode },
      },
      { __typename: 'Organization', id: unknownIds(1)[0], kind: 'BUSINESS', district: null },
    ];
    let body: GraphQLBody = {};
    const finds = await world.subgraph.countCommands(async () => {
      ({ body } = await world.subgraph.query(CURRENT, { representations }));
    });
    expect(body.errors).toBeUndefined();
    expect(finds).toBe(1);
    expect(
      body.data._entities.map(
        (e: { applicantRegistrationCurrent: boolean | null }) => e.applicantRegistrationCurrent,
      ),
    ).toEqual([true, false, false, null]);
  });

  it('needs the kind and district in the representation', async () => {
    const { body } = await world.subgraph.query(CURRENT, {
      representations: [{ __typename: 'Organization', id: world.applicants[0]!.id, kind: 'BUSINESS' }],
    });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});
