import { demoActionItemId, demoIndicatorId, INDICATOR_KEYS } from '@kyodo/seed';
import mongoose from 'mongoose';
import { definition } from '../src/index.js';
import { staff, startSeededEvaluation, type SeededEvaluation } from './support.js';

/**
 * Every query path is served by a declared index: each database query a request issues is captured (mongoose's
 * debug hook) and checked against the indexes declared on the model's schema, so removing an index, or adding a
 * query path without one, fails here.
 */

interface Captured {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1> | null;
  limited: boolean;
}

type IndexKeys = [string, 1 | -1][];

const isOperatorObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !mongoose.isObjectIdOrHexString(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key.startsWith('$'));

/** Fields the filter pins to one value (or a set of values, or one array element): the ones an index prefix serves. */
function equalityFields(filter: Record<string, unknown>): Set<string> {
  const fields = new Set<string>();
  for (const [path, value] of Object.entries(filter)) {
    if (path.startsWith('$')) continue;
    if (!isOperatorObject(value)) fields.add(path);
    else if ('$in' in value || '$eq' in value) fields.add(path);
    else if ('$elemMatch' in value) {
      for (const [sub, subValue] of Object.entries(value.$elemMatch as Record<string, unknown>)) {
        if (!isOperatorObject(subValue)) fields.add(`${path}.${sub}`);
      }
    }
  }
  return fields;
}

function indexesOf(collection: string): IndexKeys[] {
  const model = definition.models.find((m) => m.collection.collectionName === collection);
  if (!model) throw new Error(`no model for collection ${collection}`);
  const declared = model.schema.indexes().map(([keys]) => Object.entries(keys) as IndexKeys);
  return [[['_id', 1]], ...declared];
}

/** Whether some index serves the query: its leading keys are pinned by the filter, and for a page, the sort follows. */
function served(query: Captured): boolean {
  const pinned = equalityFields(query.filter);
  const sort = Object.entries(query.sort ?? {}).filter(([path]) => !pinned.has(path));
  const needsOrder = query.limited && sort.length > 0;
  return indexesOf(query.collection).some((keys) => {
    let prefix = 0;
    while (prefix < keys.length && pinned.has(keys[prefix]![0])) prefix++;
    if (pinned.size > 0 && prefix === 0) return false;
    if (!needsOrder) return true;
    const rest = keys.slice(prefix, prefix + sort.length);
    if (rest.length < sort.length) return false;
    const same = rest.every(([path, order], i) => path === sort[i]![0] && order === sort[i]![1]);
    const reversed = rest.every(([path, order], i) => path === sort[i]![0] && order === -sort[i]![1]);
    return same || reversed;
  });
}

let seeded: SeededEvaluation;
const captured: Captured[] = [];

beforeAll(async () => {
  seeded = await startSeededEvaluation();
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (!['find', 'findOne', 'countDocuments', 'findOneAndUpdate', 'updateOne', 'aggregate'].includes(method))
      return;
    const filter = (args[0] ?? {}) as Record<string, unknown>;
    // A page after a cursor adds the keyset condition to the same filter; the first page checks the path.
    if ('$and' in filter || '$or' in filter) return;
    const options = (method === 'findOneAndUpdate' || method === 'updateOne' ? args[2] : args[1]) as
      { sort?: Record<string, 1 | -1>; limit?: number } | undefined;
    captured.push({
      collection,
      method,
      filter,
      sort: options?.sort ?? null,
      limited: typeof options?.limit === 'number',
    });
  });
});
afterAll(async () => {
  mongoose.set('debug', false);
  await seeded?.subgraph.stop();
});

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

  expect(captured.length).toBeGreaterThan(queries.length);
  for (const collection of ['indicators', 'actionItems', 'evaluations']) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  const unserved = captured.filter((query) => !served(query));
  expect(unserved).toEqual([]);
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
