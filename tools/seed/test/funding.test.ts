import { TEST_NOW } from '@kyodo/service-kit/testing';
import {
  buildDemoWorld,
  demoFunding,
  grantProgramData,
  type DemoWorld,
  type DemoFunding,
  type DemoOrganization,
} from '../src/index.js';

let applicants: DemoOrganization[];
let demo: DemoFunding;
let world: DemoWorld;

beforeAll(async () => {
  world = await buildDemoWorld({ now: TEST_NOW });
  applicants = world.organizations;
  demo = world.funding;
});

describe('demo funding data', () => {
  it('is deterministic', () => {
    expect(demoFunding(applicants, world)).toEqual(demo);
  });

  it('has the programs named in the domain vocabulary in every demo fiscal year, and every program kind', () => {
    expect([...new Set(demo.programs.map((p) => p.fiscalYear))].sort()).toEqual(world.fiscalYears);
    for (const fiscalYear of world.fiscalYears) {
      const programs = demo.programs.filter((p) => p.fiscalYear === fiscalYear);
      // Every program of tools/seed/data/grantPrograms.json runs every year, with its kind and its figures.
      for (const data of grantProgramData()) {
        expect(programs.find((p) => p.nameJa === data.nameJa)).toMatchObject({
          kind: data.kind,
          budget: data.budget,
          maxAward: data.maxAward,
          eligibleKinds: data.eligibleKinds,
        });
      }
      expect(new Set(programs.map((p) => p.kind))).toEqual(
        new Set(['GRANT', 'SUBSIDY', 'AID', 'COMMISSION']),
      );
      for (const program of programs) expect(program.endsAfterFiscalYear).toBeGreaterThanOrEqual(fiscalYear);
    }
  });

  it('never awards past a budget, a maximum or a request, and only to eligible organizations', () => {
    for (const program of demo.programs) {
      const awards = demo.awards.filter((a) => a.programId === program.id);
      expect(program.awardedTotal).toBe(awards.reduce((sum, a) => sum + a.amount, 0));
      expect(program.awardedTotal).toBeLessThanOrEqual(program.budget);
      for (const application of demo.applications.filter((a) => a.programId === program.id)) {
        expect(program.eligibleKinds).toContain(application.applicantKind);
        expect(application.requestedAmount).toBeLessThanOrEqual(program.maxAward);
        expect(application.fiscalYear).toBe(program.fiscalYear);
      }
    }
    for (const award of demo.awards) {
      const application = demo.applications.find((a) => a.id === award.applicationId)!;
      expect(application.status).toBe('AWARDED');
      expect(award.amount).toBeLessThanOrEqual(application.requestedAmount);
      expect(award).toMatchObject({
        organizationId: application.organizationId,
        recipientKind: application.applicantKind,
        districtCode: application.districtCode,
        fiscalYear: application.fiscalYear,
      });
    }
    // One award per awarded application.
    expect(demo.awards).toHaveLength(demo.applications.filter((a) => a.status === 'AWARDED').length);
  });

  it('pays awards in disbursements that never exceed them and never precede them', () => {
    for (const award of demo.awards) {
      // An award of the year in progress may not have had its advance paid yet.
      if (award.fiscalYear < world.fiscalYears[world.fiscalYears.length - 1]!) {
        expect(award.disbursements.length).toBeGreaterThan(0);
      }
      expect(award.disbursedTotal).toBe(award.disbursements.reduce((sum, d) => sum + d.amount, 0));
      expect(award.disbursedTotal).toBeLessThanOrEqual(award.amount);
      for (const disbursement of award.disbursements) expect(disbursement.date >= award.awardedOn).toBe(true);
    }
    expect(demo.awards.some((a) => a.disbursedTotal < a.amount)).toBe(true);
    expect(demo.awards.some((a) => a.disbursedTotal === a.amount)).toBe(true);
  });

  it('has applications in every state, with timestamps that fit the state', () => {
    const statuses = new Set(demo.applications.map((a) => a.status));
    expect(statuses).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED', 'WITHDRAWN']),
    );
    for (const application of demo.applications) {
      if (application.status === 'DRAFT') expect(application.submittedAt).toBeNull();
      if (['SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED'].includes(application.status)) {
        expect(Date.parse(application.submittedAt!)).toBeGreaterThanOrEqual(
          Date.parse(application.createdAt),
        );
      }
      expect(application.decidedAt !== null).toBe(['AWARDED', 'REJECTED'].includes(application.status));
      if (application.decidedAt !== null) {
        expect(Date.parse(application.decidedAt)).toBeGreaterThan(Date.parse(application.submittedAt!));
      }
      expect(application.reviewScore !== null).toBe(
        ['UNDER_REVIEW', 'AWARDED', 'REJECTED'].includes(application.status),
      );
      expect(application.createdAt).toMatch(/\+09:00$/);
    }
  });

  it('has collaborative projects of both origins and several forms, partnered with demo organizations', () => {
    expect(new Set(demo.collaborativeProjects.map((p) => p.origin))).toEqual(
      new Set(['GOVERNMENT_PROPOSED', 'CITIZEN_PROPOSED']),
    );
    expect(new Set(demo.collaborativeProjects.map((p) => p.form)).size).toBeGreaterThanOrEqual(5);
    const known = new Set(applicants.map((a) => a.id));
    for (const project of demo.collaborativeProjects) {
      expect(project.partnerIds.length).toBeGreaterThan(0);
      for (const id of project.partnerIds) expect(known.has(id)).toBe(true);
    }
  });

  it('gives every record a distinct ObjectId, and applicants only among active demo organizations', () => {
    const ids = [...demo.programs, ...demo.applications, ...demo.awards, ...demo.collaborativeProjects].map(
      (x) => x.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
    const active = new Set(applicants.filter((a) => a.active !== false).map((a) => a.id));
    for (const application of demo.applications) expect(active.has(application.organizationId)).toBe(true);
  });
});
