import { fiscalYearBounds } from '@kyodo/domain';
import { AwardModel } from '../src/models/Award.js';
import {
  applicationUnderReview,
  createProgram,
  DECIDE,
  DISBURSE,
  DRAFT,
  errorCodes,
  memberOf,
  openWindowAtTestNow,
  RESIDENT,
  REVIEW,
  STAFF,
  startFundingWorld,
  SUBMIT,
  SUBMIT_DRAFT,
  WITHDRAW,
  type FundingWorld,
} from './helpers.js';

let world: FundingWorld;
let programId: string;

beforeAll(async () => {
  world = await startFundingWorld();
  programId = (await createProgram(world.subgraph, { budget: 5_000_000, maxAward: 200_000 })).id;
});

afterAll(async () => {
  await world?.subgraph.stop();
});

const associations = () => world.applicants.filter((a) => a.kind === 'NEIGHBORHOOD_ASSOCIATION');
const association = () => associations()[0]!;

function input(overrides: Record<string, unknown> = {}) {
  return {
    programId,
    organizationId: association().id,
    title: '夏祭りと防災訓練の合同開催',
    plan: '自治会員と地域住民の参加を募り、8月に実施する。',
    requestedAmount: 150_000,
    ...overrides,
  };
}

const PROGRAM = /* GraphQL */ `
  query Program($id: ID!) {
    grantProgram(id: $id) {
      budget
      awardedTotal
      remainingBudget
    }
  }
`;

async function countApplications(organizationId: string): Promise<number> {
  const { body } = await world.subgraph.query(
    `query($organizationId: ID!) { applications(filter: { organizationId: $organizationId }) { totalCount } }`,
    { organizationId },
    STAFF,
  );
  return body.data.applications.totalCount;
}

