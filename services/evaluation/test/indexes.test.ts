import { demoActionItemId, demoIndicatorId, INDICATOR_KEYS } from '@kyodo/seed';
import {
  indexesOf,
  isServed,
  recordQueries,
  unservedQueries,
  type QueryRecorder,
  type RecordedQuery,
} from '@kyodo/service-kit/testing';
import { definition } from '../src/index.js';
import { staff, startSeededEvaluation, type SeededEvaluation } from './support.js';

// Each query the evaluation subgraph issues must lead with a declared index's first key (and follow a page's sort).

let seeded: SeededEvaluation;
let recorder: QueryRecorder;

beforeAll(async () => {
  seeded = await startSeededEvaluation();
  recorder = recordQueries({
    // A page after a cursor adds the keyset condition to the same filter; the first page checks the path.
    filter: (filter) => ('$and' in filter || '$or' in filter ? null : filter),
    // Aggregates (the first pages of nested connections) are checked by their leading $match and $sort.
  });
});
afterAll(async () => {
  recorder?.stop();
  await seeded?.subgraph.stop();
});

/** Whether some index serves the query: its first key is pinned by the filter, and for a page, the sort follows. */
const served = (query: RecordedQuery) =>
  isServed(query, indexesOf(definition.models, query.collection), { leading: 'first' });

/** No orderBy, then each field with the direction omitted, ASC and DESC: every order a list can be asked for. */
function everyOrder(fields: string[]): ({ field: string; direction?: string } | undefined)[] {
  return [
    undefined,
    ...fields.flatMap((field) => [{ field }, { field, direction: 'ASC' }, { field, direction: 'DESC' }]),
  ];
}

const ENTITIES = `query ($representations: [_Any!]!, $fiscalYear: Int, $type: EvaluationType) {
  _entities(representations: $representations) {
    ... on Indicator { id }
    ... on ActionItem { id }
    ... on Evaluation { id }
    ... on Organization {
      evaluations(fiscalYear: $fiscalYear, type: $type) { id }
      evaluationsConnection(fiscalYear: $fiscalYear, type: $type, first: 1) { totalCount pageInfo { endCursor } }
    }
    ... on Facility {
      indicators { id } evaluations(fiscalYear: $fiscalYear) { id }
      indicatorsConnection(first: 1) { totalCount pageInfo { endCursor } }
      evaluationsConnection(fiscalYear: $fiscalYear, first: 1) { totalCount pageInfo { endCursor } }
    }
    ... on Award { evaluations(type: $type) { id } evaluationsConnection(type: $type) { totalCount } }
    ... on CollaborativeProject { evaluations { id } evaluationsConnection { totalCount } }
    ... on District { indicators { id } indicatorsConnection(first: 1) { totalCount pageInfo { endCursor } } }
  }
}`;

