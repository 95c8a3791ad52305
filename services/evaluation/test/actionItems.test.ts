import { demoActionItemId } from '@kyodo/seed';
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

const FIELDS = `id code title purpose department implementers targets yearlyPlan { fiscalYear status } completionCriterion status`;
const ACTION_ITEMS = `query ($fiscalYear: Int, $department: String, $status: ActionItemStatus) {
  actionItems(fiscalYear: $fiscalYear, department: $department, status: $status) { ${FIELDS} }
}`;
const SET_STATUS = `mutation ($id: ID!, $fiscalYear: Int!, $status: ActionItemStatus!) {
  setActionItemStatus(id: $id, fiscalYear: $fiscalYear, status: $status) { ${FIELDS} }
}`;

// The items docs/domain.md names from Yamaguchi's action plan (2008-2012).
const YAMAGUCHI_ITEMS: [string, string][] = [
  ['I-(1)-①', '地域交流センターの設置'],
  ['I-(2)-①', '自治会等自治振興交付金の創設・活用'],
  ['I-(2)-②', '地域づくり運営支援交付金'],
  ['I-(2)-③', '地域づくり活動支援交付金'],
  ['I-(2)-⑤', 'コミュニティ活動保険'],
  ['I-(3)-①', '各種助成、補助金制度の情報提供'],
  ['II-(4)-①', '人材や団体情報の集約、データベース化'],
  ['IV-(3)-②', '市協働のまちづくり推進委員会による評価の実施'],
];

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

