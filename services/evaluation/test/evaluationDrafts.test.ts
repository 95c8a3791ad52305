import type { Viewer } from '@kyodo/service-kit';
import type { TestResponse } from '@kyodo/service-kit/testing';
import {
  errorCodes,
  memberOf,
  resident,
  staff,
  startSeededEvaluation,
  UNKNOWN_ID,
  type SeededEvaluation,
} from './support.js';

// The evaluation lifecycle (issue 13): DRAFT -> PUBLISHED or WITHDRAWN, changed by its author while a draft.

const FIELDS = `id version status type subjectType fiscalYear overall findings scores { criterion score }
  createdAt publishedAt withdrawnAt`;
const SUBMIT = `mutation ($input: SubmitEvaluationInput!, $key: String) {
  submitEvaluation(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateEvaluationInput!) {
  updateEvaluation(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishEvaluation(id: $id, expectedVersion: $version) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $version: Int!) { withdrawEvaluation(id: $id, expectedVersion: $version) { ${FIELDS} } }`;
const EVALUATION = `query ($id: ID!) { evaluation(id: $id) { ${FIELDS} } }`;
const EVALUATIONS = `query ($filter: EvaluationFilter, $orderBy: EvaluationOrder, $first: Int, $after: String) {
  evaluations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status overall fiscalYear createdAt } } } }`;

let seeded: SeededEvaluation;
let organizationId: string;
let otherOrganizationId: string;
let member: Viewer;
let colleague: Viewer;
let outsider: Viewer;
const otherStaff: Viewer = { sub: 'staff-2', role: 'staff', organizationIds: [] };

beforeAll(async () => {
  seeded = await startSeededEvaluation();
  organizationId = seeded.world.organizations[0]!.id;
  otherOrganizationId = seeded.world.organizations[1]!.id;
  member = memberOf(organizationId);
  colleague = { sub: 'member-2', role: 'member', organizationIds: [organizationId] };
  outsider = { sub: 'member-3', role: 'member', organizationIds: [otherOrganizationId] };
});
afterAll(() => seeded?.subgraph.stop());

function selfInput(overrides: Record<string, unknown> = {}) {
  return {
    subjectType: 'ORGANIZATION',
    subjectId: organizationId,
    type: 'SELF',
    phase: 'SEE',
    fiscalYear: 2025,
    scores: [{ criterion: '有効性', score: 3 }],
    overall: 3,
    findings: '下書き: 参加者数を確認中。',
    recommendations: '次回までに集計する。',
    evaluator: '自治会役員会',
    draft: true,
    ...overrides,
  };
}

async function draft(viewer: Viewer = member, overrides: Record<string, unknown> = {}) {
  const response = await seeded.subgraph.query(SUBMIT, { input: selfInput(overrides) }, viewer);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.submitEvaluation as { id: string; version: number; status: string };
}

const ids = (body: { data?: { evaluations: { edges: { node: { id: string } }[] } } }) =>
  body.data!.evaluations.edges.map((edge) => edge.node.id);

