import {
  applicationUnderReview,
  CREATE_PROGRAM,
  createProgram,
  DECIDE,
  errorCodes,
  memberOf,
  programInput,
  RESIDENT,
  STAFF,
  startFundingWorld,
  type FundingWorld,
} from './helpers.js';

let world: FundingWorld;

beforeAll(async () => {
  world = await startFundingWorld();
});

afterAll(async () => {
  await world?.subgraph.stop();
});

const neighborhoodAssociation = () => world.applicants.find((a) => a.kind === 'NEIGHBORHOOD_ASSOCIATION')!;

describe('createGrantProgram', () => {
  it('creates a program for staff, with nothing awarded yet', async () => {
    const input = programInput({ nameJa: '地域づくり活動支援交付金', budget: 3_600_000, maxAward: 600_000 });
    const { body } = await world.subgraph.query(CREATE_PROGRAM, { input }, STAFF);
    expect(body.errors).toBeUndefined();
    expect(body.data.createGrantProgram).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      ...input,
      awardedTotal: 0,
      remainingBudget: 3_600_000,
    });
    const read = await world.subgraph.query(`query($id: ID!) { grantProgram(id: $id) { id budget } }`, {
      id: body.data.createGrantProgram.id,
    });
    expect(read.body.data.grantProgram).toEqual({ id: body.data.createGrantProgram.id, budget: 3_600_000 });
  });

  it('is refused to members (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), writing nothing', async () => {
    const input = programInput({ name: 'Should not exist' });
    const member = await world.subgraph.query(
      CREATE_PROGRAM,
      { input },
      memberOf(neighborhoodAssociation().id),
    );
    expect(errorCodes(member.body)).toEqual(['FORBIDDEN']);
    const anonymous = await world.subgraph.query(CREATE_PROGRAM, { input });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const { body } = await world.subgraph.query(`{ grantPrograms { name } }`);
    expect(body.data.grantPrograms.map((p: { name: string }) => p.name)).not.toContain('Should not exist');
  });

  it.each([
    ['a negative budget', { budget: -1 }, 'budget'],
    ['a maxAward above the budget', { budget: 100_000, maxAward: 200_000 }, 'maxAward'],
    ['a zero maxAward', { maxAward: 0 }, 'maxAward'],
    ['no eligible kinds', { eligibleKinds: [] }, 'eligibleKinds'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a sunset before the fiscal year', { endsAfterFiscalYear: 2000 }, 'endsAfterFiscalYear'],
    [
      'a window that closes before it opens',
      { applicationWindow: { opens: '2026-06-01', closes: '2026-05-01' } },
      'applicationWindow',
    ],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (_label, overrides, argumentName) => {
    const { body } = await world.subgraph.query(CREATE_PROGRAM, { input: programInput(overrides) }, STAFF);
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].extensions.argumentName).toBe(argumentName);
  });

  it('rejects a window date that is not a calendar date', async () => {
    const input = programInput({ applicationWindow: { opens: '2026-02-30', closes: '2026-03-31' } });
    const { body } = await world.subgraph.query(CREATE_PROGRAM, { input }, STAFF);
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an unknown kind', async () => {
    const { body } = await world.subgraph.query(
      CREATE_PROGRAM,
      { input: programInput({ kind: 'LOAN' }) },
      STAFF,
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('updateGrantProgram', () => {
  const UPDATE = /* GraphQL */ `
    mutation Update($id: ID!, $expectedVersion: Int!, $input: UpdateGrantProgramInput!) {
      updateGrantProgram(id: $id, expectedVersion: $expectedVersion, input: $input) {
        id
        name
        budget
        awardedTotal
        remainingBudget
        maxAward
      }
    }
  `;

  it('changes only the fields given', async () => {
    const program = await createProgram(world.subgraph);
    const { body } = await world.subgraph.query(
      UPDATE,
      { id: program.id, expectedVersion: 0, input: { name: 'Renamed grant', budget: 2_000_000 } },
      STAFF,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateGrantProgram).toEqual({
      id: program.id,
      name: 'Renamed grant',
      budget: 2_000_000,
      awardedTotal: 0,
      remainingBudget: 2_000_000,
      maxAward: program.maxAward,
    });
  });

  it('never lowers a budget below what is already awarded (CONFLICT), but allows down to exactly that', async () => {
    const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 300_000 });
    const applicationId = await applicationUnderReview(
      world.subgraph,
      program.id,
      neighborhoodAssociation().id,
      300_000,
    );
    const decided = await world.subgraph.query(
      DECIDE,
      { id: applicationId, decision: 'AWARDED', amount: 250_000 },
      STAFF,
    );
    expect(decided.body.errors).toBeUndefined();

    const tooLow = await world.subgraph.query(
      UPDATE,
      { id: program.id, expectedVersion: 0, input: { budget: 249_999, maxAward: 100_000 } },
      STAFF,
    );
    expect(errorCodes(tooLow.body)).toEqual(['CONFLICT']);
    expect(tooLow.body.errors![0].extensions.awardedTotal).toBe(250_000);

    // maxAward may not exceed the budget, so it comes down with it.
    const exact = await world.subgraph.query(
      UPDATE,
      { id: program.id, expectedVersion: 0, input: { budget: 250_000, maxAward: 250_000 } },
      STAFF,
    );
    expect(exact.body.errors).toBeUndefined();
    expect(exact.body.data.updateGrantProgram).toMatchObject({
      budget: 250_000,
      awardedTotal: 250_000,
      remainingBudget: 0,
      maxAward: 250_000,
    });
  });

  it('validates the merged program (maxAward above the new budget is BAD_USER_INPUT)', async () => {
    const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 300_000 });
    const { body } = await world.subgraph.query(
      UPDATE,
      { id: program.id, expectedVersion: 0, input: { budget: 200_000 } },
      STAFF,
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].extensions.argumentName).toBe('maxAward');
  });

  it('reports an unknown program as NOT_FOUND and is staff-only', async () => {
    const unknown = await world.subgraph.query(
      UPDATE,
      { id: '0123456789abcdef01234567', expectedVersion: 0, input: { name: 'x' } },
      STAFF,
    );
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    const program = world.demo.programs[0]!;
    const resident = await world.subgraph.query(
      UPDATE,
      { id: program.id, expectedVersion: 0, input: { budget: 1 } },
      RESIDENT,
    );
    expect(errorCodes(resident.body)).toEqual(['FORBIDDEN']);
  });
});

