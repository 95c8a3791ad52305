import { roundTo, tokyoYear } from '@kyodo/domain';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { cityIndicatorData, demoIndicatorId, INDICATOR_KEYS } from '@kyodo/seed';
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

const INDICATOR_FIELDS = `
  id name nameJa unit description scope
  district { code } facility { id }
  baseline { year value } targets { year value } measurements { year value note }
  latest { year value note } ascending progress onTrack
`;

const INDICATOR = `query ($id: ID!) { indicator(id: $id) { ${INDICATOR_FIELDS} } }`;
const INDICATORS = `query ($filter: IndicatorFilter, $first: Int, $after: String) {
  indicators(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${INDICATOR_FIELDS} } }
  }
}`;
const RECORD = `mutation ($indicatorId: ID!, $year: Int!, $value: Float!, $note: String) {
  recordMeasurement(indicatorId: $indicatorId, year: $year, value: $value, note: $note) { ${INDICATOR_FIELDS} }
}`;

// The real figures as tools/seed/data/cityIndicators.json holds them (validated there, cited to their plans): what
// the API serves must be exactly these, so a seed that drops or alters one fails here.
const REAL_FIGURES = cityIndicatorData().filter((figure) => !figure.key.startsWith('yaizu.'));

type IndicatorPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; name: string } }[];
};

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

async function indicator(id: string) {
  const response = await seeded.subgraph.query(INDICATOR, { id });
  expect(response.body.errors).toBeUndefined();
  return response.body.data.indicator;
}

async function record(
  variables: { indicatorId: string; year: number; value: number; note?: string },
  viewer = staff,
) {
  return seeded.subgraph.query(RECORD, variables, viewer);
}

describe('seeded indicators', () => {
  it('has every real indicator of docs/domain.md with its baseline and targets exactly, its place in the description', async () => {
    expect(REAL_FIGURES).toHaveLength(10);
    for (const figure of REAL_FIGURES) {
      const found = await indicator(demoIndicatorId(figure.key));
      expect(found).toMatchObject({
        scope: 'CITY',
        unit: figure.unit,
        baseline: figure.baseline,
        targets: figure.targets,
        district: null,
        facility: null,
      });
      expect(found.description).toMatch(/^(三鷹市|山口市|目黒区) /);
      expect(found.description).toBe(figure.description);
    }
  });

  it("keeps Meguro's 2017 membership of 47.7 % as a measurement, with no target to measure progress against", async () => {
    const meguro = await indicator(demoIndicatorId(INDICATOR_KEYS.meguroMembership));
    expect(meguro.measurements).toContainEqual(expect.objectContaining({ year: 2017, value: 47.7 }));
    expect(meguro.latest).toMatchObject({ year: 2017, value: 47.7 });
    expect(meguro).toMatchObject({ ascending: null, progress: null, onTrack: null });
  });

  it('computes progress against the undated utilisation goal but cannot judge it on track', async () => {
    const utilisation = await indicator(demoIndicatorId(INDICATOR_KEYS.meguroUtilisation));
    expect(utilisation.latest).not.toBeNull();
    expect(utilisation.progress).toBe(roundTo((utilisation.latest.value - 57.57) / (70 - 57.57), 3));
    expect(utilisation.onTrack).toBeNull();
  });

  it('lists measurements oldest first, one per year, between the baseline year and now', async () => {
    const { edges } = (await seeded.subgraph.query(INDICATORS, { first: 100 })).body.data.indicators;
    for (const { node } of edges) {
      const years: number[] = node.measurements.map((m: { year: number }) => m.year);
      expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
      expect(years.every((year: number) => year >= node.baseline.year && year <= tokyoYear(TEST_NOW))).toBe(
        true,
      );
    }
  });
});

