import { demoActionItemId } from '@kyodo/seed';
import {
  errorCodes,
  memberOf,
  resident,
  staff,
  startSeededEvaluation,
  UNKNOWN_ID,
  type SeededEvaluation,
} from './support.js';

// Staff write paths of action items (issue 13): create and update; yearly statuses stay setActionItemStatus's.

const FIELDS = `id version code title purpose department implementers targets
  yearlyPlan { fiscalYear status } completionCriterion status`;
const CREATE = `mutation ($input: CreateActionItemInput!, $key: String) {
  createActionItem(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
  updateActionItem(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
const SET_STATUS = `mutation ($id: ID!, $fiscalYear: Int!, $status: ActionItemStatus!, $version: Int) {
  setActionItemStatus(id: $id, fiscalYear: $fiscalYear, status: $status, expectedVersion: $version) { ${FIELDS} } }`;

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

let codes = 0;
function itemInput(overrides: Record<string, unknown> = {}) {
  codes += 1;
  return {
    code: `V-(1)-${codes}`,
    title: '地域の見守り活動の支援',
    purpose: '高齢者の見守りを地域ぐるみで進める。',
    department: '地域福祉課',
    implementers: ['GOVERNMENT', 'COMMUNITY', 'COMMUNITY'],
    targets: ['CITIZEN'],
    yearlyPlan: [
      { fiscalYear: 2026, status: 'STUDY' },
      { fiscalYear: 2027, status: 'IMPLEMENT' },
      { fiscalYear: 2028, status: 'CONTINUE' },
    ],
    completionCriterion: '全地区で見守り体制ができている。',
    ...overrides,
  };
}

describe('createActionItem', () => {
  it('creates an item at version 0 with actors once each in plan order and the last plan year as its status', async () => {
    const response = await seeded.subgraph.query(CREATE, { input: itemInput() }, staff);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createActionItem).toMatchObject({
      version: 0,
      implementers: ['COMMUNITY', 'GOVERNMENT'],
      targets: ['CITIZEN'],
      status: 'CONTINUE',
      yearlyPlan: [
        { fiscalYear: 2026, status: 'STUDY' },
        { fiscalYear: 2027, status: 'IMPLEMENT' },
        { fiscalYear: 2028, status: 'CONTINUE' },
      ],
    });
  });

  it('is CONFLICT for a code another item has', async () => {
    const response = await seeded.subgraph.query(CREATE, { input: itemInput({ code: 'I-(2)-②' }) }, staff);
    expect(errorCodes(response.body)).toEqual(['CONFLICT']);
    expect(response.body.errors![0].message).toMatch(/I-\(2\)-②/);
  });

  it('refuses bad input with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ code: ' ' }, 'input.code'],
      [{ code: 'x'.repeat(31) }, 'input.code'],
      [{ title: '' }, 'input.title'],
      [{ department: 'x'.repeat(101) }, 'input.department'],
      [{ yearlyPlan: [] }, 'input.yearlyPlan'],
      [{ yearlyPlan: [{ fiscalYear: 1999, status: 'STUDY' }] }, 'input.yearlyPlan[0].fiscalYear'],
      [
        {
          yearlyPlan: [
            { fiscalYear: 2027, status: 'STUDY' },
            { fiscalYear: 2026, status: 'DONE' },
          ],
        },
        'input.yearlyPlan',
      ],
      [{ completionCriterion: 'a\u0007' }, 'input.completionCriterion'],
    ];
    for (const [overrides, argumentName] of cases) {
      const response = await seeded.subgraph.query(CREATE, { input: itemInput(overrides) }, staff);
      expect({ overrides, codes: errorCodes(response.body) }).toEqual({
        overrides,
        codes: ['BAD_USER_INPUT'],
      });
      expect(response.body.errors![0].extensions.argumentName).toBe(argumentName);
    }
  });

  it('is staff only', async () => {
    for (const viewer of [resident, memberOf(seeded.world.organizations[0]!.id)]) {
      const response = await seeded.subgraph.query(CREATE, { input: itemInput() }, viewer);
      expect(errorCodes(response.body)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes((await seeded.subgraph.query(CREATE, { input: itemInput() })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('updateActionItem', () => {
  async function fresh() {
    const response = await seeded.subgraph.query(CREATE, { input: itemInput() }, staff);
    return response.body.data.createActionItem as { id: string; code: string };
  }

  it('corrects the text and actors at the version read, keeping the plan', async () => {
    const item = await fresh();
    const response = await seeded.subgraph.query(
      UPDATE,
      { id: item.id, version: 0, input: { title: '見守り活動の支援', targets: ['CITIZEN', 'BUSINESS'] } },
      staff,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.updateActionItem).toMatchObject({
      version: 1,
      title: '見守り活動の支援',
      targets: ['CITIZEN', 'BUSINESS'],
      status: 'CONTINUE',
    });
  });

  it('is CONFLICT for a stale version (with the current one) and for a code that is taken', async () => {
    const item = await fresh();
    await seeded.subgraph.query(UPDATE, { id: item.id, version: 0, input: { title: 'A' } }, staff);
    const stale = await seeded.subgraph.query(
      UPDATE,
      { id: item.id, version: 0, input: { title: 'B' } },
      staff,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(1);
    const taken = await seeded.subgraph.query(
      UPDATE,
      { id: item.id, version: 1, input: { code: 'I-(2)-②' } },
      staff,
    );
    expect(errorCodes(taken.body)).toEqual(['CONFLICT']);
    expect(taken.body.errors![0].extensions.currentVersion).toBeUndefined();
    // Keeping its own code is no conflict.
    const same = await seeded.subgraph.query(
      UPDATE,
      { id: item.id, version: 1, input: { code: item.code } },
      staff,
    );
    expect(same.body.errors).toBeUndefined();
  });

  it('refuses an empty change, an unknown id and non-staff callers', async () => {
    const item = await fresh();
    expect(
      errorCodes((await seeded.subgraph.query(UPDATE, { id: item.id, version: 0, input: {} }, staff)).body),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        (await seeded.subgraph.query(UPDATE, { id: UNKNOWN_ID, version: 0, input: { title: 'x' } }, staff))
          .body,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        (await seeded.subgraph.query(UPDATE, { id: item.id, version: 0, input: { title: 'x' } }, resident))
          .body,
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('setActionItemStatus with a version', () => {
  it('counts the version up, and is CONFLICT for a stale expectedVersion', async () => {
    const id = demoActionItemId('I-(2)-③');
    const read = await seeded.subgraph.query(`query ($id: ID!) { actionItem(id: $id) { version } }`, { id });
    const version = read.body.data.actionItem.version as number;
    const set = await seeded.subgraph.query(
      SET_STATUS,
      { id, fiscalYear: 2012, status: 'DONE', version },
      staff,
    );
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data.setActionItemStatus).toMatchObject({ version: version + 1, status: 'DONE' });
    const stale = await seeded.subgraph.query(
      SET_STATUS,
      { id, fiscalYear: 2011, status: 'REVIEW', version },
      staff,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(version + 1);
    // Without a version, the status is set on whatever version is current.
    const unversioned = await seeded.subgraph.query(
      SET_STATUS,
      { id, fiscalYear: 2011, status: 'REVIEW' },
      staff,
    );
    expect(unversioned.body.data.setActionItemStatus.version).toBe(version + 2);
  });
});
