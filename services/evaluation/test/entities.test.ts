import { stableObjectIdHex } from '@kyodo/seed';
import type { DemoEvaluation } from '@kyodo/seed';
import { startSeededEvaluation, type SeededEvaluation } from './support.js';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Indicator { id nameJa progress }
    ... on ActionItem { id code }
    ... on Evaluation { id fiscalYear }
    ... on Organization { id evaluations { id subject { ... on Organization { id } } } }
    ... on Facility { id indicators { id scope } evaluations { id } }
    ... on Award { id evaluations { id } }
    ... on CollaborativeProject { id evaluations { id } }
    ... on District { districtCode: code indicators { id scope district { code } } }
  }
}`;

const ORGANIZATION_EVALUATIONS_IN_YEAR = `query ($representations: [_Any!]!, $fiscalYear: Int, $type: EvaluationType) {
  _entities(representations: $representations) {
    ... on Organization { id evaluations(fiscalYear: $fiscalYear, type: $type) { id fiscalYear type } }
  }
}`;

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

/** `count` distinct well-formed ids that name nothing. */
function unknownIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => stableObjectIdHex('evaluation.test.unknown', String(i)));
}

async function resolveEntities(representations: Record<string, unknown>[], query = ENTITIES, variables = {}) {
  let body: { data?: { _entities: unknown[] }; errors?: unknown[] } = {};
  const finds = await seeded.subgraph.countCommands(async () => {
    body = (await seeded.subgraph.query(query, { representations, ...variables })).body;
  }, 'find');
  expect(body.errors).toBeUndefined();
  return { entities: body.data!._entities as any[], finds }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The seeded evaluations of a subject, newest fiscal year first, then newest first. */
function evaluationsOf(subjectType: DemoEvaluation['subjectType'], subjectId: string): string[] {
  return seeded.demo.evaluations
    .filter((e) => e.subjectType === subjectType && e.subjectId === subjectId)
    .sort((a, b) => b.fiscalYear - a.fiscalYear || Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map((e) => e.id);
}

function subjectIds(subjectType: DemoEvaluation['subjectType']): string[] {
  return [
    ...new Set(seeded.demo.evaluations.filter((e) => e.subjectType === subjectType).map((e) => e.subjectId)),
  ];
}

describe('entity resolution', () => {
  it('resolves 200 Indicator references with one find, in order, null for unknown ids', async () => {
    const known = seeded.demo.indicators;
    const ids = [...known.map((i) => i.id), ...unknownIds(200 - known.length)];
    const { entities, finds } = await resolveEntities(ids.map((id) => ({ __typename: 'Indicator', id })));
    expect(finds).toBe(1);
    expect(entities).toHaveLength(200);
    known.forEach((indicator, i) =>
      expect(entities[i]).toMatchObject({ id: indicator.id, nameJa: indicator.nameJa }),
    );
    expect(entities.slice(known.length).every((entity) => entity === null)).toBe(true);
  });

  it('resolves 200 Evaluation references with one find', async () => {
    const ids = seeded.demo.evaluations.slice(0, 200).map((e) => e.id);
    ids.push(...unknownIds(200 - ids.length));
    const { entities, finds } = await resolveEntities(ids.map((id) => ({ __typename: 'Evaluation', id })));
    expect(finds).toBe(1);
    seeded.demo.evaluations
      .slice(0, 200)
      .forEach((evaluation, i) => expect(entities[i]?.id).toBe(evaluation.id));
  });

  it('resolves ActionItem references in one find, malformed ids as null without a query error', async () => {
    const items = seeded.demo.actionItems;
    const representations = [
      ...items.map((item) => ({ __typename: 'ActionItem', id: item.id })),
      { __typename: 'ActionItem', id: 'bad' },
    ];
    const { entities, finds } = await resolveEntities(representations);
    expect(finds).toBe(1);
    expect(entities.slice(0, items.length).map((entity) => entity.code)).toEqual(
      items.map((item) => item.code),
    );
    expect(entities[items.length]).toBeNull();
  });
});

describe('contributed fields', () => {
  it("batches N organizations' evaluations into one find, each newest first", async () => {
    const organizations = subjectIds('ORGANIZATION');
    expect(organizations.length).toBeGreaterThanOrEqual(10);
    // Organizations with no evaluation get an empty list, not an error.
    const ids = [...organizations, ...unknownIds(5)];
    const { entities, finds } = await resolveEntities(ids.map((id) => ({ __typename: 'Organization', id })));
    expect(finds).toBe(1);
    ids.forEach((id, i) => {
      expect(entities[i].evaluations.map((e: { id: string }) => e.id)).toEqual(
        evaluationsOf('ORGANIZATION', id),
      );
    });
    expect(entities[0].evaluations[0].subject).toEqual({ id: ids[0] });
  });

  it("filters organizations' evaluations by fiscal year and type, still one find", async () => {
    const organizations = subjectIds('ORGANIZATION');
    const { entities, finds } = await resolveEntities(
      organizations.map((id) => ({ __typename: 'Organization', id })),
      ORGANIZATION_EVALUATIONS_IN_YEAR,
      { fiscalYear: 2023, type: 'SELF' },
    );
    expect(finds).toBe(1);
    organizations.forEach((id, i) => {
      const expected = seeded.demo.evaluations.filter(
        (e) =>
          e.subjectType === 'ORGANIZATION' &&
          e.subjectId === id &&
          e.fiscalYear === 2023 &&
          e.type === 'SELF',
      );
      expect(entities[i].evaluations.map((e: { id: string }) => e.id).sort()).toEqual(
        expected.map((e) => e.id).sort(),
      );
    });
  });

  it("batches facilities' indicators and evaluations: one find each", async () => {
    const facilities = [
      ...new Set([
        ...subjectIds('FACILITY'),
        ...seeded.demo.indicators.flatMap((i) => (i.facilityId ? [i.facilityId] : [])),
      ]),
    ];
    expect(facilities.length).toBeGreaterThan(1);
    const { entities, finds } = await resolveEntities(
      facilities.map((id) => ({ __typename: 'Facility', id })),
    );
    expect(finds).toBe(2);
    facilities.forEach((id, i) => {
      expect(entities[i].evaluations.map((e: { id: string }) => e.id)).toEqual(evaluationsOf('FACILITY', id));
      expect(entities[i].indicators.map((indicator: { id: string }) => indicator.id)).toEqual(
        seeded.demo.indicators
          .filter((indicator) => indicator.facilityId === id)
          .map((indicator) => indicator.id),
      );
    });
  });

  it("batches awards' and collaborative projects' evaluations: one find per type", async () => {
    const awards = subjectIds('AWARD');
    const projects = subjectIds('COLLABORATIVE_PROJECT');
    expect(awards.length).toBeGreaterThan(1);
    expect(projects.length).toBeGreaterThan(1);
    const { entities, finds } = await resolveEntities([
      ...awards.map((id) => ({ __typename: 'Award', id })),
      ...projects.map((id) => ({ __typename: 'CollaborativeProject', id })),
    ]);
    expect(finds).toBe(2);
    awards.forEach((id, i) => {
      expect(entities[i].evaluations.map((e: { id: string }) => e.id)).toEqual(evaluationsOf('AWARD', id));
    });
    projects.forEach((id, i) => {
      expect(entities[awards.length + i].evaluations.map((e: { id: string }) => e.id)).toEqual(
        evaluationsOf('COLLABORATIVE_PROJECT', id),
      );
    });
  });

  it("batches districts' indicators into one find; a district without indicators has none", async () => {
    const districtIndicators = seeded.demo.indicators.filter((i) => i.scope === 'DISTRICT');
    const codes = [...districtIndicators.map((i) => i.districtCode!), 'no-such-district'];
    const { entities, finds } = await resolveEntities(
      codes.map((code) => ({ __typename: 'District', code })),
    );
    expect(finds).toBe(1);
    districtIndicators.forEach((indicator, i) => {
      expect(entities[i].indicators).toEqual([
        { id: indicator.id, scope: 'DISTRICT', district: { code: indicator.districtCode } },
      ]);
    });
    expect(entities[codes.length - 1].indicators).toEqual([]);
  });
});
