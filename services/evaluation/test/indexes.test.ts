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
    // An aggregate is recorded but pins nothing the check holds it to.
    aggregate: () => ({ filter: {}, sort: null, limited: false }),
  });
});
afterAll(async () => {
  recorder?.stop();
  await seeded?.subgraph.stop();
});

/** Whether some index serves the query: its first key is pinned by the filter, and for a page, the sort follows. */
const served = (query: RecordedQuery) =>
  isServed(query, indexesOf(definition.models, query.collection), { leading: 'first' });

const ENTITIES = `query ($representations: [_Any!]!, $fiscalYear: Int, $type: EvaluationType) {
  _entities(representations: $representations) {
    ... on Indicator { id }
    ... on ActionItem { id }
    ... on Evaluation { id }
    ... on Organization { evaluations(fiscalYear: $fiscalYear, type: $type) { id } }
    ... on Facility { indicators { id } evaluations(fiscalYear: $fiscalYear) { id } }
    ... on Award { evaluations(type: $type) { id } }
    ... on CollaborativeProject { evaluations { id } }
    ... on District { indicators { id } }
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
  const indicators = `query ($filter: IndicatorFilter) { indicators(filter: $filter, first: 5) { totalCount edges { node { id } } } }`;
  for (const filter of [
    {},
    { scope: 'CITY' },
    { districtCode: districtIndicator.districtCode },
    { facilityId: facilityIndicator.facilityId },
    { scope: 'DISTRICT', districtCode: districtIndicator.districtCode },
  ]) {
    queries.push([indicators, { filter }]);
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
  const evaluations = `query ($filter: EvaluationFilter) { evaluations(filter: $filter, first: 5) { totalCount edges { node { id } } } }`;
  for (const filter of [
    {},
    { subjectType: 'FACILITY' },
    { subjectType: 'ORGANIZATION', subjectId: organizationId },
    { subjectType: 'ORGANIZATION', subjectId: organizationId, fiscalYear: 2023, type: 'SELF' },
    { fiscalYear: 2024 },
    { type: 'MUTUAL' },
    { type: 'THIRD_PARTY', fiscalYear: 2022 },
    { subjectType: 'AWARD', fiscalYear: 2023 },
    { subjectType: 'AWARD', type: 'SELF' },
  ]) {
    queries.push([evaluations, { filter }]);
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
    const response = await subgraph.query(query, variables);
    expect(response.body.errors).toBeUndefined();
  }
  const mutations: [string, Record<string, unknown>][] = [
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

  const captured = recorder.queries;
  expect(captured.length).toBeGreaterThan(queries.length);
  for (const collection of ['indicators', 'actionItems', 'evaluations']) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
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
