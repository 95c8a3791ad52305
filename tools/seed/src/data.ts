import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ORGANIZATION_KINDS } from '@kyodo/domain';
import { z } from 'zod';

/**
 * The real figures the demo world is built on, kept as data in tools/seed/data (each file names its source) and
 * validated here with zod when read, so a typo in a figure's shape fails loudly rather than seeding nonsense.
 * The seed and the tests read them through these functions; no figure is typed twice.
 */

/** tools/seed/data, from the sources (jest) or the compiled dist/src alike. */
function dataFile(name: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', name);
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
  }
  throw new Error(`tools/seed/data/${name} is missing`);
}

function readData<T>(name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(dataFile(name), 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `tools/seed/data/${name} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

const yearValue = z.object({ year: z.number().int(), value: z.number() });

const cityIndicatorsFile = z.object({
  source: z.string().min(1),
  indicators: z.array(
    z.object({
      key: z.string().min(1),
      name: z.string().min(1),
      nameJa: z.string().min(1),
      unit: z.string().min(1),
      description: z.string().min(1),
      baseline: yearValue,
      targets: z.array(z.object({ year: z.number().int().nullable(), value: z.number() })),
      real: z.array(yearValue.extend({ note: z.string().min(1) })).optional(),
      decimals: z.number().int().min(0).max(3),
      /** Generated measurements: from this year, every `every` years, up to the last complete fiscal year; none without. */
      measured: z.object({ from: z.number().int(), every: z.number().int().min(1) }).optional(),
    }),
  ),
});
export type CityIndicatorData = z.infer<typeof cityIndicatorsFile>['indicators'][number];

const STATUS = z.enum(['STUDY', 'IMPLEMENT', 'PARTIAL', 'REVIEW', 'CONTINUE', 'DONE']);
const ACTOR = z.enum(['CITIZEN', 'COMMUNITY', 'CIVIC_GROUP', 'BUSINESS', 'EDUCATION', 'GOVERNMENT', 'OTHER']);

const actionItemsFile = z
  .object({
    source: z.string().min(1),
    planYears: z.array(z.number().int()).min(1),
    items: z.array(
      z.object({
        code: z.string().min(1),
        title: z.string().min(1),
        purpose: z.string().min(1),
        department: z.string().min(1),
        implementers: z.array(ACTOR).min(1),
        targets: z.array(ACTOR).min(1),
        plan: z.array(STATUS),
        completionCriterion: z.string().min(1),
      }),
    ),
  })
  .refine((file) => file.items.every((item) => item.plan.length === file.planYears.length), {
    message: 'every item has one planned status per plan year',
  });
export type ActionItemsData = z.infer<typeof actionItemsFile>;

let cityIndicators: CityIndicatorData[] | undefined;
let actionItems: ActionItemsData | undefined;

/** The real city-wide indicators (Mitaka, Yamaguchi, Meguro) and the demo's one Yaizu indicator. */
export function cityIndicatorData(): CityIndicatorData[] {
  return (cityIndicators ??= readData('cityIndicators.json', cityIndicatorsFile).indicators);
}

/** Yamaguchi's action plan for FY2008-2012. */
export function actionItemData(): ActionItemsData {
  return (actionItems ??= readData('actionItems.json', actionItemsFile));
}

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD');
const nonEmptyText = z.array(z.string().min(1)).min(1);

const grantProgramsFile = z.object({
  source: z.string().min(1),
  programs: z
    .array(
      z
        .object({
          code: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a lower-case slug'),
          name: z.string().min(1),
          nameJa: z.string().min(1),
          kind: z.enum(['GRANT', 'SUBSIDY', 'AID', 'COMMISSION']),
          budget: z.number().int().positive(),
          maxAward: z.number().int().positive(),
          eligibleKinds: z.array(z.enum(ORGANIZATION_KINDS)).min(1),
          /** The window as MM-DD within the fiscal year's first calendar year (a close before the open: the next). */
          opens: monthDay,
          closes: monthDay,
          /** The sunset, in fiscal years after the year in progress (0: the program ends with it). */
          sunsetAfter: z.number().int().min(0),
          description: z.string().min(1),
          /** The program's own stems for its application titles. */
          titles: nonEmptyText,
        })
        .refine((program) => program.maxAward <= program.budget, {
          message: 'maxAward must not exceed the budget',
        }),
    )
    .min(1),
});
export type GrantProgramData = z.infer<typeof grantProgramsFile>['programs'][number];

const schoolsFile = z.object({
  source: z.string().min(1),
  schools: z.array(
    z.object({
      key: z.string().min(1),
      name: z.string().min(1),
      nameKana: z.string().regex(/^[\p{Script=Katakana}ー]+$/u, 'must be katakana'),
      /** The area (旧地区) the school stands in: its district is drawn from the area's. */
      area: z.string().min(1),
      pupils: z
        .object({ min: z.number().int().positive(), max: z.number().int().positive() })
        .refine((range) => range.min <= range.max, { message: 'min must not exceed max' }),
    }),
  ),
});
export type SchoolData = z.infer<typeof schoolsFile>['schools'][number];

const SUBJECT_TYPES = ['ORGANIZATION', 'FACILITY', 'AWARD', 'COLLABORATIVE_PROJECT'] as const;
const bySubject = <T extends z.ZodTypeAny>(value: T) =>
  z.object(
    Object.fromEntries(SUBJECT_TYPES.map((type) => [type, value])) as Record<
      (typeof SUBJECT_TYPES)[number],
      T
    >,
  );

const evaluationTextsFile = z.object({
  source: z.string().min(1),
  findings: bySubject(z.object({ strengths: nonEmptyText, weaknesses: nonEmptyText })),
  recommendations: bySubject(nonEmptyText),
  keepGoing: nonEmptyText,
});
export type EvaluationTextData = z.infer<typeof evaluationTextsFile>;

let grantPrograms: GrantProgramData[] | undefined;
let schools: SchoolData[] | undefined;
let evaluationTexts: EvaluationTextData | undefined;

/** The grant programs the demo runs every fiscal year (Yamaguchi's and the subsidies named in docs/domain.md). */
export function grantProgramData(): GrantProgramData[] {
  return (grantPrograms ??= readData('grantPrograms.json', grantProgramsFile).programs);
}

/** Yaizu's schools and its university, with the area each stands in. */
export function schoolData(): SchoolData[] {
  return (schools ??= readData('schools.json', schoolsFile).schools);
}

/** What evaluators write, by subject type: findings for good and poor scores, and recommendations. */
export function evaluationTextData(): EvaluationTextData {
  return (evaluationTexts ??= readData('evaluationTexts.json', evaluationTextsFile));
}
