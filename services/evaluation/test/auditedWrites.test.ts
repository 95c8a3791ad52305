import { demoActionItemId, demoIndicatorId, INDICATOR_KEYS } from '@kyodo/seed';
import { errorCodes, memberOf, startSeededEvaluation, staff, type SeededEvaluation } from './support.js';

// Every evaluation write leaves its audit entry (read through history), and creates are idempotent (issue 13).

const HISTORY = `history(first: 20) { edges { node { operation entityType entityId actor { sub role organizationIds }
  changes { field before after } } } }`;

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

type Entry = {
  operation: string;
  entityType: string;
  entityId: string;
  actor: { sub: string; role: string; organizationIds: string[] };
  changes: { field: string; before: string | null; after: string | null }[];
};
const entries = (history: { edges: { node: Entry }[] }) => history.edges.map((edge) => edge.node);

describe('idempotent creates', () => {
  const CREATE = `mutation ($input: CreateIndicatorInput!, $key: String) {
    createIndicator(input: $input, idempotencyKey: $key) { id version ${HISTORY} } }`;
  const input = {
    name: 'Neighbourhood cafés',
    nameJa: '地域カフェの数',
    unit: '箇所',
    description: '市内で開かれている地域カフェの数。',
    scope: 'CITY',
    baseline: { year: 2023, value: 12 },
    targets: [{ year: 2027, value: 20 }],
  };

  it('returns the first indicator for a retry with the same key, with one entry, and refuses the key for another input', async () => {
    const key = 'create-cafes-0001';
    const first = await seeded.subgraph.query(CREATE, { input, key }, staff);
    expect(first.body.errors).toBeUndefined();
    const retry = await seeded.subgraph.query(CREATE, { input, key }, staff);
    expect(retry.body.data.createIndicator.id).toBe(first.body.data.createIndicator.id);
    const history = entries(retry.body.data.createIndicator.history);
    expect(history.map((e) => e.operation)).toEqual(['createIndicator']);
    expect(history[0]!.changes).toContainEqual({ field: 'unit', before: null, after: '"箇所"' });

    const other = await seeded.subgraph.query(CREATE, { input: { ...input, name: 'Cafés' }, key }, staff);
    expect(errorCodes(other.body)).toEqual(['CONFLICT']);
    expect(other.body.errors![0].extensions.argumentName).toBe('idempotencyKey');
    const short = await seeded.subgraph.query(CREATE, { input, key: 'short' }, staff);
    expect(errorCodes(short.body)).toEqual(['BAD_USER_INPUT']);
    // Without a key, every call creates.
    const a = await seeded.subgraph.query(CREATE, { input }, staff);
    const b = await seeded.subgraph.query(CREATE, { input }, staff);
    expect(a.body.data.createIndicator.id).not.toBe(b.body.data.createIndicator.id);
  });

  it('makes a retried action item and a retried evaluation return the first one too', async () => {
    const item = {
      code: 'VII-(1)-①',
      title: '協働の手引きの改訂',
      purpose: '新しい制度を反映する。',
      department: '協働推進課',
      yearlyPlan: [{ fiscalYear: 2026, status: 'STUDY' }],
      completionCriterion: '改訂版を公開している。',
    };
    const CREATE_ITEM = `mutation ($input: CreateActionItemInput!, $key: String) { createActionItem(input: $input, idempotencyKey: $key) { id } }`;
    const first = await seeded.subgraph.query(CREATE_ITEM, { input: item, key: 'item-retry-0001' }, staff);
    const retry = await seeded.subgraph.query(CREATE_ITEM, { input: item, key: 'item-retry-0001' }, staff);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data.createActionItem.id).toBe(first.body.data.createActionItem.id);

    const organizationId = seeded.world.organizations[0]!.id;
    const evaluation = {
      subjectType: 'ORGANIZATION',
      subjectId: organizationId,
      type: 'SELF',
      phase: 'DO',
      fiscalYear: 2025,
      scores: [{ criterion: '必要性', score: 4 }],
      overall: 4,
      findings: '計画どおり進んでいる。',
      recommendations: '続ける。',
      evaluator: '役員会',
      draft: true,
    };
    const SUBMIT = `mutation ($input: SubmitEvaluationInput!, $key: String) { submitEvaluation(input: $input, idempotencyKey: $key) { id } }`;
    const member = memberOf(organizationId);
    const submitted = await seeded.subgraph.query(
      SUBMIT,
      { input: evaluation, key: 'self-2025-0001' },
      member,
    );
    const again = await seeded.subgraph.query(SUBMIT, { input: evaluation, key: 'self-2025-0001' }, member);
    expect(again.body.data.submitEvaluation.id).toBe(submitted.body.data.submitEvaluation.id);
  });
});

