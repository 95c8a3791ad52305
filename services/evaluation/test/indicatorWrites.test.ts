import { demoIndicatorId, INDICATOR_KEYS } from '@kyodo/seed';
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

// Staff write paths of indicators (issue 13): create, update, archive, and measurements that keep fitting the unit.

const FIELDS = `id version name nameJa unit description scope district { code } facility { id }
  baseline { year value } targets { year value } measurements { year value } direction ascending onTrack
  archived archivedAt updatedAt`;
const CREATE = `mutation ($input: CreateIndicatorInput!, $key: String) {
  createIndicator(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {
  updateIndicator(id: $id, expectedVersion: $version, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveIndicator(id: $id, expectedVersion: $version) { ${FIELDS} } }`;
const RECORD = `mutation ($id: ID!, $year: Int!, $value: Float!, $version: Int) {
  recordMeasurement(indicatorId: $id, year: $year, value: $value, expectedVersion: $version) { ${FIELDS} } }`;
const INDICATORS = `query ($filter: IndicatorFilter, $orderBy: IndicatorOrder, $first: Int, $after: String) {
  indicators(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name updatedAt } } } }`;

type Page = {
  edges: { node: { id: string; updatedAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

function cityInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Volunteer registrations',
    nameJa: 'ボランティア登録者数',
    unit: '人',
    description: '市民活動支援センターに登録したボランティアの数。',
    scope: 'CITY',
    baseline: { year: 2022, value: 1200 },
    targets: [
      { year: 2026, value: 1500 },
      { year: 2030, value: 1800 },
    ],
    ...overrides,
  };
}

async function create(input: Record<string, unknown>, key?: string) {
  return seeded.subgraph.query(CREATE, { input, key }, staff);
}

describe('createIndicator', () => {
  it('creates a city indicator at version 0, listed by name, and a district one naming an existing district', async () => {
    const response = await create(cityInput({ name: ' Volunteer registrations ' }));
    expect(response.body.errors).toBeUndefined();
    const created = response.body.data.createIndicator;
    expect(created).toMatchObject({
      version: 0,
      name: 'Volunteer registrations',
      unit: '人',
      scope: 'CITY',
      baseline: { year: 2022, value: 1200 },
      targets: [
        { year: 2026, value: 1500 },
        { year: 2030, value: 1800 },
      ],
      measurements: [],
      direction: null,
      ascending: true,
      archived: false,
      archivedAt: null,
    });
    const listed = await seeded.subgraph.query(INDICATORS, { filter: { scope: 'CITY' }, first: 100 });
    expect(listed.body.data.indicators.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      created.id,
    );

    const district = seeded.world.districts[0]!.code;
    const local = await create(
      cityInput({ name: 'Local volunteers', scope: 'DISTRICT', districtCode: district }),
    );
    expect(local.body.errors).toBeUndefined();
    expect(local.body.data.createIndicator.district).toEqual({ code: district });
  });

  it('takes a stated direction for a plan that only keeps a value, and judges on track by it', async () => {
    const response = await create(
      cityInput({
        name: 'Vacant houses kept low',
        unit: '件',
        baseline: { year: 2020, value: 40 },
        targets: [{ year: 2025, value: 40 }],
        direction: 'DECREASE',
      }),
    );
    expect(response.body.errors).toBeUndefined();
    const created = response.body.data.createIndicator;
    expect(created).toMatchObject({ direction: 'DECREASE', ascending: false });
    const measured = await seeded.subgraph.query(RECORD, { id: created.id, year: 2024, value: 38 }, staff);
    expect(measured.body.errors).toBeUndefined();
    expect(measured.body.data.recordMeasurement).toMatchObject({ onTrack: true, version: 1 });
  });

  it('refuses bad input with BAD_USER_INPUT naming the argument', async () => {
    const district = seeded.world.districts[0]!.code;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, 'input.name'],
      [{ unit: 'x'.repeat(21) }, 'input.unit'],
      [{ unit: '%', baseline: { year: 2022, value: 120 } }, 'input.baseline.value'],
      [{ baseline: { year: 2022, value: 12.5 } }, 'input.baseline.value'],
      [{ baseline: { year: 1800, value: 1 } }, 'input.baseline.year'],
      [{ baseline: { year: 2027, value: 1 } }, 'input.baseline.year'],
      [{ targets: [{ year: 2026, value: -1 }] }, 'input.targets[0].value'],
      [{ targets: [{ year: 2020, value: 1500 }] }, 'input.targets'],
      [
        {
          targets: [
            { year: 2026, value: 1500 },
            { year: 2026, value: 1600 },
          ],
        },
        'input.targets',
      ],
      [
        {
          targets: [
            { year: null, value: 1500 },
            { year: 2026, value: 1600 },
          ],
        },
        'input.targets',
      ],
      [{ direction: 'DECREASE' }, 'input.direction'],
      [{ scope: 'DISTRICT' }, 'input.districtCode'],
      [{ districtCode: district }, 'input.districtCode'],
      [{ scope: 'FACILITY', facilityId: 'nope' }, 'input.facilityId'],
      [{ description: 'a\u0000b' }, 'input.description'],
    ];
    for (const [overrides, argumentName] of cases) {
      const response = await create(cityInput(overrides));
      expect({ overrides, codes: errorCodes(response.body) }).toEqual({
        overrides,
        codes: ['BAD_USER_INPUT'],
      });
      expect(response.body.errors![0].extensions.argumentName).toBe(argumentName);
    }
  });

  it('is NOT_FOUND for a district or facility that does not exist', async () => {
    const district = await create(cityInput({ scope: 'DISTRICT', districtCode: 'yaizu-99' }));
    expect(errorCodes(district.body)).toEqual(['NOT_FOUND']);
    const facility = await create(cityInput({ scope: 'FACILITY', facilityId: UNKNOWN_ID }));
    expect(errorCodes(facility.body)).toEqual(['NOT_FOUND']);
  });

  it('is staff only: FORBIDDEN for members and residents, UNAUTHENTICATED anonymously', async () => {
    for (const viewer of [resident, memberOf(seeded.world.organizations[0]!.id)]) {
      expect(errorCodes((await seeded.subgraph.query(CREATE, { input: cityInput() }, viewer)).body)).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(errorCodes((await seeded.subgraph.query(CREATE, { input: cityInput() })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('updateIndicator', () => {
  async function fresh(overrides: Record<string, unknown> = {}) {
    const response = await create(cityInput({ name: `Indicator ${Math.random()}`, ...overrides }));
    expect(response.body.errors).toBeUndefined();
    return response.body.data.createIndicator as { id: string; version: number };
  }

  it('corrects names, baseline, targets and direction at the version read, and counts the version up', async () => {
    const indicator = await fresh();
    const response = await seeded.subgraph.query(
      UPDATE,
      {
        id: indicator.id,
        version: 0,
        input: {
          nameJa: 'ボランティア登録者数（延べ）',
          baseline: { year: 2021, value: 1100 },
          targets: [{ year: 2030, value: 2000 }],
        },
      },
      staff,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.updateIndicator).toMatchObject({
      version: 1,
      nameJa: 'ボランティア登録者数（延べ）',
      baseline: { year: 2021, value: 1100 },
      targets: [{ year: 2030, value: 2000 }],
    });
    const cleared = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 1, input: { targets: [], direction: 'INCREASE' } },
      staff,
    );
    expect(cleared.body.data.updateIndicator).toMatchObject({ version: 2, targets: [], ascending: true });
    const derived = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 2, input: { direction: null } },
      staff,
    );
    expect(derived.body.data.updateIndicator).toMatchObject({ direction: null, ascending: null });
  });

  it('is CONFLICT naming the current version for a stale expectedVersion, and changes nothing', async () => {
    const indicator = await fresh();
    await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 0, input: { name: 'First edit' } },
      staff,
    );
    const stale = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 0, input: { name: 'Second edit' } },
      staff,
    );
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(1);
    const read = await seeded.subgraph.query(`query ($id: ID!) { indicator(id: $id) { name version } }`, {
      id: indicator.id,
    });
    expect(read.body.data.indicator).toEqual({ name: 'First edit', version: 1 });
  });

  it('refuses a unit or baseline the measurements would violate with CONFLICT naming their years', async () => {
    const indicator = await fresh({ unit: '人', baseline: { year: 2020, value: 50 }, targets: [] });
    for (const [year, value] of [
      [2021, 60],
      [2023, 140],
      [2024, 90],
    ] as const) {
      const recorded = await seeded.subgraph.query(RECORD, { id: indicator.id, year, value }, staff);
      expect(recorded.body.errors).toBeUndefined();
    }
    const percent = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 3, input: { unit: '%' } },
      staff,
    );
    expect(errorCodes(percent.body)).toEqual(['CONFLICT']);
    expect(percent.body.errors![0].extensions.measurementYears).toEqual([2023]);
    expect(percent.body.errors![0].message).toMatch(/2023 \(140\)/);

    const later = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 3, input: { baseline: { year: 2022, value: 50 } } },
      staff,
    );
    expect(errorCodes(later.body)).toEqual(['CONFLICT']);
    expect(later.body.errors![0].extensions.measurementYears).toEqual([2021]);

    // Once the offending year is corrected, the unit may change.
    await seeded.subgraph.query(RECORD, { id: indicator.id, year: 2023, value: 70 }, staff);
    const fixed = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 4, input: { unit: '%' } },
      staff,
    );
    expect(fixed.body.errors).toBeUndefined();
    expect(fixed.body.data.updateIndicator.unit).toBe('%');
    // And measurements keep fitting it.
    const over = await seeded.subgraph.query(RECORD, { id: indicator.id, year: 2025, value: 101 }, staff);
    expect(errorCodes(over.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a unit the kept baseline does not fit, an empty change, and unknown or malformed ids', async () => {
    const indicator = await fresh({ baseline: { year: 2022, value: 1200 } });
    const unit = await seeded.subgraph.query(
      UPDATE,
      { id: indicator.id, version: 0, input: { unit: '%' } },
      staff,
    );
    expect(errorCodes(unit.body)).toEqual(['BAD_USER_INPUT']);
    expect(unit.body.errors![0].extensions.argumentName).toBe('input.unit');
    const nothing = await seeded.subgraph.query(UPDATE, { id: indicator.id, version: 0, input: {} }, staff);
    expect(errorCodes(nothing.body)).toEqual(['BAD_USER_INPUT']);
    const unknown = await seeded.subgraph.query(
      UPDATE,
      { id: UNKNOWN_ID, version: 0, input: { name: 'x' } },
      staff,
    );
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND']);
    const malformed = await seeded.subgraph.query(
      UPDATE,
      { id: 'x', version: 0, input: { name: 'x' } },
      staff,
    );
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('archiveIndicator', () => {
  it('takes the indicator out of the lists, refuses further writes, and archiving again changes nothing', async () => {
    const created = (await create(cityInput({ name: 'Soon archived' }))).body.data.createIndicator;
    const archived = await seeded.subgraph.query(ARCHIVE, { id: created.id, version: 0 }, staff);
    expect(archived.body.errors).toBeUndefined();
    expect(archived.body.data.archiveIndicator).toMatchObject({ archived: true, version: 1 });
    expect(Date.parse(archived.body.data.archiveIndicator.archivedAt)).not.toBeNaN();

    const again = await seeded.subgraph.query(ARCHIVE, { id: created.id, version: 0 }, staff);
    expect(again.body.data.archiveIndicator.version).toBe(1);

    const active = await seeded.subgraph.query(INDICATORS, { first: 100 });
    expect(active.body.data.indicators.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      created.id,
    );
    const retired = await seeded.subgraph.query(INDICATORS, { filter: { archived: true }, first: 100 });
    expect(retired.body.data.indicators.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      created.id,
    );

    const update = await seeded.subgraph.query(
      UPDATE,
      { id: created.id, version: 1, input: { name: 'x' } },
      staff,
    );
    expect(errorCodes(update.body)).toEqual(['CONFLICT']);
    const record = await seeded.subgraph.query(RECORD, { id: created.id, year: 2024, value: 1300 }, staff);
    expect(errorCodes(record.body)).toEqual(['CONFLICT']);
  });
});

describe('recordMeasurement with a version', () => {
  it('is CONFLICT for a stale expectedVersion, and applies at the current one', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies);
    const read = await seeded.subgraph.query(`query ($id: ID!) { indicator(id: $id) { version } }`, { id });
    const version = read.body.data.indicator.version as number;
    const current = await seeded.subgraph.query(RECORD, { id, year: 2024, value: 40.5, version }, staff);
    expect(current.body.errors).toBeUndefined();
    expect(current.body.data.recordMeasurement.version).toBe(version + 1);
    const stale = await seeded.subgraph.query(RECORD, { id, year: 2024, value: 41, version }, staff);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0].extensions.currentVersion).toBe(version + 1);
  });
});

