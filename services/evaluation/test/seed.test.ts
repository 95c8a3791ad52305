import { demoEvaluationData, evaluationSourcesOf, serviceSeeds } from '@kyodo/seed';
import { seedDatabase } from '@kyodo/service-kit';
import { definition } from '../src/index.js';
import { ActionItemModel } from '../src/models/ActionItem.js';
import { IndicatorModel } from '../src/models/Indicator.js';
import { startSeededEvaluation, type SeededEvaluation } from './support.js';

const COUNTS = `{
  indicators(first: 0) { totalCount }
  evaluations(first: 0) { totalCount }
  actionItems { id }
}`;

let seeded: SeededEvaluation;
beforeAll(async () => {
  seeded = await startSeededEvaluation();
});
afterAll(() => seeded?.subgraph.stop());

describe('seed', () => {
  it('generates the same data for the same demo world', async () => {
    expect(demoEvaluationData(evaluationSourcesOf(seeded.world))).toEqual(seeded.demo);
  });

  it('refers to subjects of the shared demo world: the community centres, the districts, the awards', async () => {
    const sources = evaluationSourcesOf(seeded.world);
    const facilityIds = new Set(sources.facilities.map((f) => f.id));
    const districtCodes = new Set(sources.districts.map((d) => d.code));
    const subjects = {
      ORGANIZATION: new Set(sources.organizations.map((o) => o.id)),
      FACILITY: facilityIds,
      AWARD: new Set(sources.awards.map((a) => a.id)),
      COLLABORATIVE_PROJECT: new Set(sources.collaborativeProjects.map((p) => p.id)),
    };
    for (const indicator of seeded.demo.indicators) {
      if (indicator.facilityId) expect(facilityIds.has(indicator.facilityId)).toBe(true);
      if (indicator.districtCode) expect(districtCodes.has(indicator.districtCode)).toBe(true);
    }
    for (const evaluation of seeded.demo.evaluations) {
      expect(subjects[evaluation.subjectType].has(evaluation.subjectId)).toBe(true);
    }
    // Every 地域交流センター (Yaizu's former 公民館) has a utilisation indicator.
    const exchangeCentres = sources.facilities.filter((f) => f.kind === 'COMMUNITY_EXCHANGE_CENTER');
    expect(exchangeCentres.length).toBe(9);
    for (const centre of exchangeCentres) {
      expect(
        seeded.demo.indicators.some((i) => i.facilityId === centre.id && i.nameJa === '施設稼働率'),
      ).toBe(true);
    }
  });

  it('loads everything it generates, and leaves a database that has data alone', async () => {
    const before = (await seeded.subgraph.query(COUNTS)).body.data;
    expect(before.indicators.totalCount).toBe(seeded.demo.indicators.length);
    expect(before.evaluations.totalCount).toBe(seeded.demo.evaluations.length);
    expect(before.actionItems).toHaveLength(seeded.demo.actionItems.length);
    expect(await seedDatabase(definition.models, serviceSeeds(seeded.world).evaluation)).toBe(false);
    expect((await seeded.subgraph.query(COUNTS)).body.data).toEqual(before);
  });
});

describe('model validation', () => {
  const plan = { baseline: { year: 2010, value: 50 }, targets: [{ year: 2015, value: 60 }] };
  const indicator = { name: 'n', nameJa: 'n', unit: '%', description: 'd', ...plan };

  it('ties the district and facility keys to the scope', async () => {
    await expect(new IndicatorModel({ ...indicator, scope: 'CITY' }).validate()).resolves.toBeUndefined();
    await expect(new IndicatorModel({ ...indicator, scope: 'DISTRICT' }).validate()).rejects.toThrow(
      /districtCode/,
    );
    await expect(
      new IndicatorModel({ ...indicator, scope: 'CITY', districtCode: 'yaizu-01' }).validate(),
    ).rejects.toThrow(/districtCode/);
    await expect(new IndicatorModel({ ...indicator, scope: 'FACILITY' }).validate()).rejects.toThrow(
      /facilityId/,
    );
  });

  it('refuses a plan with a target before its baseline', async () => {
    await expect(
      new IndicatorModel({ ...indicator, scope: 'CITY', targets: [{ year: 2009, value: 60 }] }).validate(),
    ).rejects.toThrow(/not after the baseline/);
  });

  it("keeps an action item's status equal to its last plan year's, and its actors to the enum", async () => {
    const item = {
      code: 'X-(1)-①',
      title: 't',
      purpose: 'p',
      department: '協働推進課',
      completionCriterion: 'c',
      yearlyPlan: [
        { fiscalYear: 2008, status: 'STUDY' },
        { fiscalYear: 2009, status: 'DONE' },
      ],
    };
    await expect(new ActionItemModel({ ...item, status: 'DONE' }).validate()).resolves.toBeUndefined();
    await expect(new ActionItemModel({ ...item, status: 'STUDY' }).validate()).rejects.toThrow(
      /last fiscal year/,
    );
    await expect(
      new ActionItemModel({ ...item, status: 'DONE', implementers: ['MAYOR'] }).validate(),
    ).rejects.toThrow(/implementers/);
  });
});
