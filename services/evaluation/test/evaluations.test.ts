import type { TestResponse } from '@kyodo/service-kit/testing';
import {
  errorCodes,
  memberOf,
  resident,
  staff,
  startSeededEvaluation,
  UNKNOWN_ID,
  type SeededEvaluation,
  expectIdErrors,
} from './support.js';

const FIELDS = `
  id subjectType type phase fiscalYear overall findings recommendations evaluator createdAt
  scores { criterion score }
  subject { __typename ... on Organization { id } ... on Facility { id } ... on Award { id } ... on CollaborativeProject { id } }
`;
const EVALUATIONS = `query ($filter: EvaluationFilter, $first: Int, $after: String) {
  evaluations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } }
  }
}`;
const SUBMIT = `mutation ($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { ${FIELDS} } }`;

const TYPENAMES = {
  ORGANIZATION: 'Organization',
  FACILITY: 'Facility',
  AWARD: 'Award',
  COLLABORATIVE_PROJECT: 'CollaborativeProject',
} as const;

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

type Node = {
  id: string;
  fiscalYear: number;
  createdAt: string;
  subject: { __typename: string; id: string };
};
type Page = { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function allEvaluations(filter: Record<string, unknown> = {}, pageSize = 100): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const response: TestResponse<{ evaluations: Page }> = await seeded.subgraph.query(EVALUATIONS, {
      filter,
      first: pageSize,
      after,
    });
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data!.evaluations;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

function selfInput(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    subjectType: 'ORGANIZATION',
    subjectId: organizationId,
    type: 'SELF',
    phase: 'SEE',
    fiscalYear: 2024,
    scores: [
      { criterion: '必要性', score: 5 },
      { criterion: '有効性', score: 4 },
    ],
    overall: 4,
    findings: '防災訓練の参加者が前年より増えた。',
    recommendations: '若い世帯への声かけを続ける。',
    evaluator: '自治会役員会',
    ...overrides,
  };
}