describe('submitApplication', () => {
  it('lets a member submit for their organization, copying the register’s kind and district', async () => {
    const applicant = association();
    const { body } = await world.subgraph.query(SUBMIT, { input: input() }, memberOf(applicant.id));
    expect(body.errors).toBeUndefined();
    const application = body.data.submitApplication;
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      requestedAmount: 150_000,
      applicantKind: 'NEIGHBORHOOD_ASSOCIATION',
      district: { code: applicant.districtCode },
      applicant: { id: applicant.id },
      program: { id: programId },
      decidedAt: null,
    });
    expect(application.submittedAt).toMatch(/\+09:00$/);
    expect(Date.parse(application.submittedAt)).toBe(Date.parse(application.createdAt));
  });

  it('lets staff submit for any organization', async () => {
    const { body } = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: associations()[1]!.id }) },
      STAFF,
    );
    expect(body.data.submitApplication.status).toBe('SUBMITTED');
  });

  it('refuses a member submitting for another organization (FORBIDDEN), a resident, and anonymous callers', async () => {
    const [mine, theirs] = associations();
    const before = await countApplications(theirs!.id);
    const other = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: theirs!.id }) },
      memberOf(mine!.id),
    );
    expect(errorCodes(other.body)).toEqual(['FORBIDDEN']);
    const resident = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: theirs!.id }) },
      RESIDENT,
    );
    expect(errorCodes(resident.body)).toEqual(['FORBIDDEN']);
    const anonymous = await world.subgraph.query(SUBMIT, { input: input({ organizationId: theirs!.id }) });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    expect(await countApplications(theirs!.id)).toBe(before);
  });

  it('refuses a request above the program’s maxAward, naming it, and writes nothing', async () => {
    const applicant = associations()[2]!;
    const before = await countApplications(applicant.id);
    const { body } = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: applicant.id, requestedAmount: 200_001 }) },
      memberOf(applicant.id),
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].extensions).toMatchObject({ argumentName: 'requestedAmount', maxAward: 200_000 });
    expect(await countApplications(applicant.id)).toBe(before);
  });

  it('refuses an organization of a kind the program is not open to', async () => {
    const civic = world.applicants.find((a) => a.kind === 'CIVIC_GROUP')!;
    const { body } = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: civic.id }) },
      memberOf(civic.id),
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].extensions).toMatchObject({
      applicantKind: 'CIVIC_GROUP',
      eligibleKinds: ['NEIGHBORHOOD_ASSOCIATION'],
    });
  });

  it('refuses an organization missing from the applicant register', async () => {
    const unregistered = 'a1a1a1a1a1a1a1a1a1a1a1a1';
    const { body } = await world.subgraph.query(
      SUBMIT,
      { input: input({ organizationId: unregistered }) },
      memberOf(unregistered),
    );
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0].message).toContain('applicant register');
  });

  it('refuses outside the window: a closed seeded program and one that has not opened yet', async () => {
    const closed = world.demo.programs.find(
      (p) => p.fiscalYear === 2024 && p.eligibleKinds.includes('NEIGHBORHOOD_ASSOCIATION'),
    )!;
    const late = await world.subgraph.query(SUBMIT, { input: input({ programId: closed.id }) }, STAFF);
    expect(errorCodes(late.body)).toEqual(['BAD_USER_INPUT']);
    expect(late.body.errors![0].extensions.applicationWindow).toEqual(closed.applicationWindow);

    const nextYear = openWindowAtTestNow().fiscalYear + 1;
    const { start, end } = fiscalYearBounds(nextYear);
    const future = await createProgram(world.subgraph, {
      fiscalYear: nextYear,
      endsAfterFiscalYear: nextYear,
      applicationWindow: { opens: start, closes: end },
    });
    const early = await world.subgraph.query(SUBMIT, { input: input({ programId: future.id }) }, STAFF);
    expect(errorCodes(early.body)).toEqual(['BAD_USER_INPUT']);
    // A draft may be prepared before the window opens, just not submitted.
    const draft = await world.subgraph.query(DRAFT, { input: input({ programId: future.id }) }, STAFF);
    expect(draft.body.data.draftApplication.status).toBe('DRAFT');
    const submitted = await world.subgraph.query(
      SUBMIT_DRAFT,
      { id: draft.body.data.draftApplication.id },
      STAFF,
    );
    expect(errorCodes(submitted.body)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an unknown program', { programId: '0123456789abcdef01234567' }, 'NOT_FOUND'],
    ['a malformed program id', { programId: 'program-1' }, 'BAD_USER_INPUT'],
    ['a malformed organization id', { organizationId: 'org' }, 'BAD_USER_INPUT'],
    ['a zero amount', { requestedAmount: 0 }, 'BAD_USER_INPUT'],
    ['an empty title', { title: '  ' }, 'BAD_USER_INPUT'],
    ['an empty plan', { plan: '' }, 'BAD_USER_INPUT'],
  ])('rejects %s', async (_label, overrides, code) => {
    const { body } = await world.subgraph.query(SUBMIT, { input: input(overrides) }, STAFF);
    expect(errorCodes(body)).toEqual([code]);
  });
});

type State = 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'AWARDED' | 'REJECTED' | 'WITHDRAWN';

/** A fresh application of `association()` brought to `state` through the API. */
async function applicationIn(state: State): Promise<string> {
  if (state === 'DRAFT') {
    const { body } = await world.subgraph.query(DRAFT, { input: input() }, STAFF);
    return body.data.draftApplication.id;
  }
  if (state === 'SUBMITTED' || state === 'WITHDRAWN') {
    const { body } = await world.subgraph.query(SUBMIT, { input: input() }, STAFF);
    const id: string = body.data.submitApplication.id;
    if (state === 'WITHDRAWN') await world.subgraph.query(WITHDRAW, { id }, STAFF);
    return id;
  }
  const id = await applicationUnderReview(world.subgraph, programId, association().id, 10_000);
  if (state === 'AWARDED' || state === 'REJECTED') {
    const decided = await world.subgraph.query(
      DECIDE,
      { id, decision: state, amount: state === 'AWARDED' ? 10_000 : null },
      STAFF,
    );
    expect(decided.body.errors).toBeUndefined();
  }
  return id;
}