async function actionItems(variables: Record<string, unknown> = {}) {
  const response = await seeded.subgraph.query(ACTION_ITEMS, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.actionItems as {
    id: string;
    code: string;
    department: string;
    yearlyPlan: { fiscalYear: number; status: string }[];
    status: string;
  }[];
}

describe('actionItems', () => {
  it("lists Yamaguchi's action items by code, each planned for FY2008-2012 with an owning department", async () => {
    const items = await actionItems();
    expect(items.map((item) => item.code)).toEqual(YAMAGUCHI_ITEMS.map(([code]) => code));
    for (const [code, title] of YAMAGUCHI_ITEMS) {
      const item = items.find((i) => i.code === code)!;
      expect(item).toMatchObject({ id: demoActionItemId(code), title });
      expect(item.yearlyPlan.map((entry) => entry.fiscalYear)).toEqual([2008, 2009, 2010, 2011, 2012]);
      expect(item.department).toMatch(/課$/);
      // The item's status is where its plan ends.
      expect(item.status).toBe(item.yearlyPlan[4]!.status);
    }
    expect(items.filter((item) => item.department === '協働推進課').length).toBeGreaterThan(0);
  });

  it('filters by department', async () => {
    const items = await actionItems({ department: '協働推進課' });
    const expected = seeded.demo.actionItems.filter((item) => item.department === '協働推進課');
    expect(items.map((item) => item.code)).toEqual(expected.map((item) => item.code));
    expect(items.length).toBeLessThan(seeded.demo.actionItems.length);
  });

  it("filters by the status planned for a fiscal year, matching that year's entry only", async () => {
    const items = await actionItems({ fiscalYear: 2009, status: 'IMPLEMENT' });
    const expected = seeded.demo.actionItems.filter((item) =>
      item.yearlyPlan.some((entry) => entry.fiscalYear === 2009 && entry.status === 'IMPLEMENT'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((item) => item.code)).toEqual(expected.map((item) => item.code));
    // I-(2)-① was implemented in 2008, not 2009: an item with IMPLEMENT in another year must not match.
    expect(items.map((item) => item.code)).not.toContain('I-(2)-①');
  });

  it('filters by the status at the end of the plan when no fiscal year is given', async () => {
    const done = await actionItems({ status: 'DONE' });
    expect(done.map((item) => item.code)).toEqual(
      seeded.demo.actionItems.filter((item) => item.status === 'DONE').map((item) => item.code),
    );
    expect(done.length).toBeGreaterThan(0);
  });

  it('with a fiscal year alone, lists the items planned in it', async () => {
    expect(await actionItems({ fiscalYear: 2020 })).toEqual([]);
    expect(await actionItems({ fiscalYear: 2010 })).toHaveLength(seeded.demo.actionItems.length);
  });
});

describe('actionItem(id)', () => {
  const ACTION_ITEM = `query ($id: ID!) { actionItem(id: $id) { ${FIELDS} } }`;

  it('returns one item, NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const response = await seeded.subgraph.query(ACTION_ITEM, { id: demoActionItemId('I-(2)-⑤') });
    expect(response.body.data.actionItem).toMatchObject({
      code: 'I-(2)-⑤',
      title: 'コミュニティ活動保険',
      implementers: ['GOVERNMENT'],
      targets: ['COMMUNITY', 'CIVIC_GROUP', 'CITIZEN'],
    });
    await expectIdErrors(seeded.subgraph, ACTION_ITEM, 'I-(2)-⑤');
  });
});

describe('setActionItemStatus', () => {
  it("sets a year's status without touching the others, and the item's status only from the plan's last year", async () => {
    const id = demoActionItemId('I-(2)-②');
    const before = (await actionItems()).find((item) => item.id === id)!;
    const midway = await seeded.subgraph.query(
      SET_STATUS,
      { id, fiscalYear: 2010, status: 'PARTIAL' },
      staff,
    );
    expect(midway.body.errors).toBeUndefined();
    const updated = midway.body.data.setActionItemStatus;
    expect(updated.yearlyPlan).toEqual(
      before.yearlyPlan.map((entry) =>
        entry.fiscalYear === 2010 ? { fiscalYear: 2010, status: 'PARTIAL' } : entry,
      ),
    );
    expect(updated.status).toBe(before.status);

    const last = await seeded.subgraph.query(SET_STATUS, { id, fiscalYear: 2012, status: 'DONE' }, staff);
    expect(last.body.data.setActionItemStatus.status).toBe('DONE');
    // Stored: the filters see the new statuses.
    expect((await actionItems({ status: 'DONE' })).map((item) => item.id)).toContain(id);
    expect((await actionItems({ fiscalYear: 2010, status: 'PARTIAL' })).map((item) => item.id)).toContain(id);
  });

  it('refuses a fiscal year outside the plan, a malformed id and an unknown one', async () => {
    const id = demoActionItemId('I-(3)-①');
    const outside = await seeded.subgraph.query(SET_STATUS, { id, fiscalYear: 2013, status: 'DONE' }, staff);
    expect(errorCodes(outside.body)).toEqual(['BAD_USER_INPUT']);
    expect(outside.body.errors?.[0].message).toContain('FY2008-FY2012');
    const malformed = await seeded.subgraph.query(
      SET_STATUS,
      { id: 'x', fiscalYear: 2010, status: 'DONE' },
      staff,
    );
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT']);
    const unknown = await seeded.subgraph.query(
      SET_STATUS,
      { id: UNKNOWN_ID, fiscalYear: 2010, status: 'DONE' },
      staff,
    );
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    const badStatus = await seeded.subgraph.query(
      SET_STATUS,
      { id, fiscalYear: 2010, status: 'FINISHED' },
      staff,
    );
    expect(badStatus.status).toBe(400);
    expect(errorCodes(badStatus.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('is only for staff and writes nothing otherwise', async () => {
    const id = demoActionItemId('II-(4)-①');
    const before = (await actionItems()).find((item) => item.id === id)!;
    const variables = { id, fiscalYear: 2012, status: 'REVIEW' };
    expect(errorCodes((await seeded.subgraph.query(SET_STATUS, variables)).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(errorCodes((await seeded.subgraph.query(SET_STATUS, variables, resident)).body)).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes((await seeded.subgraph.query(SET_STATUS, variables, memberOf(UNKNOWN_ID))).body),
    ).toEqual(['FORBIDDEN']);
    expect((await actionItems()).find((item) => item.id === id)).toEqual(before);
  });
});
