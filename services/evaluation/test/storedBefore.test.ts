import mongoose from 'mongoose';
import { EvaluationModel } from '../src/models/Evaluation.js';
import { IndicatorModel } from '../src/models/Indicator.js';
import { staff, startSeededEvaluation, type SeededEvaluation } from './support.js';

// Documents stored before archiving, drafts and versions existed (no archived, status or __v field) still count as
// active, published and at version 0: an existing database keeps every list whole after the upgrade.

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

it('lists, measures and versions an indicator and an evaluation written without the new fields', async () => {
  const indicatorId = new mongoose.Types.ObjectId();
  await IndicatorModel.collection.insertOne({
    _id: indicatorId,
    name: 'AAA stored before archiving',
    nameJa: '旧指標',
    unit: '%',
    description: '旧いデータ。',
    scope: 'CITY',
    districtCode: null,
    facilityId: null,
    baseline: { year: 2015, value: 10 },
    targets: [],
    measurements: [],
  });
  const organizationId = seeded.world.organizations[0]!.id;
  const evaluationId = new mongoose.Types.ObjectId();
  await EvaluationModel.collection.insertOne({
    _id: evaluationId,
    subjectType: 'ORGANIZATION',
    subjectId: new mongoose.Types.ObjectId(organizationId),
    type: 'SELF',
    phase: 'SEE',
    fiscalYear: 2027,
    scores: [{ criterion: '有効性', score: 2 }],
    overall: 2,
    findings: '旧い評価。',
    recommendations: '—',
    evaluator: '役員会',
    submittedBy: null,
    createdAt: new Date('2026-01-05T00:00:00Z'),
  });

  const indicators = await seeded.subgraph.query(
    `{ indicators(first: 1) { edges { node { id archived version } } } }`,
  );
  expect(indicators.body.data.indicators.edges[0].node).toEqual({
    id: indicatorId.toHexString(),
    archived: false,
    version: 0,
  });
  const measured = await seeded.subgraph.query(
    `mutation ($id: ID!) { recordMeasurement(indicatorId: $id, year: 2024, value: 12, expectedVersion: 0) { version } }`,
    { id: indicatorId.toHexString() },
    staff,
  );
  expect(measured.body.errors).toBeUndefined();
  expect(measured.body.data.recordMeasurement.version).toBe(1);

  const evaluations = await seeded.subgraph.query(
    `{ evaluations(first: 1) { edges { node { id status } } } }`,
  );
  expect(evaluations.body.data.evaluations.edges[0].node).toEqual({
    id: evaluationId.toHexString(),
    status: 'PUBLISHED',
  });
  const nested = await seeded.subgraph.query(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { evaluationsConnection(first: 1) { edges { node { id } } } } } }`,
    { r: [{ __typename: 'Organization', id: organizationId }] },
  );
  expect(nested.body.data._entities[0].evaluationsConnection.edges[0].node.id).toBe(
    evaluationId.toHexString(),
  );
});