describe('the application state machine', () => {
  it('goes DRAFT -> SUBMITTED -> UNDER_REVIEW -> AWARDED, reserving the budget and creating the award', async () => {
    const applicant = associations()[3]!;
    const member = memberOf(applicant.id);
    const before = (await world.subgraph.query(PROGRAM, { id: programId })).body.data.grantProgram;

    const drafted = await world.subgraph.query(
      DRAFT,
      { input: input({ organizationId: applicant.id }) },
      member,
    );
    expect(drafted.body.data.draftApplication).toMatchObject({ status: 'DRAFT', submittedAt: null });
    const id: string = drafted.body.data.draftApplication.id;

    const submitted = await world.subgraph.query(SUBMIT_DRAFT, { id }, member);
    expect(submitted.body.data.submitDraftApplication).toMatchObject({ id, status: 'SUBMITTED' });
    expect(submitted.body.data.submitDraftApplication.submittedAt).toMatch(/\+09:00$/);

    const reviewed = await world.subgraph.query(REVIEW, { id, score: 5, notes: '計画が具体的。' }, STAFF);
    expect(reviewed.body.data.reviewApplication).toEqual({
      id,
      status: 'UNDER_REVIEW',
      reviewScore: 5,
      reviewNotes: '計画が具体的。',
    });
    // A second review revises the score without leaving UNDER_REVIEW.
    const revised = await world.subgraph.query(
      REVIEW,
      { id, score: 4, notes: '経費の内訳を確認済み。' },
      STAFF,
    );
    expect(revised.body.data.reviewApplication).toMatchObject({ status: 'UNDER_REVIEW', reviewScore: 4 });

    const decided = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 120_000 }, STAFF);
    expect(decided.body.errors).toBeUndefined();
    const application = decided.body.data.decideApplication;
    expect(application).toMatchObject({
      id,
      status: 'AWARDED',
      award: { amount: 120_000, disbursedTotal: 0, recipient: { id: applicant.id } },
    });
    expect(application.decidedAt).toMatch(/\+09:00$/);
    expect(application.award.awardedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const after = (await world.subgraph.query(PROGRAM, { id: programId })).body.data.grantProgram;
    expect(after.awardedTotal).toBe(before.awardedTotal + 120_000);
    expect(after.remainingBudget).toBe(before.remainingBudget - 120_000);

    const organization = await world.subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { awards { id amount } } } }`,
      { reps: [{ __typename: 'Organization', id: applicant.id }] },
    );
    expect(organization.body.data._entities[0].awards).toContainEqual({
      id: application.award.id,
      amount: 120_000,
    });
  });

  it('goes UNDER_REVIEW -> REJECTED without touching the budget', async () => {
    const before = (await world.subgraph.query(PROGRAM, { id: programId })).body.data.grantProgram;
    const id = await applicationIn('UNDER_REVIEW');
    const { body } = await world.subgraph.query(DECIDE, { id, decision: 'REJECTED' }, STAFF);
    expect(body.data.decideApplication).toMatchObject({ id, status: 'REJECTED', award: null });
    const after = (await world.subgraph.query(PROGRAM, { id: programId })).body.data.grantProgram;
    expect(after.awardedTotal).toBe(before.awardedTotal);
  });

  it.each(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW'] as const)(
    'lets the applicant withdraw from %s',
    async (state) => {
      const id = await applicationIn(state);
      const { body } = await world.subgraph.query(WITHDRAW, { id }, memberOf(association().id));
      expect(body.errors).toBeUndefined();
      expect(body.data.withdrawApplication).toEqual({ id, status: 'WITHDRAWN' });
    },
  );

  const ACTIONS = {
    submitDraft: { mutation: SUBMIT_DRAFT, variables: (id: string) => ({ id }), allowed: ['DRAFT'] },
    review: {
      mutation: REVIEW,
      variables: (id: string) => ({ id, score: 3, notes: '再審査' }),
      allowed: ['SUBMITTED', 'UNDER_REVIEW'],
    },
    decide: {
      mutation: DECIDE,
      variables: (id: string) => ({ id, decision: 'AWARDED', amount: 10_000 }),
      allowed: ['UNDER_REVIEW'],
    },
    decideRejected: {
      mutation: DECIDE,
      variables: (id: string) => ({ id, decision: 'REJECTED' }),
      allowed: ['UNDER_REVIEW'],
    },
    withdraw: {
      mutation: WITHDRAW,
      variables: (id: string) => ({ id }),
      allowed: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW'],
    },
  } as const;
  const STATES: State[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED', 'WITHDRAWN'];
  const invalid = Object.entries(ACTIONS).flatMap(([action, spec]) =>
    STATES.filter((state) => !(spec.allowed as readonly string[]).includes(state)).map(
      (state) => [action, state] as [keyof typeof ACTIONS, State],
    ),
  );

  it.each(invalid)('refuses %s from %s as CONFLICT naming the current state', async (action, state) => {
    const id = await applicationIn(state);
    const { mutation, variables } = ACTIONS[action];
    const { body } = await world.subgraph.query(mutation, variables(id), STAFF);
    expect(errorCodes(body)).toEqual(['CONFLICT']);
    expect(body.errors![0].extensions.currentStatus).toBe(state);
    expect(body.errors![0].message).toContain(state);
    const after = await world.subgraph.query(
      `query($id: ID!) { application(id: $id) { status } }`,
      { id },
      STAFF,
    );
    expect(after.body.data.application.status).toBe(state);
  });

  it('reports an unknown application as NOT_FOUND and a malformed id as BAD_USER_INPUT', async () => {
    const unknown = await world.subgraph.query(WITHDRAW, { id: '0123456789abcdef01234567' }, STAFF);
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    const malformed = await world.subgraph.query(REVIEW, { id: 'x', score: 3, notes: 'n' }, STAFF);
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('authorization of the workflow', () => {
  it('refuses decide and review to members (FORBIDDEN), even of the applicant', async () => {
    const id = await applicationIn('UNDER_REVIEW');
    const member = memberOf(association().id);
    const decide = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 10_000 }, member);
    expect(errorCodes(decide.body)).toEqual(['FORBIDDEN']);
    const review = await world.subgraph.query(REVIEW, { id, score: 5, notes: '自己評価' }, member);
    expect(errorCodes(review.body)).toEqual(['FORBIDDEN']);
    const anonymous = await world.subgraph.query(DECIDE, { id, decision: 'REJECTED' });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const after = await world.subgraph.query(
      `query($id: ID!) { application(id: $id) { status } }`,
      { id },
      STAFF,
    );
    expect(after.body.data.application.status).toBe('UNDER_REVIEW');
  });

  it('refuses withdrawing or submitting another organization’s application', async () => {
    const draft = await applicationIn('DRAFT');
    const stranger = memberOf(associations()[5]!.id);
    const withdraw = await world.subgraph.query(WITHDRAW, { id: draft }, stranger);
    expect(errorCodes(withdraw.body)).toEqual(['FORBIDDEN']);
    const submit = await world.subgraph.query(SUBMIT_DRAFT, { id: draft }, stranger);
    expect(errorCodes(submit.body)).toEqual(['FORBIDDEN']);
  });
});

describe('decideApplication input and budget', () => {
  it('needs an amount to award, refuses one to reject, and keeps it within the request', async () => {
    const id = await applicationIn('UNDER_REVIEW');
    const missing = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED' }, STAFF);
    expect(errorCodes(missing.body)).toEqual(['BAD_USER_INPUT']);
    const rejectWithAmount = await world.subgraph.query(
      DECIDE,
      { id, decision: 'REJECTED', amount: 5_000 },
      STAFF,
    );
    expect(errorCodes(rejectWithAmount.body)).toEqual(['BAD_USER_INPUT']);
    const aboveRequest = await world.subgraph.query(
      DECIDE,
      { id, decision: 'AWARDED', amount: 10_001 },
      STAFF,
    );
    expect(errorCodes(aboveRequest.body)).toEqual(['BAD_USER_INPUT']);
    const zero = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 0 }, STAFF);
    expect(errorCodes(zero.body)).toEqual(['BAD_USER_INPUT']);
    const badDecision = await world.subgraph.query(DECIDE, { id, decision: 'MAYBE' }, STAFF);
    expect(errorCodes(badDecision.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps an award within the program’s current maxAward, even one lowered after the application', async () => {
    const program = await createProgram(world.subgraph, { budget: 1_000_000, maxAward: 200_000 });
    const id = await applicationUnderReview(world.subgraph, program.id, association().id, 200_000);
    const lowered = await world.subgraph.query(
      `mutation($id: ID!) { updateGrantProgram(id: $id, expectedVersion: 0, input: { maxAward: 120000 }) { maxAward } }`,
      { id: program.id },
      STAFF,
    );
    expect(lowered.body.data.updateGrantProgram.maxAward).toBe(120_000);
    const above = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 150_000 }, STAFF);
    expect(errorCodes(above.body)).toEqual(['BAD_USER_INPUT']);
    expect(above.body.errors![0].extensions).toMatchObject({ argumentName: 'amount', maxAward: 120_000 });
    expect(
      (await world.subgraph.query(PROGRAM, { id: program.id })).body.data.grantProgram.awardedTotal,
    ).toBe(0);
    const within = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 120_000 }, STAFF);
    expect(within.body.data.decideApplication.award.amount).toBe(120_000);
  });

  it('refuses an award the remaining budget cannot cover: CONFLICT with the remaining budget, nothing changed', async () => {
    const small = await createProgram(world.subgraph, { budget: 300_000, maxAward: 200_000 });
    const first = await applicationUnderReview(world.subgraph, small.id, association().id, 200_000);
    const second = await applicationUnderReview(world.subgraph, small.id, associations()[1]!.id, 150_000);
    const awarded = await world.subgraph.query(
      DECIDE,
      { id: first, decision: 'AWARDED', amount: 200_000 },
      STAFF,
    );
    expect(awarded.body.errors).toBeUndefined();

    const refused = await world.subgraph.query(
      DECIDE,
      { id: second, decision: 'AWARDED', amount: 150_000 },
      STAFF,
    );
    expect(errorCodes(refused.body)).toEqual(['CONFLICT']);
    expect(refused.body.errors![0].extensions.remainingBudget).toBe(100_000);
    const program = (await world.subgraph.query(PROGRAM, { id: small.id })).body.data.grantProgram;
    expect(program).toEqual({ budget: 300_000, awardedTotal: 200_000, remainingBudget: 100_000 });
    const application = await world.subgraph.query(
      `query($id: ID!) { application(id: $id) { status award { id } } }`,
      { id: second },
      STAFF,
    );
    expect(application.body.data.application).toEqual({ status: 'UNDER_REVIEW', award: null });

    // What is left can still be awarded, to the yen.
    const fits = await world.subgraph.query(
      DECIDE,
      { id: second, decision: 'AWARDED', amount: 100_000 },
      STAFF,
    );
    expect(fits.body.data.decideApplication.status).toBe('AWARDED');
    expect(
      (await world.subgraph.query(PROGRAM, { id: small.id })).body.data.grantProgram.remainingBudget,
    ).toBe(0);
  });
});

describe('recordDisbursement', () => {
  async function freshAward(amount: number): Promise<{ id: string; awardedOn: string }> {
    const id = await applicationUnderReview(world.subgraph, programId, association().id, amount);
    const { body } = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount }, STAFF);
    return body.data.decideApplication.award;
  }

  it('records payments in date order until the award is paid, then refuses more (CONFLICT)', async () => {
    const award = await freshAward(100_000);
    const settlement = await world.subgraph.query(
      DISBURSE,
      { awardId: award.id, date: '2099-03-20', amount: 40_000 },
      STAFF,
    );
    expect(settlement.body.errors).toBeUndefined();
    const advance = await world.subgraph.query(
      DISBURSE,
      { awardId: award.id, date: award.awardedOn, amount: 60_000 },
      STAFF,
    );
    expect(advance.body.data.recordDisbursement).toEqual({
      id: award.id,
      amount: 100_000,
      disbursedTotal: 100_000,
      disbursements: [
        { date: award.awardedOn, amount: 60_000 },
        { date: '2099-03-20', amount: 40_000 },
      ],
    });
    const overdraw = await world.subgraph.query(
      DISBURSE,
      { awardId: award.id, date: '2099-03-21', amount: 1 },
      STAFF,
    );
    expect(errorCodes(overdraw.body)).toEqual(['CONFLICT']);
    expect(overdraw.body.errors![0].extensions.undisbursed).toBe(0);
  });

  it('reports what is left when a payment is too large', async () => {
    const award = await freshAward(50_000);
    await world.subgraph.query(DISBURSE, { awardId: award.id, date: award.awardedOn, amount: 30_000 }, STAFF);
    const tooMuch = await world.subgraph.query(
      DISBURSE,
      { awardId: award.id, date: award.awardedOn, amount: 20_001 },
      STAFF,
    );
    expect(errorCodes(tooMuch.body)).toEqual(['CONFLICT']);
    expect(tooMuch.body.errors![0].extensions.undisbursed).toBe(20_000);
  });

  it('validates its input and is staff-only', async () => {
    const award = await freshAward(20_000);
    const cases: [Record<string, unknown>, unknown, string][] = [
      [{ awardId: award.id, date: '2000-01-01', amount: 1_000 }, STAFF, 'BAD_USER_INPUT'],
      [{ awardId: award.id, date: '2026-13-01', amount: 1_000 }, STAFF, 'BAD_USER_INPUT'],
      [{ awardId: award.id, date: award.awardedOn, amount: 0 }, STAFF, 'BAD_USER_INPUT'],
      [{ awardId: award.id, date: award.awardedOn, amount: 20_001 }, STAFF, 'BAD_USER_INPUT'],
      [{ awardId: '0123456789abcdef01234567', date: award.awardedOn, amount: 1_000 }, STAFF, 'NOT_FOUND'],
      [{ awardId: 'award', date: award.awardedOn, amount: 1_000 }, STAFF, 'BAD_USER_INPUT'],
      [{ awardId: award.id, date: award.awardedOn, amount: 1_000 }, memberOf(association().id), 'FORBIDDEN'],
    ];
    for (const [variables, viewer, code] of cases) {
      const { body } = await world.subgraph.query(DISBURSE, variables, viewer as typeof STAFF);
      expect(errorCodes(body)).toEqual([code]);
    }
    const { body } = await world.subgraph.query(`query($id: ID!) { award(id: $id) { disbursedTotal } }`, {
      id: award.id,
    });
    expect(body.data.award.disbursedTotal).toBe(0);
  });
});

describe('decideApplication undoes its steps when the award cannot be created', () => {
  it('returns the application to UNDER_REVIEW and releases the reserved budget', async () => {
    const program = await createProgram(world.subgraph, { budget: 500_000, maxAward: 200_000 });
    const id = await applicationUnderReview(world.subgraph, program.id, association().id, 100_000);
    // An award already stored for this application (e.g. written by a request that then died) makes the insert
    // fail on the unique applicationId index, after the budget was reserved and the status moved.
    await AwardModel.create({
      applicationId: id,
      programId: program.id,
      organizationId: association().id,
      recipientKind: 'NEIGHBORHOOD_ASSOCIATION',
      fiscalYear: program.fiscalYear,
      amount: 1,
      awardedOn: '2026-04-01',
    });

    const { body } = await world.subgraph.query(DECIDE, { id, decision: 'AWARDED', amount: 100_000 }, STAFF);
    expect(errorCodes(body)).toEqual(['CONFLICT']);
    const after = (await world.subgraph.query(PROGRAM, { id: program.id })).body.data.grantProgram;
    expect(after).toEqual({ budget: 500_000, awardedTotal: 0, remainingBudget: 500_000 });
    const application = await world.subgraph.query(
      `query($id: ID!) { application(id: $id) { status decidedAt } }`,
      { id },
      STAFF,
    );
    expect(application.body.data.application).toEqual({ status: 'UNDER_REVIEW', decidedAt: null });
  });
});
