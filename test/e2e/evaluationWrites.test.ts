import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, startGraph, token, errorCodes } from '../src/graph.js';

/**
 * Staff tools of the evaluation subgraph through the gateway (issue 13): indicators, action items and the evaluation
 * lifecycle, as staff and members use them, with their guards, versions and idempotent retries.
 */

let graph: RunningGraph;
let world: DemoWorld;
let staff: string;
let otherStaff: string;
let member: string;
let organizationId: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  organizationId = world.organizations[0]!.id;
  [staff, otherStaff, member] = await Promise.all([
    token('staff', { sub: 'e2e-staff-1' }),
    token('staff', { sub: 'e2e-staff-2' }),
    token('member', { organizationIds: [organizationId] }),
  ]);
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const INDICATOR = `id version name unit scope district { code nameJa } baseline { year value }
  targets { year value } measurements { year value } ascending archived`;

describe('indicators', () => {
  const CREATE = `mutation ($input: CreateIndicatorInput!, $key: String) {
    createIndicator(input: $input, idempotencyKey: $key) { ${INDICATOR} } }`;
  const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {
    updateIndicator(id: $id, expectedVersion: $version, input: $input) { ${INDICATOR} } }`;
  const RECORD = `mutation ($id: ID!, $year: Int!, $value: Float!) {
    recordMeasurement(indicatorId: $id, year: $year, value: $value) { ${INDICATOR} } }`;
  const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveIndicator(id: $id, expectedVersion: $version) { ${INDICATOR} } }`;

  const input = (code: string) => ({
    name: 'Disaster drill participants',
    nameJa: '防災訓練参加者数',
    unit: '人',
    description: '自治会の防災訓練に参加した住民の延べ人数。',
    scope: 'DISTRICT',
    districtCode: code,
    baseline: { year: 2023, value: 20 },
    targets: [{ year: 2028, value: 60 }],
  });

  it('lets staff create a district indicator (the district resolved by its owner), measure, correct and archive it', async () => {
    const district = world.districts[0]!;
    const created = await graph.query(CREATE, { input: input(district.code) }, staff);
    expect(created.body.errors).toBeUndefined();
    const indicator = created.body.data.createIndicator;
    expect(indicator).toMatchObject({
      version: 0,
      scope: 'DISTRICT',
      district: { code: district.code, nameJa: district.nameJa },
      ascending: true,
    });

    const measured = await graph.query(RECORD, { id: indicator.id, year: 2025, value: 150 }, staff);
    expect(measured.body.data.recordMeasurement).toMatchObject({
      version: 1,
      measurements: [{ year: 2025, value: 150 }],
    });
    const unit = await graph.query(UPDATE, { id: indicator.id, version: 1, input: { unit: '%' } }, staff);
    expect(errorCodes(unit.body)).toEqual(['CONFLICT']);
    expect(unit.body.errors[0].extensions.measurementYears).toEqual([2025]);

    const corrected = await graph.query(
      UPDATE,
      { id: indicator.id, version: 1, input: { targets: [{ year: 2028, value: 80 }] } },
      staff,
    );
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.body.data.updateIndicator).toMatchObject({
      version: 2,
      targets: [{ year: 2028, value: 80 }],
    });

    const stale = await graph.query(
      UPDATE,
      { id: indicator.id, version: 1, input: { name: 'Drill' } },
      otherStaff,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(2);

    // The indicator just changed leads the district's list by UPDATED_AT (DESC when omitted) and ends it ASC.
    const byUpdate = `query ($code: ID!, $orderBy: IndicatorOrder) {
      indicators(filter: { districtCode: $code }, orderBy: $orderBy, first: 100) { edges { node { id } } } }`;
    const ids = (body: Body): string[] => body.data.indicators.edges.map((e: Body) => e.node.id);
    const recent = await graph.query(
      byUpdate,
      { code: district.code, orderBy: { field: 'UPDATED_AT' } },
      staff,
    );
    expect(recent.body.errors).toBeUndefined();
    expect(ids(recent.body)[0]).toBe(indicator.id);
    const oldest = await graph.query(
      byUpdate,
      { code: district.code, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
      staff,
    );
    expect(ids(oldest.body)).toEqual([...ids(recent.body)].reverse());

    const listed = `query ($code: ID!) { district(code: $code) { indicatorsConnection(first: 100) { edges { node { id } } } } }`;
    // Read signed in: anonymous answers may come from the gateway's response cache for their max-age.
    const before = await graph.query(listed, { code: district.code }, staff);
    expect(before.body.data.district.indicatorsConnection.edges.map((e: Body) => e.node.id)).toContain(
      indicator.id,
    );
    const archived = await graph.query(ARCHIVE, { id: indicator.id, version: 2 }, staff);
    expect(archived.body.data.archiveIndicator).toMatchObject({ archived: true, version: 3 });
    const after = await graph.query(listed, { code: district.code }, staff);
    expect(after.body.data.district.indicatorsConnection.edges.map((e: Body) => e.node.id)).not.toContain(
      indicator.id,
    );

    // Each write left one entry, read on the indicator and in the city-wide log (owned by organizations).
    const history = await graph.query(
      `query ($id: ID!) { indicator(id: $id) { history { edges { node { operation actor { sub role } changes { field } } } } } }`,
      { id: indicator.id },
      staff,
    );
    expect(history.body.errors).toBeUndefined();
    const nodes = history.body.data.indicator.history.edges.map((edge: Body) => edge.node);
    expect(nodes.map((node: Body) => node.operation)).toEqual([
      'archiveIndicator',
      'updateIndicator',
      'recordMeasurement',
      'createIndicator',
    ]);
    expect(nodes[1]).toMatchObject({
      actor: { sub: 'e2e-staff-1', role: 'staff' },
      changes: [{ field: 'targets' }],
    });
    const log = await graph.query(
      `query ($id: ID!) { auditLog(filter: { entityType: "Indicator", entityId: $id }) { edges { node { operation entityId } } } }`,
      { id: indicator.id },
      staff,
    );
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.auditLog.edges.map((edge: Body) => edge.node.operation)).toEqual(
      nodes.map((node: Body) => node.operation),
    );
    const byMember = await graph.query(
      `query ($id: ID!) { indicator(id: $id) { history { edges { cursor } } } }`,
      { id: indicator.id },
      member,
    );
    expect(errorCodes(byMember.body)).toEqual(['FORBIDDEN']);
  });

  it('returns the first indicator when a create is retried with the same idempotency key', async () => {
    const code = world.districts[1]!.code;
    const key = 'e2e-create-indicator-0001';
    const first = await graph.query(CREATE, { input: input(code), key }, staff);
    const retry = await graph.query(CREATE, { input: input(code), key }, staff);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data.createIndicator.id).toBe(first.body.data.createIndicator.id);
    const reused = await graph.query(CREATE, { input: { ...input(code), name: 'Other' }, key }, staff);
    expect(errorCodes(reused.body)).toEqual(['CONFLICT']);
    const log = await graph.query(
      `query ($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { operation } } } }`,
      { id: first.body.data.createIndicator.id },
      staff,
    );
    expect(log.body.data.auditLog.edges).toEqual([{ node: { operation: 'createIndicator' } }]);
  });

  it('refuses bad input, unknown districts, members and anonymous callers with their codes', async () => {
    const bad = await graph.query(
      CREATE,
      { input: { ...input(world.districts[0]!.code), unit: '%', baseline: { year: 2023, value: 120 } } },
      staff,
    );
    expect(errorCodes(bad.body)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors[0].extensions.argumentName).toBe('input.baseline.value');
    const nowhere = await graph.query(CREATE, { input: input('yaizu-99') }, staff);
    expect(errorCodes(nowhere.body)).toEqual(['NOT_FOUND']);
    const byMember = await graph.query(CREATE, { input: input(world.districts[0]!.code) }, member);
    expect(errorCodes(byMember.body)).toEqual(['FORBIDDEN']);
    const anonymous = await graph.query(CREATE, { input: input(world.districts[0]!.code) });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('action items', () => {
  const FIELDS = `id version code title status yearlyPlan { fiscalYear status }`;
  const CREATE = `mutation ($input: CreateActionItemInput!, $key: String) {
    createActionItem(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
  const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
  const SET_STATUS = `mutation ($id: ID!, $fiscalYear: Int!, $status: ActionItemStatus!) {
    setActionItemStatus(id: $id, fiscalYear: $fiscalYear, status: $status) { ${FIELDS} } }`;

  it('lets staff create an item, correct it at its version and set a year’s status', async () => {
    const input = {
      code: 'VI-(1)-①',
      title: '協働事業提案制度の見直し',
      purpose: '提案から実施までの期間を短くする。',
      department: '協働推進課',
      implementers: ['GOVERNMENT'],
      yearlyPlan: [
        { fiscalYear: 2026, status: 'STUDY' },
        { fiscalYear: 2027, status: 'IMPLEMENT' },
      ],
      completionCriterion: '新しい制度で提案を受け付けている。',
    };
    const created = await graph.query(CREATE, { input }, staff);
    expect(created.body.errors).toBeUndefined();
    const item = created.body.data.createActionItem;
    expect(item).toMatchObject({ version: 0, status: 'IMPLEMENT' });
    const duplicate = await graph.query(CREATE, { input }, staff);
    expect(errorCodes(duplicate.body)).toEqual(['CONFLICT']);

    const updated = await graph.query(
      UPDATE,
      { id: item.id, version: 0, input: { title: '協働事業提案制度の改善' } },
      staff,
    );
    expect(updated.body.data.updateActionItem).toMatchObject({ version: 1, title: '協働事業提案制度の改善' });
    const stale = await graph.query(UPDATE, { id: item.id, version: 0, input: { title: 'x' } }, otherStaff);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(1);

    const status = await graph.query(SET_STATUS, { id: item.id, fiscalYear: 2027, status: 'DONE' }, staff);
    expect(status.body.data.setActionItemStatus).toMatchObject({ version: 2, status: 'DONE' });
    const byMember = await graph.query(UPDATE, { id: item.id, version: 2, input: { title: 'x' } }, member);
    expect(errorCodes(byMember.body)).toEqual(['FORBIDDEN']);
  });
});

describe('the evaluation lifecycle', () => {
  const FIELDS = `id version status overall subject { ... on Organization { id name } }`;
  const SUBMIT = `mutation ($input: SubmitEvaluationInput!, $key: String) {
    submitEvaluation(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
  const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateEvaluationInput!) {
    updateEvaluation(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
  const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishEvaluation(id: $id, expectedVersion: $version) { ${FIELDS} } }`;
  const WITHDRAW = `mutation ($id: ID!, $version: Int!) { withdrawEvaluation(id: $id, expectedVersion: $version) { ${FIELDS} } }`;
  const ORGANIZATION = `query ($id: ID!) { organization(id: $id) {
    evaluationsConnection(first: 100) { totalCount edges { node { id status } } } } }`;

  const selfInput = () => ({
    subjectType: 'ORGANIZATION',
    subjectId: organizationId,
    type: 'SELF',
    phase: 'SEE',
    fiscalYear: 2025,
    scores: [{ criterion: '有効性', score: 3 }],
    overall: 3,
    findings: '見守り活動の参加者が増えた。',
    recommendations: '若い世帯に声をかける。',
    evaluator: '自治会役員会',
    draft: true,
  });

  it('lets a member draft, correct and publish their organization’s SELF evaluation, listed on the organization only once published', async () => {
    const drafted = await graph.query(SUBMIT, { input: selfInput() }, member);
    expect(drafted.body.errors).toBeUndefined();
    const evaluation = drafted.body.data.submitEvaluation;
    expect(evaluation).toMatchObject({ status: 'DRAFT', version: 0, subject: { id: organizationId } });
    expect(evaluation.subject.name).toBe(world.organizations[0]!.name);

    const listed = async () =>
      (
        await graph.query(ORGANIZATION, { id: organizationId }, staff)
      ).body.data.organization.evaluationsConnection.edges.map((edge: Body) => edge.node.id);
    expect(await listed()).not.toContain(evaluation.id);

    const corrected = await graph.query(
      UPDATE,
      { id: evaluation.id, version: 0, input: { overall: 4 } },
      member,
    );
    expect(corrected.body.data.updateEvaluation).toMatchObject({ overall: 4, version: 1 });
    const stale = await graph.query(UPDATE, { id: evaluation.id, version: 0, input: { overall: 2 } }, member);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(1);
    const byOtherStaff = await graph.query(
      UPDATE,
      { id: evaluation.id, version: 1, input: { overall: 2 } },
      otherStaff,
    );
    expect(errorCodes(byOtherStaff.body)).toEqual(['FORBIDDEN']);
    const invalid = await graph.query(
      UPDATE,
      { id: evaluation.id, version: 1, input: { overall: 9 } },
      member,
    );
    expect(errorCodes(invalid.body)).toEqual(['BAD_USER_INPUT']);

    const published = await graph.query(PUBLISH, { id: evaluation.id, version: 1 }, member);
    expect(published.body.data.publishEvaluation).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(await listed()).toContain(evaluation.id);
    const late = await graph.query(WITHDRAW, { id: evaluation.id, version: 2 }, member);
    expect(errorCodes(late.body)).toEqual(['CONFLICT']);

    const log = await graph.query(
      `query ($id: ID!) { auditLog(filter: { entityType: "Evaluation", entityId: $id }) {
        edges { node { operation actor { sub role organizationIds } } } } }`,
      { id: evaluation.id },
      staff,
    );
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.auditLog.edges.map((edge: Body) => edge.node)).toEqual(
      ['publishEvaluation', 'updateEvaluation', 'submitEvaluation'].map((operation) => ({
        operation,
        actor: { sub: 'e2e-member', role: 'member', organizationIds: [organizationId] },
      })),
    );
  });

  it('withdraws a draft, and keeps drafts from anonymous readers', async () => {
    const drafted = await graph.query(SUBMIT, { input: selfInput() }, member);
    const { id } = drafted.body.data.submitEvaluation;
    const anonymous = await graph.query(`query ($id: ID!) { evaluation(id: $id) { id } }`, { id });
    expect(errorCodes(anonymous.body)).toEqual(['NOT_FOUND']);
    const withdrawAnonymously = await graph.query(WITHDRAW, { id, version: 0 });
    expect(errorCodes(withdrawAnonymously.body)).toEqual(['UNAUTHENTICATED']);
    const withdrawn = await graph.query(WITHDRAW, { id, version: 0 }, member);
    expect(withdrawn.body.data.withdrawEvaluation).toMatchObject({ status: 'WITHDRAWN', version: 1 });
  });

  it('pages Organization.evaluationsConnection, and still answers the deprecated list', async () => {
    const subject = world.evaluation.evaluations.find((e) => e.subjectType === 'ORGANIZATION')!.subjectId;
    const PAGED = `query ($id: ID!, $after: String) { organization(id: $id) {
      evaluations { id }
      evaluationsConnection(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const first = await graph.query(PAGED, { id: subject });
    expect(first.body.errors).toBeUndefined();
    const { evaluations, evaluationsConnection } = first.body.data.organization;
    expect(evaluationsConnection.totalCount).toBe(evaluations.length);
    const ids = evaluationsConnection.edges.map((edge: Body) => edge.node.id);
    let page = evaluationsConnection;
    while (page.pageInfo.hasNextPage) {
      const next = await graph.query(PAGED, { id: subject, after: page.pageInfo.endCursor });
      page = next.body.data.organization.evaluationsConnection;
      ids.push(...page.edges.map((edge: Body) => edge.node.id));
    }
    expect(ids).toEqual(evaluations.map((e: Body) => e.id));
  });
});