describe('submitEvaluation', () => {
  it('publishes at once by default, as before, with publishedAt the submission time', async () => {
    const response = await seeded.subgraph.query(SUBMIT, { input: selfInput({ draft: undefined }) }, member);
    expect(response.body.errors).toBeUndefined();
    const evaluation = response.body.data.submitEvaluation;
    expect(evaluation).toMatchObject({ status: 'PUBLISHED', version: 0, withdrawnAt: null });
    expect(evaluation.publishedAt).toBe(evaluation.createdAt);
  });

  it('saves a draft that only its editors and staff see', async () => {
    const saved = await draft();
    expect(saved).toMatchObject({ status: 'DRAFT', version: 0 });
    for (const viewer of [member, colleague, staff]) {
      const read = await seeded.subgraph.query(EVALUATION, { id: saved.id }, viewer);
      expect(read.body.data.evaluation.status).toBe('DRAFT');
    }
    for (const viewer of [outsider, resident, undefined]) {
      const read = await seeded.subgraph.query(EVALUATION, { id: saved.id }, viewer);
      expect(errorCodes(read.body)).toEqual(['NOT_FOUND']);
    }
    const entities = await seeded.subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Evaluation { id } } }`,
      { r: [{ __typename: 'Evaluation', id: saved.id }] },
    );
    expect(entities.body.data._entities).toEqual([null]);
    const published = await seeded.subgraph.query(EVALUATIONS, {
      filter: { subjectType: 'ORGANIZATION', subjectId: organizationId },
      first: 100,
    });
    expect(ids(published.body)).not.toContain(saved.id);
  });
});

describe('evaluations(filter: {status})', () => {
  it('lists drafts for staff, and for members only their organization’s SELF evaluations', async () => {
    const saved = await draft();
    const own = { subjectType: 'ORGANIZATION', subjectId: organizationId, status: 'DRAFT' };
    const mine = await seeded.subgraph.query(EVALUATIONS, { filter: own, first: 100 }, member);
    expect(mine.body.errors).toBeUndefined();
    expect(ids(mine.body)).toContain(saved.id);
    expect(
      mine.body.data.evaluations.edges.every((e: { node: { status: string } }) => e.node.status === 'DRAFT'),
    ).toBe(true);
    const everything = await seeded.subgraph.query(
      EVALUATIONS,
      { filter: { status: 'DRAFT' }, first: 100 },
      staff,
    );
    expect(ids(everything.body)).toContain(saved.id);

    for (const filter of [
      { status: 'DRAFT' },
      { ...own, subjectId: otherOrganizationId },
      { ...own, type: 'MUTUAL' },
    ]) {
      const refused = await seeded.subgraph.query(EVALUATIONS, { filter }, member);
      expect(errorCodes(refused.body)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes((await seeded.subgraph.query(EVALUATIONS, { filter: own })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('updateEvaluation', () => {
  it('lets the author and fellow members change a draft at the version they read', async () => {
    const saved = await draft();
    const first = await seeded.subgraph.query(
      UPDATE,
      { id: saved.id, version: 0, input: { overall: 4, scores: [{ criterion: '有効性', score: 4 }] } },
      member,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.updateEvaluation).toMatchObject({ version: 1, overall: 4, status: 'DRAFT' });
    const second = await seeded.subgraph.query(
      UPDATE,
      { id: saved.id, version: 1, input: { findings: '参加者は前年より 12 人増えた。' } },
      colleague,
    );
    expect(second.body.data.updateEvaluation).toMatchObject({
      version: 2,
      findings: '参加者は前年より 12 人増えた。',
    });
  });

  it('is CONFLICT naming the current version for a stale edit', async () => {
    const saved = await draft();
    await seeded.subgraph.query(UPDATE, { id: saved.id, version: 0, input: { overall: 5 } }, member);
    const stale = await seeded.subgraph.query(
      UPDATE,
      { id: saved.id, version: 0, input: { overall: 1 } },
      colleague,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(1);
  });

  it('refuses other organizations’ members, other staff and bad input', async () => {
    const saved = await draft();
    const byOutsider = await seeded.subgraph.query(
      UPDATE,
      { id: saved.id, version: 0, input: { overall: 1 } },
      outsider,
    );
    expect(errorCodes(byOutsider.body)).toEqual(['NOT_FOUND']);
    const staffDraft = await draft(staff, { type: 'MUTUAL', evaluator: '市協働のまちづくり推進委員会' });
    const byOtherStaff = await seeded.subgraph.query(
      UPDATE,
      { id: staffDraft.id, version: 0, input: { overall: 1 } },
      otherStaff,
    );
    expect(errorCodes(byOtherStaff.body)).toEqual(['FORBIDDEN']);
    const byAuthor = await seeded.subgraph.query(
      UPDATE,
      { id: staffDraft.id, version: 0, input: { overall: 2 } },
      staff,
    );
    expect(byAuthor.body.errors).toBeUndefined();
    const anonymous = await seeded.subgraph.query(UPDATE, {
      id: saved.id,
      version: 0,
      input: { overall: 1 },
    });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);

    const cases: [Record<string, unknown>, string][] = [
      [{ overall: 6 }, 'input.overall'],
      [{ fiscalYear: 2030 }, 'input.fiscalYear'],
      [{ scores: [] }, 'input.scores'],
      [
        {
          scores: [
            { criterion: '有効性', score: 3 },
            { criterion: ' 有効性', score: 4 },
          ],
        },
        'input.scores',
      ],
      [{ findings: ' ' }, 'input.findings'],
      [{}, 'input'],
    ];
    for (const [input, argumentName] of cases) {
      const response = await seeded.subgraph.query(UPDATE, { id: saved.id, version: 0, input }, member);
      expect({ input, codes: errorCodes(response.body) }).toEqual({ input, codes: ['BAD_USER_INPUT'] });
      expect(response.body.errors![0].extensions.argumentName).toBe(argumentName);
    }
    const unknown = await seeded.subgraph.query(
      UPDATE,
      { id: UNKNOWN_ID, version: 0, input: { overall: 1 } },
      staff,
    );
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
  });
});

describe('publishEvaluation and withdrawEvaluation', () => {
  it('publishes a draft for everyone; then it no longer changes, and publishing again changes nothing', async () => {
    const saved = await draft();
    const published = await seeded.subgraph.query(PUBLISH, { id: saved.id, version: 0 }, member);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishEvaluation).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(published.body.data.publishEvaluation.publishedAt).toEqual(expect.any(String));
    const anyone = await seeded.subgraph.query(EVALUATION, { id: saved.id });
    expect(anyone.body.data.evaluation.status).toBe('PUBLISHED');
    const again = await seeded.subgraph.query(PUBLISH, { id: saved.id, version: 0 }, member);
    expect(again.body.data.publishEvaluation.version).toBe(1);

    const update = await seeded.subgraph.query(
      UPDATE,
      { id: saved.id, version: 1, input: { overall: 1 } },
      member,
    );
    expect(errorCodes(update.body)).toEqual(['CONFLICT']);
    expect(update.body.errors![0].extensions.status).toBe('PUBLISHED');
    const withdraw = await seeded.subgraph.query(WITHDRAW, { id: saved.id, version: 1 }, member);
    expect(errorCodes(withdraw.body)).toEqual(['CONFLICT']);
  });

  it('lets staff publish any draft, and refuses other members', async () => {
    const saved = await draft();
    expect(
      errorCodes((await seeded.subgraph.query(PUBLISH, { id: saved.id, version: 0 }, outsider)).body),
    ).toEqual(['NOT_FOUND']);
    const byStaff = await seeded.subgraph.query(PUBLISH, { id: saved.id, version: 0 }, otherStaff);
    expect(byStaff.body.data.publishEvaluation.status).toBe('PUBLISHED');
  });

  it('withdraws a draft: it leaves every list but stays readable to its editors and staff', async () => {
    const saved = await draft();
    const withdrawn = await seeded.subgraph.query(WITHDRAW, { id: saved.id, version: 0 }, colleague);
    expect(withdrawn.body.errors).toBeUndefined();
    expect(withdrawn.body.data.withdrawEvaluation).toMatchObject({ status: 'WITHDRAWN', version: 1 });
    expect(withdrawn.body.data.withdrawEvaluation.withdrawnAt).toEqual(expect.any(String));
    const listed = await seeded.subgraph.query(
      EVALUATIONS,
      { filter: { subjectType: 'ORGANIZATION', subjectId: organizationId, status: 'WITHDRAWN' }, first: 100 },
      member,
    );
    expect(ids(listed.body)).toContain(saved.id);
    const publish = await seeded.subgraph.query(PUBLISH, { id: saved.id, version: 1 }, staff);
    expect(errorCodes(publish.body)).toEqual(['CONFLICT']);
    const stale = await seeded.subgraph.query(WITHDRAW, { id: (await draft()).id, version: 3 }, member);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(0);
  });
});

describe('evaluations(orderBy)', () => {
  type Node = { id: string; overall: number; fiscalYear: number; createdAt: string };
  type Page = { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  type Order = { field: string; direction?: string } | null;
  async function all(orderBy: Order, filter: Record<string, unknown> = {}): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const response: TestResponse<{ evaluations: Page }> = await seeded.subgraph.query(EVALUATIONS, {
        orderBy,
        filter,
        first: 40,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data!.evaluations;
      nodes.push(...page.edges.map((edge: { node: Node }) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }
  const ids = (nodes: Node[]) => nodes.map((n) => n.id);

  it('orders by overall rating either way and by age, every order paging through the same evaluations', async () => {
    const newest = await all({ field: 'FISCAL_YEAR', direction: 'DESC' });
    for (let i = 1; i < newest.length; i++) {
      const [a, b] = [newest[i - 1]!, newest[i]!];
      expect(
        a.fiscalYear > b.fiscalYear ||
          (a.fiscalYear === b.fiscalYear && Date.parse(a.createdAt) >= Date.parse(b.createdAt)),
      ).toBe(true);
    }
    // Without orderBy, and with the direction omitted, FISCAL_YEAR is descending (the list's order before orderBy).
    expect(ids(await all(null))).toEqual(ids(newest));
    expect(ids(await all({ field: 'FISCAL_YEAR' }))).toEqual(ids(newest));
    const oldest = await all({ field: 'FISCAL_YEAR', direction: 'ASC' });
    expect(ids(oldest)).toEqual(ids([...newest].reverse()));
    const highest = await all({ field: 'OVERALL_SCORE', direction: 'DESC' });
    expect(ids(await all({ field: 'OVERALL_SCORE' }))).toEqual(ids(highest));
    const lowest = await all({ field: 'OVERALL_SCORE', direction: 'ASC' });
    expect(ids(lowest)).toEqual(ids([...highest].reverse()));
    expect(new Set(ids(highest))).toEqual(new Set(ids(newest)));
    for (let i = 1; i < highest.length; i++) {
      const [a, b] = [highest[i - 1]!, highest[i]!];
      expect(
        a.overall > b.overall ||
          (a.overall === b.overall && Date.parse(a.createdAt) >= Date.parse(b.createdAt)),
      ).toBe(true);
    }
    const fiscalYear = seeded.demo.evaluations.find((e) => e.type === 'SELF')!.fiscalYear;
    const typed = await all({ field: 'OVERALL_SCORE' }, { type: 'SELF', fiscalYear });
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.map((n) => n.overall)).toEqual([...typed.map((n) => n.overall)].sort((a, b) => b - a));
  });

  it('refuses a cursor of another field or direction (BAD_USER_INPUT)', async () => {
    const first = await seeded.subgraph.query(EVALUATIONS, { orderBy: { field: 'FISCAL_YEAR' }, first: 1 });
    const cursor = first.body.data!.evaluations.pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    for (const orderBy of [
      { field: 'FISCAL_YEAR', direction: 'ASC' },
      { field: 'OVERALL_SCORE', direction: 'DESC' },
    ]) {
      const other = await seeded.subgraph.query(EVALUATIONS, { orderBy, first: 1, after: cursor });
      expect(other.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // The same order spelled out in full takes it.
    const same = await seeded.subgraph.query(EVALUATIONS, {
      orderBy: { field: 'FISCAL_YEAR', direction: 'DESC' },
      first: 1,
      after: cursor,
    });
    expect(same.body.errors).toBeUndefined();
  });
});