describe('indicators(orderBy)', () => {
  type Order = { field: string; direction?: string } | null;
  async function all(orderBy: Order): Promise<{ id: string; updatedAt: string }[]> {
    const nodes: { id: string; updatedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const response: TestResponse<{ indicators: Page }> = await seeded.subgraph.query(INDICATORS, {
        orderBy,
        first: 3,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data!.indicators;
      nodes.push(...page.edges.map(({ node }) => node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }
  const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

  it('lists the most recently changed first with cursors that page through every indicator', async () => {
    const recent = await all({ field: 'UPDATED_AT' });
    expect(new Set(ids(recent)).size).toBe(recent.length);
    const times = recent.map((node) => Date.parse(node.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ids(await all({ field: 'UPDATED_AT', direction: 'DESC' }))).toEqual(ids(recent));
    expect(ids(await all({ field: 'UPDATED_AT', direction: 'ASC' }))).toEqual(ids([...recent].reverse()));
    const byName = await all(null);
    expect(byName).toHaveLength(recent.length);
    expect(ids(await all({ field: 'NAME' }))).toEqual(ids(byName));
    expect(ids(await all({ field: 'NAME', direction: 'ASC' }))).toEqual(ids(byName));
    expect(ids(await all({ field: 'NAME', direction: 'DESC' }))).toEqual(ids([...byName].reverse()));
  });

  it('refuses a cursor of another field or direction (BAD_USER_INPUT)', async () => {
    const first = await seeded.subgraph.query(INDICATORS, { orderBy: { field: 'UPDATED_AT' }, first: 1 });
    const after = first.body.data.indicators.pageInfo.endCursor;
    for (const orderBy of [
      null,
      { field: 'NAME', direction: 'DESC' },
      { field: 'UPDATED_AT', direction: 'ASC' },
    ]) {
      const mixed = await seeded.subgraph.query(INDICATORS, { orderBy, after });
      expect(errorCodes(mixed.body)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
