import { ACTIVITY_FIELDS, roundTo, type ActivityField } from '@kyodo/domain';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { buildDemoWorld, FIELD_ACTIVITIES, type DemoWorld } from '../src/index.js';

/** The demo world tells the truth: its parts agree with each other, and nothing is dated after its today. */
describe.each([
  ['TEST_NOW', TEST_NOW],
  ['the first day of a fiscal year', new Date('2027-04-01T00:30:00+09:00')],
  ['the last day of a fiscal year', new Date('2029-03-31T23:00:00+09:00')],
])('the demo world dated %s', (_label, now) => {
  let world: DemoWorld;
  beforeAll(async () => {
    world = await buildDemoWorld({ now });
  });

  it('covers the fiscal year in progress and the three before it', () => {
    const current = world.fiscalYears[world.fiscalYears.length - 1]!;
    expect(world.fiscalYears).toEqual([current - 3, current - 2, current - 1, current]);
    expect(world.funding.programs.some((p) => p.fiscalYear === current)).toBe(true);
  });

  it('has an application window open today', () => {
    const open = world.funding.programs.filter(
      (p) => p.applicationWindow.opens <= world.today && world.today <= p.applicationWindow.closes,
    );
    expect(open.length).toBeGreaterThan(0);
  });

  it('dates nothing after today', () => {
    const end = `${world.today}T23:59:59+09:00`;
    const after = (iso: string | null) => iso !== null && Date.parse(iso) > Date.parse(end);
    for (const a of world.funding.applications) {
      expect(after(a.createdAt) || after(a.submittedAt) || after(a.decidedAt)).toBe(false);
    }
    for (const award of world.funding.awards) {
      expect(award.awardedOn <= world.today).toBe(true);
      for (const d of award.disbursements) expect(d.date <= world.today).toBe(true);
    }
    for (const e of world.evaluation.evaluations) expect(after(e.createdAt)).toBe(false);
  });

  it('derives each 施設稼働率 indicator from the bookings, as Facility.utilization computes it', () => {
    const indicators = world.evaluation.indicators.filter((i) => i.nameJa === '施設稼働率');
    expect(indicators.length).toBe(12);
    for (const indicator of indicators) {
      const facility = world.facilities.find((f) => f.id === indicator.facilityId)!;
      for (const point of [indicator.baseline, ...indicator.measurements]) {
        const booked = world.bookings
          .filter((b) => b.facilityId === facility.id && fiscalYearOfStart(b.start) === point.year)
          .reduce((sum, b) => sum + (b.end.getTime() - b.start.getTime()) / 60000, 0);
        expect(booked).toBeGreaterThan(0);
        expect(point.value).toBeGreaterThan(5);
        expect(point.value).toBeLessThan(40);
      }
    }
  });

  it('writes findings and recommendations that fit the scores, and varied ones', () => {
    const { evaluations } = world.evaluation;
    for (const e of evaluations) {
      if (e.overall >= 4) expect(e.findings).not.toMatch(/課題がある/);
      if (e.overall <= 2) expect(e.findings).not.toMatch(/評価が高い/);
    }
    expect(new Set(evaluations.map((e) => e.findings)).size).toBeGreaterThan(evaluations.length / 2);
  });

  it('titles applications after the applicant’s own activity fields, and varies them', () => {
    const byId = new Map(world.organizations.map((o) => [o.id, o]));
    for (const application of world.funding.applications) {
      const fields = byId.get(application.organizationId)!.activityFields;
      const stems = fields.flatMap((field: ActivityField) => FIELD_ACTIVITIES[field]);
      expect(stems.some((stem) => application.title.startsWith(stem))).toBe(true);
    }
    const titles = new Set(world.funding.applications.map((a) => a.title));
    expect(titles.size).toBeGreaterThan(world.funding.applications.length / 2);
    expect(Object.keys(FIELD_ACTIVITIES)).toEqual([...ACTIVITY_FIELDS]);
  });

  it('is the same world for every instant of one Tokyo date', async () => {
    const later = await buildDemoWorld({ now: new Date(now.getTime() + 60_000) });
    expect(later.funding).toEqual(world.funding);
  });
});

function fiscalYearOfStart(start: Date): number {
  const tokyo = new Date(start.getTime() + 9 * 3600_000);
  return tokyo.getUTCMonth() >= 3 ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
}

test('roundTo rounds where people read', () => {
  expect(roundTo(0.3799999999999983, 3)).toBe(0.38);
});
