import { grantProgramData } from '@kyodo/seed';
import {
  errorCodes,
  memberOf,
  RESIDENT,
  STAFF,
  startFundingWorld,
  type FundingWorld,
  type GraphQLBody,
  PROGRAM_FIGURES,
  PROJECT_TERMS,
} from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});

afterAll(async () => {
  await world?.subgraph.stop();
});

describe('grantPrograms / grantProgram', () => {
  const PROGRAMS = /* GraphQL */ `
    query Programs($fiscalYear: Int, $kind: GrantProgramKind) {
      grantPrograms(fiscalYear: $fiscalYear, kind: $kind) {
        id
        nameJa
        ${PROGRAM_FIGURES}
      }
    }
  `;

  it('lists the programs of a fiscal year named in docs/domain.md, with budgets never exceeded', async () => {
    const { body } = await world.subgraph.query(PROGRAMS, { fiscalYear: 2024 });
    expect(body.errors).toBeUndefined();
    const programs = body.data.grantPrograms as {
      nameJa: string;
      kind: string;
      budget: number;
      awardedTotal: number;
      remainingBudget: number;
    }[];
    expect(programs.map((p) => p.nameJa).sort()).toEqual(
      world.demo.programs
        .filter((p) => p.fiscalYear === 2024)
        .map((p) => p.nameJa)
        .sort(),
    );
    // Every program of tools/seed/data/grantPrograms.json runs every demo year.
    expect(programs.map((p) => p.nameJa).sort()).toEqual(
      grantProgramData()
        .map((p) => p.nameJa)
        .sort(),
    );
    expect(new Set(programs.map((p) => p.kind))).toEqual(new Set(['GRANT', 'SUBSIDY', 'AID', 'COMMISSION']));
    for (const program of programs) {
      expect(program.awardedTotal).toBeLessThanOrEqual(program.budget);
      expect(program.remainingBudget).toBe(program.budget - program.awardedTotal);
    }
  });

  it('awardedTotal equals the sum of the program’s awards in the seed', async () => {
    const { body } = await world.subgraph.query(PROGRAMS, {});
    for (const program of body.data.grantPrograms as { id: string; awardedTotal: number }[]) {
      const sum = world.demo.awards
        .filter((a) => a.programId === program.id)
        .reduce((s, a) => s + a.amount, 0);
      expect(program.awardedTotal).toBe(sum);
    }
  });

  it('filters by kind and orders newest fiscal year first', async () => {
    const { body } = await world.subgraph.query(PROGRAMS, { kind: 'GRANT' });
    const programs = body.data.grantPrograms as { kind: string; fiscalYear: number }[];
    expect(programs.length).toBe(world.demo.programs.filter((p) => p.kind === 'GRANT').length);
    expect(programs.every((p) => p.kind === 'GRANT')).toBe(true);
    const years = programs.map((p) => p.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('reads one program by id, and reports an unknown or malformed id', async () => {
    const demo = world.demo.programs[0]!;
    const query = /* GraphQL */ `
      query Program($id: ID!) {
        grantProgram(id: $id) {
          id
          nameJa
          budget
          applicationWindow {
            opens
            closes
          }
        }
      }
    `;
    const found = await world.subgraph.query(query, { id: demo.id });
    expect(found.body.data.grantProgram).toEqual({
      id: demo.id,
      nameJa: demo.nameJa,
      budget: demo.budget,
      applicationWindow: demo.applicationWindow,
    });
    const unknown = await world.subgraph.query(query, { id: '0123456789abcdef01234567' });
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    const malformed = await world.subgraph.query(query, { id: 'not-an-id' });
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an implausible fiscal year', async () => {
    const { body } = await world.subgraph.query(PROGRAMS, { fiscalYear: 99999 });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('applications', () => {
  const APPLICATIONS = /* GraphQL */ `
    query Applications($filter: ApplicationFilter, $first: Int, $after: String) {
      applications(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            requestedAmount
            createdAt
            applicantKind
            applicant {
              id
            }
            program {
              id
              fiscalYear
            }
          }
        }
      }
    }
  `;

  const visibleToPublic = () => world.demo.applications.filter((a) => a.status !== 'DRAFT');

  it('pages through every visible application newest first, without repeats', async () => {
    const seen: string[] = [];
    const createdAt: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { body: GraphQLBody } = await world.subgraph.query(
        APPLICATIONS,
        { first: 50, after },
        RESIDENT,
      );
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data.applications;
      expect(connection.totalCount).toBe(visibleToPublic().length);
      for (const edge of connection.edges) {
        seen.push(edge.node.id);
        createdAt.push(edge.node.createdAt);
      }
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(visibleToPublic().length / 50));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(
      visibleToPublic()
        .map((a) => a.id)
        .sort(),
    );
    const times = createdAt.map((t) => Date.parse(t));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(createdAt.every((t) => t.endsWith('+09:00'))).toBe(true);
  });

  it('filters by program, status, organization and fiscal year', async () => {
    const program = world.demo.programs.find((p) => p.fiscalYear === 2025)!;
    const byProgram = await world.subgraph.query(
      APPLICATIONS,
      { filter: { programId: program.id }, first: 100 },
      STAFF,
    );
    expect(byProgram.body.data.applications.totalCount).toBe(
      world.demo.applications.filter((a) => a.programId === program.id).length,
    );

    const byStatus = await world.subgraph.query(
      APPLICATIONS,
      { filter: { status: 'UNDER_REVIEW' }, first: 100 },
      STAFF,
    );
    expect(byStatus.body.data.applications.totalCount).toBe(
      world.demo.applications.filter((a) => a.status === 'UNDER_REVIEW').length,
    );
    expect(
      byStatus.body.data.applications.edges.every(
        (e: { node: { status: string } }) => e.node.status === 'UNDER_REVIEW',
      ),
    ).toBe(true);

    const organizationId = world.demo.applications[0]!.organizationId;
    const byOrganization = await world.subgraph.query(APPLICATIONS, { filter: { organizationId } }, STAFF);
    expect(byOrganization.body.data.applications.totalCount).toBe(
      world.demo.applications.filter((a) => a.organizationId === organizationId).length,
    );

    const byYear = await world.subgraph.query(
      APPLICATIONS,
      { filter: { fiscalYear: 2023, status: 'AWARDED' } },
      STAFF,
    );
    expect(byYear.body.data.applications.totalCount).toBe(
      world.demo.applications.filter((a) => a.fiscalYear === 2023 && a.status === 'AWARDED').length,
    );
  });

  it('shows drafts only to staff and to the applicant’s members', async () => {
    const drafts = world.demo.applications.filter((a) => a.status === 'DRAFT');
    expect(drafts.length).toBeGreaterThan(1);
    const filter = { status: 'DRAFT' };
    const anonymous = await world.subgraph.query(APPLICATIONS, { filter });
    expect(anonymous.body.data.applications.totalCount).toBe(0);
    const staff = await world.subgraph.query(APPLICATIONS, { filter }, STAFF);
    expect(staff.body.data.applications.totalCount).toBe(drafts.length);
    const owner = drafts[0]!.organizationId;
    const member = await world.subgraph.query(APPLICATIONS, { filter }, memberOf(owner));
    expect(
      member.body.data.applications.edges.map((e: { node: { id: string } }) => e.node.id).sort(),
    ).toEqual(
      drafts
        .filter((d) => d.organizationId === owner)
        .map((d) => d.id)
        .sort(),
    );

    const one = /* GraphQL */ `
      query One($id: ID!) {
        application(id: $id) {
          id
          status
        }
      }
    `;
    const hidden = await world.subgraph.query(one, { id: drafts[0]!.id }, RESIDENT);
    expect(errorCodes(hidden.body)).toEqual(['NOT_FOUND']);
    const shown = await world.subgraph.query(one, { id: drafts[0]!.id }, memberOf(owner));
    expect(shown.body.data.application).toEqual({ id: drafts[0]!.id, status: 'DRAFT' });
  });

  it('rejects a page size over 100, a foreign cursor and a malformed filter id', async () => {
    const tooMany = await world.subgraph.query(APPLICATIONS, { first: 101 });
    expect(errorCodes(tooMany.body)).toEqual(['BAD_USER_INPUT']);
    const negative = await world.subgraph.query(APPLICATIONS, { first: -1 });
    expect(errorCodes(negative.body)).toEqual(['BAD_USER_INPUT']);
    const cursor = await world.subgraph.query(APPLICATIONS, { after: 'bm90IGEgY3Vyc29y' });
    expect(errorCodes(cursor.body)).toEqual(['BAD_USER_INPUT']);
    const id = await world.subgraph.query(APPLICATIONS, { filter: { programId: 'nope' } });
    expect(errorCodes(id.body)).toEqual(['BAD_USER_INPUT']);
    expect(id.body.errors![0].message).toContain('filter.programId');
  });

  describe('review fields are staff-only', () => {
    const REVIEWED = /* GraphQL */ `
      query Reviewed($filter: ApplicationFilter) {
        applications(filter: $filter, first: 5) {
          edges {
            node {
              id
              reviewScore
              reviewNotes
            }
          }
        }
      }
    `;
    const filter = { status: 'UNDER_REVIEW' };

    it('shows scores and notes to staff, as seeded', async () => {
      const { body } = await world.subgraph.query(REVIEWED, { filter }, STAFF);
      expect(body.errors).toBeUndefined();
      for (const { node } of body.data.applications.edges) {
        const demo = world.demo.applications.find((a) => a.id === node.id)!;
        expect(node.reviewScore).toBe(demo.reviewScore);
        expect(node.reviewNotes).toBe(demo.reviewNotes);
        expect(node.reviewScore).toEqual(expect.any(Number));
      }
    });

    it('hides them from a member (FORBIDDEN) and from anonymous callers (UNAUTHENTICATED)', async () => {
      const owner = world.demo.applications.find((a) => a.status === 'UNDER_REVIEW')!.organizationId;
      const member = await world.subgraph.query(REVIEWED, { filter }, memberOf(owner));
      expect(new Set(errorCodes(member.body))).toEqual(new Set(['FORBIDDEN']));
      for (const { node } of member.body.data.applications.edges) {
        expect(node.reviewScore).toBeNull();
        expect(node.reviewNotes).toBeNull();
      }
      const anonymous = await world.subgraph.query(REVIEWED, { filter });
      expect(new Set(errorCodes(anonymous.body))).toEqual(new Set(['UNAUTHENTICATED']));
      expect(
        anonymous.body.data.applications.edges.every(
          (e: { node: { reviewScore: number | null } }) => e.node.reviewScore === null,
        ),
      ).toBe(true);
    });
  });
});

describe('award', () => {
  const AWARD = /* GraphQL */ `
    query Award($id: ID!) {
      award(id: $id) {
        id
        amount
        awardedOn
        fiscalYear
        recipientKind
        disbursedTotal
        disbursements {
          date
          amount
        }
        recipient {
          id
        }
        district {
          code
        }
        program {
          id
          nameJa
        }
        application {
          id
          status
          award {
            id
          }
        }
      }
    }
  `;

  it('reads an award with its disbursements, program and application', async () => {
    const demo = world.demo.awards.find((a) => a.disbursements.length === 2)!;
    const { body } = await world.subgraph.query(AWARD, { id: demo.id });
    expect(body.errors).toBeUndefined();
    expect(body.data.award).toEqual({
      id: demo.id,
      amount: demo.amount,
      awardedOn: demo.awardedOn,
      fiscalYear: demo.fiscalYear,
      recipientKind: demo.recipientKind,
      disbursedTotal: demo.amount,
      disbursements: demo.disbursements,
      recipient: { id: demo.organizationId },
      district: { code: demo.districtCode },
      program: {
        id: demo.programId,
        nameJa: world.demo.programs.find((p) => p.id === demo.programId)!.nameJa,
      },
      application: { id: demo.applicationId, status: 'AWARDED', award: { id: demo.id } },
    });
  });

  it('reports an unknown award as NOT_FOUND', async () => {
    const { body } = await world.subgraph.query(AWARD, { id: 'ffffffffffffffffffffffff' });
    expect(errorCodes(body)).toEqual(['NOT_FOUND']);
  });
});

describe('collaborativeProjects', () => {
  const PROJECTS = /* GraphQL */ `
    query Projects($filter: CollaborativeProjectFilter, $first: Int, $after: String) {
      collaborativeProjects(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            origin
            form
            fiscalYear
            department
            budget
            status
            partners {
              id
            }
          }
        }
      }
    }
  `;

  it('covers both origins and many forms, newest first, paged', async () => {
    const first = await world.subgraph.query(PROJECTS, { first: 5 });
    expect(first.body.data.collaborativeProjects.totalCount).toBe(world.demo.collaborativeProjects.length);
    expect(first.body.data.collaborativeProjects.edges).toHaveLength(5);
    const rest = await world.subgraph.query(PROJECTS, {
      first: 100,
      after: first.body.data.collaborativeProjects.pageInfo.endCursor,
    });
    const all = [
      ...first.body.data.collaborativeProjects.edges,
      ...rest.body.data.collaborativeProjects.edges,
    ].map((e) => e.node);
    expect(all).toHaveLength(world.demo.collaborativeProjects.length);
    expect(new Set(all.map((p) => p.origin))).toEqual(new Set(['GOVERNMENT_PROPOSED', 'CITIZEN_PROPOSED']));
    expect(new Set(all.map((p) => p.form)).size).toBeGreaterThanOrEqual(5);
    const years = all.map((p) => p.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('reads one project by id, and reports an unknown one as NOT_FOUND', async () => {
    const demo = world.demo.collaborativeProjects[0]!;
    const query = /* GraphQL */ `
      query Project($id: ID!) {
        collaborativeProject(id: $id) {
          id
          title
          description
          ${PROJECT_TERMS}
        }
      }
    `;
    const found = await world.subgraph.query(query, { id: demo.id });
    expect(found.body.data.collaborativeProject).toEqual({
      id: demo.id,
      title: demo.title,
      description: demo.description,
      origin: demo.origin,
      form: demo.form,
      department: demo.department,
      fiscalYear: demo.fiscalYear,
      budget: demo.budget,
      status: demo.status,
      partners: demo.partnerIds.map((id) => ({ id })),
    });
    const unknown = await world.subgraph.query(query, { id: 'eeeeeeeeeeeeeeeeeeeeeeee' });
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
  });

  it('filters by origin, form, fiscal year and partner', async () => {
    const demo = world.demo.collaborativeProjects[4]!;
    const byAll = await world.subgraph.query(PROJECTS, {
      filter: {
        origin: demo.origin,
        form: demo.form,
        fiscalYear: demo.fiscalYear,
        partnerId: demo.partnerIds[0],
      },
    });
    expect(
      byAll.body.data.collaborativeProjects.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toContain(demo.id);
    for (const { node } of byAll.body.data.collaborativeProjects.edges) {
      expect(node).toMatchObject({ origin: demo.origin, form: demo.form, fiscalYear: demo.fiscalYear });
      expect(node.partners.map((p: { id: string }) => p.id)).toContain(demo.partnerIds[0]);
    }
    const citizen = await world.subgraph.query(PROJECTS, { filter: { origin: 'CITIZEN_PROPOSED' } });
    expect(citizen.body.data.collaborativeProjects.totalCount).toBe(
      world.demo.collaborativeProjects.filter((p) => p.origin === 'CITIZEN_PROPOSED').length,
    );
  });
});

describe('fundingSummary', () => {
  const SUMMARY = /* GraphQL */ `
    query Summary($fiscalYear: Int!, $groupBy: FundingGroupBy!) {
      fundingSummary(fiscalYear: $fiscalYear, groupBy: $groupBy) {
        fiscalYear
        groupBy
        totals {
          awardedTotal
          awardCount
          disbursedTotal
        }
        groups {
          key
          awardedTotal
          awardCount
          disbursedTotal
          program {
            id
          }
          district {
            code
          }
          organizationKind
        }
      }
    }
  `;

  type Group = { key: string; awardedTotal: number; awardCount: number; disbursedTotal: number };

  /** The expected groups, summed here from the seed data rather than by the service. */
  function expectedGroups(
    fiscalYear: number,
    keyOf: (a: (typeof world.demo.awards)[number]) => string,
  ): Group[] {
    const groups = new Map<string, Group>();
    for (const award of world.demo.awards.filter((a) => a.fiscalYear === fiscalYear)) {
      const key = keyOf(award);
      const group = groups.get(key) ?? { key, awardedTotal: 0, awardCount: 0, disbursedTotal: 0 };
      group.awardedTotal += award.amount;
      group.awardCount += 1;
      group.disbursedTotal += award.disbursedTotal;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  const cases = [
    ['PROGRAM', (a: (typeof world.demo.awards)[number]) => a.programId],
    ['DISTRICT', (a: (typeof world.demo.awards)[number]) => a.districtCode ?? 'NONE'],
    ['ORGANIZATION_KIND', (a: (typeof world.demo.awards)[number]) => a.recipientKind],
  ] as const;

  for (const [groupBy, keyOf] of cases) {
    it(`by ${groupBy}: every group and the totals equal the sums of the seeded awards, for every fiscal year`, async () => {
      for (const fiscalYear of world.demoWorld.fiscalYears) {
        const { body } = await world.subgraph.query(SUMMARY, { fiscalYear, groupBy }, RESIDENT);
        expect(body.errors).toBeUndefined();
        const summary = body.data.fundingSummary;
        const expected = expectedGroups(fiscalYear, keyOf);
        expect(expected.length).toBeGreaterThan(1);
        const actual = (summary.groups as Group[])
          .map(({ key, awardedTotal, awardCount, disbursedTotal }) => ({
            key,
            awardedTotal,
            awardCount,
            disbursedTotal,
          }))
          .sort((a, b) => a.key.localeCompare(b.key));
        expect(actual).toEqual(expected);
        const awards = world.demo.awards.filter((a) => a.fiscalYear === fiscalYear);
        expect(summary.totals).toEqual({
          awardedTotal: awards.reduce((s, a) => s + a.amount, 0),
          awardCount: awards.length,
          disbursedTotal: awards.reduce((s, a) => s + a.disbursedTotal, 0),
        });
        const totals = (summary.groups as Group[]).map((g) => g.awardedTotal);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        for (const group of summary.groups) {
          expect(group.program?.id ?? null).toBe(groupBy === 'PROGRAM' ? group.key : null);
          expect(group.district?.code ?? null).toBe(groupBy === 'DISTRICT' ? group.key : null);
          expect(group.organizationKind).toBe(groupBy === 'ORGANIZATION_KIND' ? group.key : null);
        }
      }
    });
  }

  it('is computed with one aggregation command', async () => {
    const commands = await world.subgraph.countCommands(() =>
      world.subgraph.query(
        `query { fundingSummary(fiscalYear: 2024, groupBy: DISTRICT) { groups { key } totals { awardedTotal } } }`,
      ),
    );
    expect(commands).toBe(1);
  });

  it('rejects an unknown groupBy and a bad fiscal year', async () => {
    const groupBy = await world.subgraph.query(SUMMARY, { fiscalYear: 2024, groupBy: 'COUNTRY' });
    expect(errorCodes(groupBy.body)).toEqual(['BAD_USER_INPUT']);
    const year = await world.subgraph.query(SUMMARY, { fiscalYear: -5, groupBy: 'PROGRAM' });
    expect(errorCodes(year.body)).toEqual(['BAD_USER_INPUT']);
  });
});