describe('indicators(filter, first, after)', () => {
  it('pages through every indicator by name with keyset cursors', async () => {
    const names: string[] = [];
    const ids = new Set<string>();
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const response: TestResponse<{ indicators: IndicatorPage }> = await seeded.subgraph.query(INDICATORS, {
        first: 4,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data!.indicators;
      totalCount = page.totalCount;
      for (const edge of page.edges) {
        names.push(edge.node.name);
        ids.add(edge.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totalCount).toBe(seeded.demo.indicators.length);
    expect(ids).toEqual(new Set(seeded.demo.indicators.map((i) => i.id)));
    expect(names).toEqual([...names].sort());
  });

  it('filters by scope', async () => {
    for (const scope of ['CITY', 'DISTRICT', 'FACILITY'] as const) {
      const page = (await seeded.subgraph.query(INDICATORS, { filter: { scope }, first: 100 })).body.data
        .indicators;
      const expected = seeded.demo.indicators.filter((i) => i.scope === scope);
      expect(page.totalCount).toBe(expected.length);
      expect(page.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
        expected.map((i) => i.id).sort(),
      );
    }
  });

  it('filters by district code and returns the district as a reference', async () => {
    const districtIndicator = seeded.demo.indicators.find((i) => i.scope === 'DISTRICT')!;
    const page = (
      await seeded.subgraph.query(INDICATORS, {
        filter: { districtCode: districtIndicator.districtCode },
        first: 10,
      })
    ).body.data.indicators;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      id: districtIndicator.id,
      nameJa: '自治会加入率',
      scope: 'DISTRICT',
      district: { code: districtIndicator.districtCode },
      facility: null,
    });
  });

  it('filters by facility id and returns the facility as a reference', async () => {
    const facilityIndicator = seeded.demo.indicators.find((i) => i.scope === 'FACILITY')!;
    const page = (
      await seeded.subgraph.query(INDICATORS, {
        filter: { facilityId: facilityIndicator.facilityId },
        first: 10,
      })
    ).body.data.indicators;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      id: facilityIndicator.id,
      scope: 'FACILITY',
      facility: { id: facilityIndicator.facilityId },
      district: null,
    });
  });

  it('refuses first > 100, a negative first, a malformed facility id and a foreign cursor with BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 101 },
      { first: -1 },
      { filter: { facilityId: 'not-an-id' } },
      { after: 'bm90LWEtY3Vyc29y' },
    ]) {
      const response = await seeded.subgraph.query(INDICATORS, variables);
      expect(errorCodes(response.body)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('indicator(id)', () => {
  it('is NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    await expectIdErrors(seeded.subgraph, INDICATOR, '12345');
  });
});

describe('recordMeasurement', () => {
  it("gives Mitaka's certified NPOs (74 -> 98) measured at 86 a progress of exactly 0.5", async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.mitakaCertifiedNpos);
    const before = await indicator(id);
    const year = before.latest.year;
    const response = await record({ indicatorId: id, year, value: 86, note: '市の集計' });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.recordMeasurement).toMatchObject({
      latest: { year, value: 86, note: '市の集計' },
      progress: 0.5,
    });
    // Re-read through a fresh request: the value is stored, not just returned.
    const after = await indicator(id);
    expect(after.progress).toBe(0.5);
    expect(after.measurements.filter((m: { year: number }) => m.year === year)).toEqual([
      { year, value: 86, note: '市の集計' },
    ]);
  });

  it('replaces the measurement when a year is recorded again', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.mitakaCooperationCentreUsers);
    const before = await indicator(id);
    const year = before.measurements[2].year;
    await record({ indicatorId: id, year, value: 58_001, note: '速報値' });
    const replaced = (await record({ indicatorId: id, year, value: 58_123 })).body.data.recordMeasurement;
    expect(replaced.measurements.filter((m: { year: number }) => m.year === year)).toEqual([
      { year, value: 58_123, note: null },
    ]);
    expect(replaced.measurements).toHaveLength(before.measurements.length);
  });

  it('adds a year that had no measurement in year order', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.meguroMembership);
    const added = (await record({ indicatorId: id, year: 1990, value: 66.2 })).body.data.recordMeasurement;
    expect(added.measurements.map((m: { year: number }) => m.year)).toEqual(
      [...added.measurements.map((m: { year: number }) => m.year)].sort((a, b) => a - b),
    );
    expect(added.measurements).toContainEqual({ year: 1990, value: 66.2, note: null });
    // 1990 is older than 2017, so the latest is still Meguro's real figure.
    expect(added.latest).toMatchObject({ year: 2017, value: 47.7 });
  });

  it('keeps exactly one measurement per year when many recorders race on the same new year', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yamaguchiVoice);
    const before = await indicator(id);
    const year = 2007; // between the baseline (2006) and the first survey (2008): not yet measured
    expect(before.measurements.some((m: { year: number }) => m.year === year)).toBe(false);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => record({ indicatorId: id, year, value: 27 + i / 10 })),
    );
    expect(responses.flatMap((r) => r.body.errors ?? [])).toEqual([]);
    const after = await indicator(id);
    expect(after.measurements.filter((m: { year: number }) => m.year === year)).toHaveLength(1);
    expect(after.measurements).toHaveLength(before.measurements.length + 1);
  });

  it('judges an indicator that should rise on track at or above the planned line, and behind below it', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yamaguchiLocalActivities);
    const { latest } = await indicator(id);
    // After 2017 the planned line holds at the final target, 50.0 %.
    expect(latest.year).toBeGreaterThan(2017);
    const onLine = (await record({ indicatorId: id, year: latest.year, value: 50 })).body.data
      .recordMeasurement;
    expect(onLine).toMatchObject({ ascending: true, onTrack: true });
    const below = (await record({ indicatorId: id, year: latest.year, value: 49.9 })).body.data
      .recordMeasurement;
    expect(below.onTrack).toBe(false);
  });

  it('judges an indicator that should fall on track at or below the planned line, and behind above it', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yaizuWeakTies);
    const { latest, baseline, targets } = await indicator(id);
    expect(targets[0].value).toBeLessThan(baseline.value);
    // Measured up to the last complete fiscal year before TEST_NOW (FY2026).
    expect(latest.year).toBe(2025);
    // The line from 41.5 (2020) to 38.0 (2025) and 33.0 (2030) passes 37.0 in 2026.
    const onLine = (await record({ indicatorId: id, year: 2026, value: 37.0 })).body.data.recordMeasurement;
    expect(onLine).toMatchObject({ ascending: false, onTrack: true });
    const below = (await record({ indicatorId: id, year: 2026, value: 36.2 })).body.data.recordMeasurement;
    expect(below.onTrack).toBe(true);
    const above = (await record({ indicatorId: id, year: 2026, value: 39.0 })).body.data.recordMeasurement;
    expect(above.onTrack).toBe(false);
    expect(above.progress).toBe(roundTo((39.0 - 41.5) / (33.0 - 41.5), 3));
  });

  it('is only for staff: UNAUTHENTICATED anonymously, FORBIDDEN for residents and members, and writes nothing', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yamaguchiCivicActivities);
    const before = await indicator(id);
    const variables = { indicatorId: id, year: 2009, value: 11.5 };
    expect(errorCodes((await record(variables, null as never)).body)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes((await record(variables, resident)).body)).toEqual(['FORBIDDEN']);
    expect(
      errorCodes((await record(variables, memberOf(seeded.demo.evaluations[0]!.subjectId))).body),
    ).toEqual(['FORBIDDEN']);
    expect((await indicator(id)).measurements).toEqual(before.measurements);
  });

  it('refuses bad input with BAD_USER_INPUT (or NOT_FOUND for an unknown indicator) and writes nothing', async () => {
    const id = demoIndicatorId(INDICATOR_KEYS.yamaguchiParticipation);
    const before = await indicator(id);
    const cases: [Record<string, unknown>, string][] = [
      [{ indicatorId: 'nope', year: 2010, value: 20 }, 'BAD_USER_INPUT'],
      [{ indicatorId: UNKNOWN_ID, year: 2010, value: 20 }, 'NOT_FOUND'],
      [{ indicatorId: id, year: 2005, value: 20 }, 'BAD_USER_INPUT'], // before the 2006 baseline
      [{ indicatorId: id, year: tokyoYear(TEST_NOW) + 2, value: 20 }, 'BAD_USER_INPUT'], // in the future
      [{ indicatorId: id, year: 2010, value: 120 }, 'BAD_USER_INPUT'], // a percentage over 100
      [{ indicatorId: id, year: 2010, value: 20, note: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const response = await seeded.subgraph.query(RECORD, variables, staff);
      expect(errorCodes(response.body)).toEqual([code]);
    }
    expect((await indicator(id)).measurements).toEqual(before.measurements);
  });
});