it('serves every query path from a declared index', async () => {
  const { demo, subgraph } = seeded;
  const organizationId = demo.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!.subjectId;
  const facilityIndicator = demo.indicators.find((i) => i.scope === 'FACILITY')!;
  const districtIndicator = demo.indicators.find((i) => i.scope === 'DISTRICT')!;
  const award = demo.evaluations.find((e) => e.subjectType === 'AWARD')!;
  const project = demo.evaluations.find((e) => e.subjectType === 'COLLABORATIVE_PROJECT')!;

  const queries: [string, Record<string, unknown>][] = [];
  const indicators = `query ($filter: IndicatorFilter, $orderBy: IndicatorOrder) {
    indicators(filter: $filter, orderBy: $orderBy, first: 5) { totalCount edges { node { id } } } }`;
  for (const orderBy of everyOrder(['NAME', 'UPDATED_AT'])) {
    for (const filter of [
      {},
      { archived: true },
      { scope: 'CITY' },
      { districtCode: districtIndicator.districtCode },
      { facilityId: facilityIndicator.facilityId },
      { scope: 'DISTRICT', districtCode: districtIndicator.districtCode },
    ]) {
      queries.push([indicators, { filter, orderBy }]);
    }
  }
  queries.push([
    `query ($id: ID!) { indicator(id: $id) { id } }`,
    { id: demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies) },
  ]);
  const actionItems = `query ($fiscalYear: Int, $department: String, $status: ActionItemStatus) {
    actionItems(fiscalYear: $fiscalYear, department: $department, status: $status) { id }
  }`;
  for (const variables of [
    {},
    { department: '協働推進課' },
    { status: 'DONE' },
    { fiscalYear: 2010 },
    { fiscalYear: 2009, status: 'IMPLEMENT' },
    { fiscalYear: 2011, department: '協働推進課' },
  ]) {
    queries.push([actionItems, variables]);
  }
  const evaluations = `query ($filter: EvaluationFilter, $orderBy: EvaluationOrder) {
    evaluations(filter: $filter, orderBy: $orderBy, first: 5) { totalCount edges { node { id } } } }`;
  const evaluationFilters = [
    {},
    { subjectType: 'FACILITY' },
    { subjectType: 'ORGANIZATION', subjectId: organizationId },
    { subjectType: 'ORGANIZATION', subjectId: organizationId, fiscalYear: 2023, type: 'SELF' },
    { fiscalYear: 2024 },
    { type: 'MUTUAL' },
    { type: 'THIRD_PARTY', fiscalYear: 2022 },
    { subjectType: 'AWARD', fiscalYear: 2023 },
    { subjectType: 'AWARD', type: 'SELF' },
    { status: 'DRAFT' },
    { status: 'WITHDRAWN', type: 'SELF', fiscalYear: 2024 },
    { status: 'DRAFT', subjectType: 'ORGANIZATION', subjectId: organizationId },
  ];
  for (const orderBy of everyOrder(['FISCAL_YEAR', 'OVERALL_SCORE'])) {
    for (const filter of evaluationFilters) queries.push([evaluations, { filter, orderBy }]);
  }
  const representations = [
    { __typename: 'Indicator', id: facilityIndicator.id },
    { __typename: 'ActionItem', id: demo.actionItems[0]!.id },
    { __typename: 'Evaluation', id: award.id },
    { __typename: 'Organization', id: organizationId },
    { __typename: 'Facility', id: facilityIndicator.facilityId },
    { __typename: 'Award', id: award.subjectId },
    { __typename: 'CollaborativeProject', id: project.subjectId },
    { __typename: 'District', code: districtIndicator.districtCode },
  ];
  queries.push([ENTITIES, { representations }]);
  queries.push([ENTITIES, { representations, fiscalYear: 2023, type: 'SELF' }]);

  for (const [query, variables] of queries) {
    const response = await subgraph.query(query, variables, staff);
    expect(response.body.errors).toBeUndefined();
  }
  // Later pages of the nested connections are keyset pages of one parent.
  const first = await subgraph.query(ENTITIES, { representations });
  const [, , , organization, facility, , , district] = first.body.data._entities;
  const later = `query ($representations: [_Any!]!, $o: String, $f: String, $d: String) {
    _entities(representations: $representations) {
      ... on Organization { evaluationsConnection(first: 1, after: $o) { totalCount } }
      ... on Facility { indicatorsConnection(first: 1, after: $f) { totalCount } }
      ... on District { indicatorsConnection(first: 1, after: $d) { totalCount } }
    }
  }`;
  const next = await subgraph.query(later, {
    representations: [representations[3], representations[4], representations[7]],
    o: organization.evaluationsConnection.pageInfo.endCursor,
    f: facility.indicatorsConnection.pageInfo.endCursor,
    d: district.indicatorsConnection.pageInfo.endCursor,
  });
  expect(next.body.errors).toBeUndefined();
  const indicatorId = demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies);
  const mutations: [string, Record<string, unknown>][] = [
    [
      `mutation { createIndicator(input: { name: "x", nameJa: "x", unit: "%", description: "x", scope: CITY,
        baseline: { year: 2020, value: 1 } }) { id } }`,
      {},
    ],
    [
      `mutation { updateIndicator(id: "${indicatorId}", expectedVersion: 0, input: { nameJa: "弱い紐帯" }) { id } }`,
      {},
    ],
    [
      `mutation { createActionItem(input: { code: "Z-1", title: "x", purpose: "x", department: "x",
        yearlyPlan: [{ fiscalYear: 2026, status: STUDY }], completionCriterion: "x" }) { id } }`,
      {},
    ],
    [
      `mutation { updateActionItem(id: "${demoActionItemId('I-(2)-⑤')}", expectedVersion: 0, input: { title: "x" }) { id } }`,
      {},
    ],
    [
      `mutation { recordMeasurement(indicatorId: "${demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies)}", year: 2023, value: 39.9) { id } }`,
      {},
    ],
    [
      `mutation { recordMeasurement(indicatorId: "${demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies)}", year: 2020, value: 41.5) { id } }`,
      {},
    ],
    [
      `mutation { setActionItemStatus(id: "${demoActionItemId('I-(2)-⑤')}", fiscalYear: 2012, status: DONE) { id } }`,
      {},
    ],
  ];
  for (const [mutation, variables] of mutations) {
    const response = await subgraph.query(mutation, variables, staff);
    expect(response.body.errors).toBeUndefined();
  }

  const submitted = await subgraph.query(
    `mutation ($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { id } }`,
    {
      input: {
        subjectType: 'ORGANIZATION',
        subjectId: organizationId,
        type: 'SELF',
        phase: 'DO',
        fiscalYear: 2025,
        scores: [{ criterion: '有効性', score: 3 }],
        overall: 3,
        findings: 'x',
        recommendations: 'x',
        evaluator: 'x',
        draft: true,
      },
    },
    staff,
  );
  const draftId = submitted.body.data.submitEvaluation.id as string;
  for (const mutation of [
    `mutation ($id: ID!) { updateEvaluation(id: $id, expectedVersion: 0, input: { overall: 4 }) { id } }`,
    `mutation ($id: ID!) { publishEvaluation(id: $id, expectedVersion: 1) { id } }`,
  ]) {
    const response = await subgraph.query(mutation, { id: draftId }, staff);
    expect(response.body.errors).toBeUndefined();
  }

  // The audit trail's read paths: this subgraph's log (what the organizations subgraph's Query.auditLog asks) with
  // every filter combination, and each entity's history.
  const LOG = `query ($filter: AuditLogFilter) { _auditLog(filter: $filter, first: 5) { edges { node { id } } } }`;
  const at = '2026-06-16T10:00:00+09:00';
  for (const filter of [
    {},
    { entityType: 'Evaluation' },
    { entityType: 'Evaluation', entityId: draftId },
    { entityId: indicatorId },
    { actor: staff.sub },
    { actor: staff.sub, entityType: 'Indicator' },
    { from: at, to: '2026-06-17T10:00:00+09:00' },
    { entityType: 'ActionItem', from: at },
    { actor: staff.sub, to: at },
  ]) {
    const { body } = await subgraph.query(LOG, { filter }, staff);
    expect(body.errors).toBeUndefined();
  }
  const HISTORY = `query ($indicator: ID!, $item: ID!, $evaluation: ID!) {
    indicator(id: $indicator) { history(first: 5) { edges { node { id } } } }
    actionItem(id: $item) { history(first: 5) { edges { node { id } } } }
    evaluation(id: $evaluation) { history(first: 5) { edges { node { id } } } }
  }`;
  const history = await subgraph.query(
    HISTORY,
    { indicator: indicatorId, item: demoActionItemId('I-(2)-⑤'), evaluation: draftId },
    staff,
  );
  expect(history.body.errors).toBeUndefined();
  expect(history.body.data.evaluation.history.edges.length).toBe(3);

  const captured = recorder.queries;
  expect(captured.length).toBeGreaterThan(queries.length);
  for (const collection of ['indicators', 'actionItems', 'evaluations', 'auditEntries']) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  expect(captured.filter((query) => query.method === 'aggregate').length).toBeGreaterThanOrEqual(2);
  expect(unservedQueries(definition.models, captured, { leading: 'first' })).toEqual([]);
});

it('flags a query no index serves (the check itself can fail)', () => {
  expect(
    served({
      collection: 'evaluations',
      method: 'find',
      filter: { evaluator: 'x' },
      sort: null,
      limited: false,
    }),
  ).toBe(false);
  expect(
    served({
      collection: 'indicators',
      method: 'find',
      filter: { unit: '%' },
      sort: { name: 1, _id: 1 },
      limited: true,
    }),
  ).toBe(false);
  expect(
    served({
      collection: 'indicators',
      method: 'find',
      filter: { scope: 'CITY' },
      sort: { name: 1, _id: 1 },
      limited: true,
    }),
  ).toBe(true);
  expect(
    served({
      collection: 'indicators',
      method: 'find',
      filter: { scope: 'CITY' },
      sort: { unit: 1, _id: 1 },
      limited: true,
    }),
  ).toBe(false);
});
