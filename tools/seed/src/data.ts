import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
