import { ORGANIZATION_KINDS } from '@kyodo/domain';
import { evaluationTextData, grantProgramData, schoolData } from '../src/index.js';

// The figures themselves live in tools/seed/data (each file names its source); these are the rules they keep.
describe('the demo data files', () => {
  it('grant programs: unique codes, every kind of program, maximum awards within budgets', () => {
    const programs = grantProgramData();
    expect(new Set(programs.map((p) => p.code)).size).toBe(programs.length);
    expect(new Set(programs.map((p) => p.kind))).toEqual(new Set(['GRANT', 'SUBSIDY', 'AID', 'COMMISSION']));
    for (const program of programs) {
      expect(program.maxAward).toBeLessThanOrEqual(program.budget);
      for (const kind of program.eligibleKinds) expect(ORGANIZATION_KINDS).toContain(kind);
    }
  });

  it('schools: unique keys and names', () => {
    const schools = schoolData();
    expect(new Set(schools.map((s) => s.key)).size).toBe(schools.length);
    expect(new Set(schools.map((s) => s.name)).size).toBe(schools.length);
  });

  it('evaluation texts: no text twice, and no strength that reads as a concern', () => {
    for (const { strengths, weaknesses } of Object.values(evaluationTextData().findings)) {
      expect(new Set([...strengths, ...weaknesses]).size).toBe(strengths.length + weaknesses.length);
      for (const strength of strengths) expect(strength).not.toMatch(/課題|不足|不十分|下回|少な/);
    }
  });
});