describe('history', () => {
  it('records each write with its actor and the fields it changed, newest first', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies);
    const read = await seeded.subgraph.query(`query ($id: ID!) { indicator(id: $id) { version } }`, { id });
    const version = read.body.data.indicator.version as number;
    await seeded.subgraph.query(
      `mutation ($id: ID!) { recordMeasurement(indicatorId: $id, year: 2025, value: 42) { id } }`,
      { id },
      staff,
    );
    const updated = await seeded.subgraph.query(
      `mutation ($id: ID!, $version: Int!) { updateIndicator(id: $id, expectedVersion: $version, input: { nameJa: "弱いつながり" }) {
        version ${HISTORY} } }`,
      { id, version: version + 1 },
      staff,
    );
    expect(updated.body.errors).toBeUndefined();
    const history = entries(updated.body.data.updateIndicator.history);
    expect(history.map((e) => e.operation)).toEqual(['updateIndicator', 'recordMeasurement']);
    expect(history[0]).toMatchObject({
      entityType: 'Indicator',
      entityId: id,
      actor: { sub: staff.sub, role: 'staff', organizationIds: [] },
    });
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['nameJa']);
    expect(JSON.parse(history[0]!.changes[0]!.after!)).toBe('弱いつながり');
    expect(history[1]!.changes.map((c) => c.field)).toEqual(['measurements']);
    expect(JSON.parse(history[1]!.changes[0]!.after!)).toContainEqual({ year: 2025, value: 42, note: null });
  });

  it('records the status change of a plan year by its path, and is staff only', async () => {
    const id = demoActionItemId('I-(1)-①');
    const set = await seeded.subgraph.query(
      `mutation ($id: ID!) { setActionItemStatus(id: $id, fiscalYear: 2010, status: REVIEW) { ${HISTORY} } }`,
      { id },
      staff,
    );
    expect(set.body.errors).toBeUndefined();
    const [entry] = entries(set.body.data.setActionItemStatus.history);
    expect(entry!.operation).toBe('setActionItemStatus');
    expect(entry!.changes.map((c) => c.field)).toContain('yearlyPlan.2.status');

    const member = memberOf(seeded.world.organizations[0]!.id);
    const refused = await seeded.subgraph.query(
      `query ($id: ID!) { actionItem(id: $id) { history { edges { cursor } } } }`,
      { id },
      member,
    );
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN']);
    const anonymous = await seeded.subgraph.query(
      `query ($id: ID!) { actionItem(id: $id) { history { edges { cursor } } } }`,
      { id },
    );
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('records an unchanged write as nothing', async () => {
    const id = demoActionItemId('I-(1)-①');
    const SET = `mutation ($id: ID!) { setActionItemStatus(id: $id, fiscalYear: 2011, status: DONE) { version ${HISTORY} } }`;
    const first = await seeded.subgraph.query(SET, { id }, staff);
    const second = await seeded.subgraph.query(SET, { id }, staff);
    expect(second.body.data.setActionItemStatus.version).toBe(first.body.data.setActionItemStatus.version);
    expect(entries(second.body.data.setActionItemStatus.history)).toHaveLength(
      entries(first.body.data.setActionItemStatus.history).length,
    );
  });
});