describe('registerApplicant', () => {
  const REGISTER = /* GraphQL */ `
    mutation Register($input: RegisterApplicantInput!) {
      registerApplicant(input: $input) {
        kind
        districtCode
        updatedAt
        organization {
          id
        }
      }
    }
  `;

  it('lets staff register and correct an organization’s kind and district', async () => {
    const organizationId = 'abcdefabcdefabcdefabcdef';
    const created = await world.subgraph.query(
      REGISTER,
      { input: { organizationId, kind: 'CIVIC_GROUP', districtCode: 'yaizu-03' } },
      STAFF,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.registerApplicant).toMatchObject({
      kind: 'CIVIC_GROUP',
      districtCode: 'yaizu-03',
      organization: { id: organizationId },
    });
    expect(created.body.data.registerApplicant.updatedAt).toMatch(/\+09:00$/);
    const corrected = await world.subgraph.query(
      REGISTER,
      { input: { organizationId, kind: 'NPO_CORPORATION', districtCode: null } },
      STAFF,
    );
    expect(corrected.body.data.registerApplicant).toMatchObject({
      kind: 'NPO_CORPORATION',
      districtCode: null,
    });
  });

  it('is refused to members, and rejects a malformed district code or id', async () => {
    const organizationId = neighborhoodAssociation().id;
    const member = await world.subgraph.query(
      REGISTER,
      { input: { organizationId, kind: 'DISTRICT_COUNCIL' } },
      memberOf(organizationId),
    );
    expect(errorCodes(member.body)).toEqual(['FORBIDDEN']);
    const badCode = await world.subgraph.query(
      REGISTER,
      { input: { organizationId, kind: 'NEIGHBORHOOD_ASSOCIATION', districtCode: 'Not A Code!' } },
      STAFF,
    );
    expect(errorCodes(badCode.body)).toEqual(['BAD_USER_INPUT']);
    const badId = await world.subgraph.query(
      REGISTER,
      { input: { organizationId: '123', kind: 'NEIGHBORHOOD_ASSOCIATION' } },
      STAFF,
    );
    expect(errorCodes(badId.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('createCollaborativeProject', () => {
  const CREATE = /* GraphQL */ `
    mutation Create($input: CreateCollaborativeProjectInput!) {
      createCollaborativeProject(input: $input) {
        id
        title
        origin
        form
        department
        fiscalYear
        budget
        status
        partners {
          id
        }
      }
    }
  `;
  const input = () => ({
    title: '海岸清掃アダプトプログラム',
    description: '市民団体が海岸の清掃を担い、市が資材を提供する。',
    origin: 'CITIZEN_PROPOSED',
    form: 'ADOPTION',
    partnerIds: [world.applicants[40]!.id, world.applicants[41]!.id, world.applicants[40]!.id],
    department: '環境課',
    fiscalYear: 2025,
    budget: 150_000,
  });

  it('creates a project for staff, with each partner once and PROPOSED by default', async () => {
    const { body } = await world.subgraph.query(CREATE, { input: input() }, STAFF);
    expect(body.errors).toBeUndefined();
    expect(body.data.createCollaborativeProject).toMatchObject({
      title: '海岸清掃アダプトプログラム',
      origin: 'CITIZEN_PROPOSED',
      form: 'ADOPTION',
      status: 'PROPOSED',
      partners: [{ id: world.applicants[40]!.id }, { id: world.applicants[41]!.id }],
    });
    const listed = await world.subgraph.query(
      `query($partnerId: ID!) { collaborativeProjects(filter: { partnerId: $partnerId, form: ADOPTION }) { edges { node { id } } } }`,
      { partnerId: world.applicants[41]!.id },
    );
    expect(
      listed.body.data.collaborativeProjects.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toContain(body.data.createCollaborativeProject.id);
  });

  it('is staff-only and validates its input', async () => {
    const member = await world.subgraph.query(CREATE, { input: input() }, memberOf(world.applicants[40]!.id));
    expect(errorCodes(member.body)).toEqual(['FORBIDDEN']);
    const noPartners = await world.subgraph.query(CREATE, { input: { ...input(), partnerIds: [] } }, STAFF);
    expect(errorCodes(noPartners.body)).toEqual(['BAD_USER_INPUT']);
    const badPartner = await world.subgraph.query(
      CREATE,
      { input: { ...input(), partnerIds: ['x'] } },
      STAFF,
    );
    expect(errorCodes(badPartner.body)).toEqual(['BAD_USER_INPUT']);
    expect(badPartner.body.errors![0].message).toContain('input.partnerIds[0]');
    const badForm = await world.subgraph.query(CREATE, { input: { ...input(), form: 'PARTNERSHIP' } }, STAFF);
    expect(errorCodes(badForm.body)).toEqual(['BAD_USER_INPUT']);
    const negative = await world.subgraph.query(CREATE, { input: { ...input(), budget: -5 } }, STAFF);
    expect(errorCodes(negative.body)).toEqual(['BAD_USER_INPUT']);
  });
});