describe('seeded evaluations', () => {
  it('cover organizations, facilities, awards and collaborative projects across fiscal years', () => {
    const { evaluations } = seeded.demo;
    for (const subjectType of Object.keys(TYPENAMES)) {
      expect(evaluations.some((e) => e.subjectType === subjectType)).toBe(true);
    }
    expect(new Set(evaluations.map((e) => e.fiscalYear)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(evaluations.map((e) => e.type))).toEqual(new Set(['SELF', 'MUTUAL', 'THIRD_PARTY']));
  });
});

describe('evaluations(filter, first, after)', () => {
  it('pages through every evaluation, newest fiscal year first and newest first within a year', async () => {
    const nodes = await allEvaluations({}, 37);
    expect(nodes.map((n) => n.id).sort()).toEqual(seeded.demo.evaluations.map((e) => e.id).sort());
    for (let i = 1; i < nodes.length; i++) {
      const [previous, current] = [nodes[i - 1]!, nodes[i]!];
      expect(
        previous.fiscalYear > current.fiscalYear ||
          (previous.fiscalYear === current.fiscalYear &&
            Date.parse(previous.createdAt) >= Date.parse(current.createdAt)),
      ).toBe(true);
    }
  });

  it('filters by subject and returns the subject as a reference for its owner to resolve', async () => {
    const evaluation = seeded.demo.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!;
    const nodes = await allEvaluations({ subjectType: 'ORGANIZATION', subjectId: evaluation.subjectId });
    const expected = seeded.demo.evaluations.filter(
      (e) => e.subjectType === 'ORGANIZATION' && e.subjectId === evaluation.subjectId,
    );
    expect(nodes.map((n) => n.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const node of nodes)
      expect(node.subject).toEqual({ __typename: 'Organization', id: evaluation.subjectId });
  });

  it('filters by subject type, fiscal year and type, alone and together', async () => {
    const cases: Record<string, unknown>[] = [
      { subjectType: 'FACILITY' },
      { subjectType: 'AWARD', fiscalYear: 2023 },
      { fiscalYear: 2024 },
      { type: 'THIRD_PARTY' },
      { type: 'MUTUAL', fiscalYear: 2023 },
      { subjectType: 'COLLABORATIVE_PROJECT', type: 'MUTUAL' },
    ];
    for (const filter of cases) {
      const nodes = await allEvaluations(filter);
      const expected = seeded.demo.evaluations.filter((e) =>
        Object.entries(filter).every(([key, value]) => e[key as keyof typeof e] === value),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(nodes.map((n) => n.id).sort()).toEqual(expected.map((e) => e.id).sort());
    }
  });

  it('outputs createdAt in Asia/Tokyo time', async () => {
    const [node] = await allEvaluations({ fiscalYear: 2023 }, 1).then((nodes) => nodes.slice(0, 1));
    const seededEvaluation = seeded.demo.evaluations.find((e) => e.id === node!.id)!;
    expect(node!.createdAt).toMatch(/\+09:00$/);
    expect(Date.parse(node!.createdAt)).toBe(Date.parse(seededEvaluation.createdAt));
  });

  it('refuses first > 100, a malformed subject id and a subject id without its type with BAD_USER_INPUT', async () => {
    const organizationId = seeded.demo.evaluations[0]!.subjectId;
    for (const variables of [
      { first: 101 },
      { filter: { subjectType: 'ORGANIZATION', subjectId: 'abc' } },
      { filter: { subjectId: organizationId } },
    ]) {
      expect(errorCodes((await seeded.subgraph.query(EVALUATIONS, variables)).body)).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
  });
});

describe('evaluation(id)', () => {
  const EVALUATION = `query ($id: ID!) { evaluation(id: $id) { ${FIELDS} } }`;

  it('returns one evaluation as seeded, NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const seededEvaluation = seeded.demo.evaluations.find((e) => e.subjectType === 'COLLABORATIVE_PROJECT')!;
    const response = await seeded.subgraph.query(EVALUATION, { id: seededEvaluation.id });
    expect(response.body.data.evaluation).toMatchObject({
      id: seededEvaluation.id,
      subjectType: 'COLLABORATIVE_PROJECT',
      subject: { __typename: 'CollaborativeProject', id: seededEvaluation.subjectId },
      type: seededEvaluation.type,
      phase: seededEvaluation.phase,
      fiscalYear: seededEvaluation.fiscalYear,
      scores: seededEvaluation.scores,
      overall: seededEvaluation.overall,
      findings: seededEvaluation.findings,
      evaluator: seededEvaluation.evaluator,
    });
    await expectIdErrors(seeded.subgraph, EVALUATION, 'zz');
  });
});

describe('submitEvaluation', () => {
  it('lets staff submit any evaluation, stored and listed with its subject', async () => {
    const award = seeded.demo.evaluations.find((e) => e.subjectType === 'AWARD')!;
    const response = await seeded.subgraph.query(
      SUBMIT,
      {
        input: {
          subjectType: 'AWARD',
          subjectId: award.subjectId,
          type: 'THIRD_PARTY',
          phase: 'SEE',
          fiscalYear: award.fiscalYear,
          scores: [
            { criterion: ' 有効性 ', score: 3 },
            { criterion: '効率性', score: 2 },
          ],
          overall: 3,
          findings: '成果報告は期限内に提出された。',
          recommendations: '成果指標を設定すること。',
          evaluator: '市協働のまちづくり推進委員会',
        },
      },
      staff,
    );
    expect(response.body.errors).toBeUndefined();
    const created = response.body.data.submitEvaluation;
    expect(created).toMatchObject({
      subjectType: 'AWARD',
      subject: { __typename: 'Award', id: award.subjectId },
      type: 'THIRD_PARTY',
      scores: [
        { criterion: '有効性', score: 3 },
        { criterion: '効率性', score: 2 },
      ],
      overall: 3,
    });
    expect(created.createdAt).toMatch(/\+09:00$/);
    const listed = await allEvaluations({ subjectType: 'AWARD', subjectId: award.subjectId });
    expect(listed.map((n) => n.id)).toContain(created.id);
  });

  it("lets a member submit their own organization's SELF evaluation", async () => {
    const organizationId = seeded.demo.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!.subjectId;
    const response = await seeded.subgraph.query(
      SUBMIT,
      { input: selfInput(organizationId) },
      memberOf(organizationId),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.submitEvaluation).toMatchObject({
      type: 'SELF',
      subject: { __typename: 'Organization', id: organizationId },
    });
  });

  it("forbids a member another organization's SELF evaluation, any MUTUAL or THIRD_PARTY one, and other subjects", async () => {
    const [own, other] = [
      ...new Set(
        seeded.demo.evaluations.filter((e) => e.subjectType === 'ORGANIZATION').map((e) => e.subjectId),
      ),
    ];
    const member = memberOf(own!);
    const before = (await allEvaluations()).length;
    const cases = [
      selfInput(other!),
      selfInput(own!, { type: 'MUTUAL' }),
      selfInput(own!, { type: 'THIRD_PARTY' }),
      selfInput(own!, { subjectType: 'FACILITY' }),
    ];
    for (const input of cases) {
      expect(errorCodes((await seeded.subgraph.query(SUBMIT, { input }, member)).body)).toEqual([
        'FORBIDDEN',
      ]);
    }
    // A resident is no member of anything; an anonymous caller must sign in first.
    expect(
      errorCodes((await seeded.subgraph.query(SUBMIT, { input: selfInput(own!) }, resident)).body),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes((await seeded.subgraph.query(SUBMIT, { input: selfInput(own!) })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await allEvaluations()).toHaveLength(before);
  });

  it('refuses scores outside 1-5 and other bad input with BAD_USER_INPUT, writing nothing', async () => {
    const organizationId = seeded.demo.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!.subjectId;
    const before = (await allEvaluations()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ scores: [{ criterion: '必要性', score: 6 }] }, 'input.scores[0].score'],
      [
        {
          scores: [
            { criterion: '必要性', score: 4 },
            { criterion: '有効性', score: 0 },
          ],
        },
        'input.scores[1].score',
      ],
      [{ overall: 6 }, 'input.overall'],
      [{ scores: [] }, 'input.scores'],
      [
        {
          scores: [
            { criterion: '必要性', score: 4 },
            { criterion: '必要性', score: 3 },
          ],
        },
        'input.scores',
      ],
      [{ scores: [{ criterion: '  ', score: 4 }] }, 'input.scores[0].criterion'],
      [{ findings: '' }, 'input.findings'],
      [{ evaluator: 'x'.repeat(201) }, 'input.evaluator'],
      [{ fiscalYear: 1999 }, 'input.fiscalYear'],
      [{ subjectId: 'not-an-id' }, 'input.subjectId'],
    ];
    for (const [overrides, argumentName] of cases) {
      const response = await seeded.subgraph.query(
        SUBMIT,
        { input: selfInput(organizationId, overrides) },
        staff,
      );
      expect(errorCodes(response.body)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].extensions.argumentName).toBe(argumentName);
    }
    expect(await allEvaluations()).toHaveLength(before);
  });

  it('asks the subgraph that owns the subject whether it exists: NOT_FOUND for one it does not know', async () => {
    const before = (await allEvaluations()).length;
    const mutual = { subjectType: 'COLLABORATIVE_PROJECT', type: 'MUTUAL', phase: 'DO' };
    const unknown = await seeded.subgraph.query(SUBMIT, { input: selfInput(UNKNOWN_ID, mutual) }, staff);
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    expect(unknown.body.errors?.[0].extensions).toMatchObject({
      typename: 'CollaborativeProject',
      id: UNKNOWN_ID,
      argumentName: 'input.subjectId',
    });
    expect(await allEvaluations()).toHaveLength(before);

    const project = seeded.demo.evaluations.find((e) => e.subjectType === 'COLLABORATIVE_PROJECT')!.subjectId;
    const known = await seeded.subgraph.query(SUBMIT, { input: selfInput(project, mutual) }, staff);
    expect(known.body.errors).toBeUndefined();
    expect(known.body.data.submitEvaluation.subject).toEqual({
      __typename: 'CollaborativeProject',
      id: project,
    });
  });
});
