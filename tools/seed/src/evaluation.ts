import { actionItemData, cityIndicatorData, evaluationTextData } from './data.js';
import { stableObjectIdHex } from './ids.js';
import { createRandom, type Random } from './random.js';

/**
 * The demo world's evaluation data: the real indicators of Mitaka, Yamaguchi and Meguro (baselines and targets
 * exactly as their plans state them) with generated measurements, district and facility indicators for Yaizu,
 * Yamaguchi's action items with their FY2008-2012 plans, and evaluations of the demo organizations, facilities,
 * awards and collaborative projects. Plain data (ids as ObjectId hex), deterministic.
 *
 * Ids: indicators are stableObjectIdHex('evaluation.indicator', key) with the keys of INDICATOR_KEYS,
 * `district:<code>:membership` and `facility:<id>:utilisation`; action items stableObjectIdHex('evaluation.action-item',
 * code); evaluations stableObjectIdHex('evaluation.evaluation', `<subjectType>:<subjectId>:<fiscalYear>:<type>:<phase>`).
 */

export type DemoIndicatorScope = 'CITY' | 'DISTRICT' | 'FACILITY';
export type DemoActor =
  'CITIZEN' | 'COMMUNITY' | 'CIVIC_GROUP' | 'BUSINESS' | 'EDUCATION' | 'GOVERNMENT' | 'OTHER';
export type DemoActionItemStatus = 'STUDY' | 'IMPLEMENT' | 'PARTIAL' | 'REVIEW' | 'CONTINUE' | 'DONE';
export type DemoEvaluationType = 'SELF' | 'MUTUAL' | 'THIRD_PARTY';
export type DemoEvaluationPhase = 'PLAN' | 'DO' | 'SEE';
export type DemoEvaluationSubjectType = 'ORGANIZATION' | 'FACILITY' | 'AWARD' | 'COLLABORATIVE_PROJECT';

export interface DemoIndicator {
  id: string;
  key: string;
  name: string;
  nameJa: string;
  unit: string;
  description: string;
  scope: DemoIndicatorScope;
  districtCode: string | null;
  facilityId: string | null;
  baseline: { year: number; value: number };
  /** Oldest first; a target without a year (null) is the plan's only target. */
  targets: { year: number | null; value: number }[];
  /** Oldest first, one per year. */
  measurements: { year: number; value: number; note: string | null }[];
}

export interface DemoActionItem {
  id: string;
  code: string;
  title: string;
  purpose: string;
  department: string;
  implementers: DemoActor[];
  targets: DemoActor[];
  yearlyPlan: { fiscalYear: number; status: DemoActionItemStatus }[];
  completionCriterion: string;
  /** The status of the plan's last fiscal year. */
  status: DemoActionItemStatus;
}

export interface DemoEvaluation {
  id: string;
  subjectType: DemoEvaluationSubjectType;
  subjectId: string;
  type: DemoEvaluationType;
  phase: DemoEvaluationPhase;
  fiscalYear: number;
  scores: { criterion: string; score: number }[];
  overall: number;
  findings: string;
  recommendations: string;
  evaluator: string;
  /** ISO-8601 with +09:00. */
  createdAt: string;
}

/** What evaluation needs of the rest of the demo world: the subjects' ids and a few attributes. */
export interface EvaluationSources {
  districts: readonly { code: string; nameJa: string }[];
  organizations: readonly { id: string; nameJa: string; kind: string; districtCode: string | null }[];
  facilities: readonly {
    id: string;
    nameJa: string;
    kind: string;
    /** Facility.utilization by fiscal year, as the facilities service computes it from the demo's bookings. */
    utilisation?: Readonly<Record<number, number | null>>;
  }[];
  awards: readonly { id: string; organizationId: string; fiscalYear: number }[];
  collaborativeProjects: readonly { id: string; title: string; fiscalYear: number; status: string }[];
  /** The demo's fiscal years, the one in progress last, and its Tokyo date: nothing is dated after it. */
  fiscalYears: readonly number[];
  today: string;
}

export interface DemoEvaluationData {
  indicators: DemoIndicator[];
  actionItems: DemoActionItem[];
  evaluations: DemoEvaluation[];
}

/** Keys of the city-wide indicators; the first ten are the real figures of docs/domain.md. */
export const INDICATOR_KEYS = {
  mitakaCommunityCentreUsers: 'mitaka.community-centre-users',
  mitakaCooperationCentreUsers: 'mitaka.cooperation-centre-users',
  mitakaCertifiedNpos: 'mitaka.certified-npos',
  yamaguchiLocalActivities: 'yamaguchi.local-activities',
  yamaguchiCivicActivities: 'yamaguchi.civic-activities',
  yamaguchiParticipation: 'yamaguchi.participation',
  yamaguchiVoice: 'yamaguchi.voice-reaches-policy',
  yamaguchiStaffExplain: 'yamaguchi.staff-explain-kyodo',
  meguroMembership: 'meguro.association-membership',
  meguroUtilisation: 'meguro.meeting-facility-utilisation',
  yaizuWeakTies: 'yaizu.weak-community-ties',
} as const;

export function demoIndicatorId(key: string): string {
  return stableObjectIdHex('evaluation.indicator', key);
}

export function demoActionItemId(code: string): string {
  return stableObjectIdHex('evaluation.action-item', code);
}

const DEMO_NOTE = 'デモ用の推計値（実績ではない）';

interface CityIndicatorPlan {
  key: string;
  name: string;
  nameJa: string;
  unit: string;
  description: string;
  baseline: { year: number; value: number };
  targets: { year: number | null; value: number }[];
  /** Real measurements from the source plan. */
  real?: { year: number; value: number; note: string }[];
  /** Years to generate measurements for. */
  years: number[];
  decimals: number;
}

function range(from: number, to: number, step = 1): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year += step) years.push(year);
  return years;
}

/** The city indicators (tools/seed/data/cityIndicators.json), measured up to the year before the one in progress. */
function cityIndicatorPlans(lastMeasuredYear: number): CityIndicatorPlan[] {
  return cityIndicatorData().map(({ measured, ...plan }) => ({
    ...plan,
    years: measured ? range(measured.from, lastMeasuredYear, measured.every) : [],
  }));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The plan's straight line through the baseline and each dated target (the last target after the plan ends). */
function plannedValue(plan: Pick<CityIndicatorPlan, 'baseline' | 'targets'>, year: number): number {
  const points = [
    plan.baseline,
    ...plan.targets.filter((t): t is { year: number; value: number } => t.year !== null),
  ];
  const undated = plan.targets.find((t) => t.year === null);
  // An undated goal is drawn as reached ten years after the baseline, only to place plausible demo values.
  if (undated) points.push({ year: plan.baseline.year + 10, value: undated.value });
  let previous = points[0]!;
  for (const point of points.slice(1)) {
    if (year <= point.year) {
      return (
        previous.value +
        ((point.value - previous.value) * (year - previous.year)) / (point.year - previous.year)
      );
    }
    previous = point;
  }
  return previous.value;
}

/**
 * Measurements that follow the plan loosely: each year lands between 12 % of the way short of the planned line and
 * 8 % past it (of the whole planned change), so some indicators are on track and some behind.
 */
function generatedMeasurements(
  plan: Pick<CityIndicatorPlan, 'baseline' | 'targets' | 'years' | 'decimals' | 'unit'>,
  random: Random,
): DemoIndicator['measurements'] {
  const final = plan.targets[plan.targets.length - 1]?.value ?? plan.baseline.value;
  const span = Math.abs(final - plan.baseline.value) || Math.abs(plan.baseline.value) * 0.05;
  const sign = final >= plan.baseline.value ? 1 : -1;
  return plan.years.map((year) => {
    const deviation = (random.float() * 0.2 - 0.12) * span * sign;
    let value = round(plannedValue(plan, year) + deviation, plan.decimals);
    if (plan.unit === '%') value = Math.min(100, Math.max(0, value));
    return { year, value, note: DEMO_NOTE };
  });
}

function cityIndicators(openYear: number): DemoIndicator[] {
  return cityIndicatorPlans(openYear - 1).map((plan) => {
    const random = createRandom(`kyodo.evaluation.indicator:${plan.key}`);
    const measurements = [...generatedMeasurements(plan, random), ...(plan.real ?? [])].sort(
      (a, b) => a.year - b.year,
    );
    return {
      id: demoIndicatorId(plan.key),
      key: plan.key,
      name: plan.name,
      nameJa: plan.nameJa,
      unit: plan.unit,
      description: plan.description,
      scope: 'CITY',
      districtCode: null,
      facilityId: null,
      baseline: { ...plan.baseline },
      targets: plan.targets.map((target) => ({ ...target })),
      measurements,
    };
  });
}

/**
 * 自治会加入率 for every third Yaizu district: baseline five years before the year in progress, targets for it and
 * five years on, measured every year since the baseline up to the last complete one.
 */
function districtIndicators(districts: EvaluationSources['districts'], openYear: number): DemoIndicator[] {
  return districts
    .filter((_, index) => index % 3 === 0)
    .map((district) => {
      const key = `district:${district.code}:membership`;
      const random = createRandom(`kyodo.evaluation.indicator:${key}`);
      const baselineValue = round(62 + random.float() * 28, 1);
      const plan = {
        baseline: { year: openYear - 5, value: baselineValue },
        targets: [
          { year: openYear, value: round(Math.min(100, baselineValue + 3), 1) },
          { year: openYear + 5, value: round(Math.min(100, baselineValue + 5), 1) },
        ],
        years: range(openYear - 4, openYear - 1),
        decimals: 1,
        unit: '%',
      };
      return {
        id: demoIndicatorId(key),
        key,
        name: 'Neighborhood association membership',
        nameJa: '自治会加入率',
        unit: '%',
        description: `${district.nameJa}の世帯のうち自治会に加入している世帯の割合（焼津市デモ用の値）。`,
        scope: 'DISTRICT',
        districtCode: district.code,
        facilityId: null,
        baseline: plan.baseline,
        targets: plan.targets,
        measurements: generatedMeasurements(plan, random),
      };
    });
}

// 地域交流センター (the former 公民館) first, then コミュニティ・センター and 公民館.
const COMMUNITY_CENTRE_KINDS = ['COMMUNITY_EXCHANGE_CENTER', 'COMMUNITY_CENTER', 'CIVIC_HALL'];
const COMMUNITY_CENTRES_EVALUATED = 12;

/** The community centres the demo tracks: every 地域交流センター, then other community centres, up to 12. */
export function trackedCommunityCentres<F extends { kind: string }>(facilities: readonly F[]): F[] {
  return COMMUNITY_CENTRE_KINDS.flatMap((kind) =>
    facilities.filter((facility) => facility.kind === kind),
  ).slice(0, COMMUNITY_CENTRES_EVALUATED);
}

/**
 * 施設稼働率 of the tracked community centres, computed from the demo's bookings exactly as Facility.utilization
 * computes it (booked hours / open room-hours, in percent): the first year of records is the baseline, the complete years
 * after it are the measurements, and the target is eight points above the baseline two years after the year in
 * progress.
 */
function facilityIndicators(sources: EvaluationSources): DemoIndicator[] {
  // The centres' booking records start with the demo's second year (see demoBookings).
  const [firstYear, ...laterYears] = sources.fiscalYears.slice(1);
  const openYear = sources.fiscalYears[sources.fiscalYears.length - 1]!;
  return trackedCommunityCentres(sources.facilities).flatMap((facility): DemoIndicator[] => {
    const percent = (year: number) => {
      const share = facility.utilisation?.[year];
      return share === null || share === undefined ? null : round(share * 100, 1);
    };
    const baselineValue = firstYear === undefined ? null : percent(firstYear);
    if (firstYear === undefined || baselineValue === null) return [];
    const key = `facility:${facility.id}:utilisation`;
    return [
      {
        id: demoIndicatorId(key),
        key,
        name: 'Room utilisation',
        nameJa: '施設稼働率',
        unit: '%',
        description: `${facility.nameJa}の貸室の稼働率（予約時間 / 利用可能時間、焼津市デモの予約から算出）。`,
        scope: 'FACILITY',
        districtCode: null,
        facilityId: facility.id,
        baseline: { year: firstYear, value: baselineValue },
        targets: [{ year: openYear + 2, value: round(Math.min(100, baselineValue + 8), 1) }],
        measurements: laterYears
          .filter((year) => year < openYear)
          .flatMap((year) => {
            const value = percent(year);
            return value === null ? [] : [{ year, value, note: '予約実績から算出' }];
          }),
      },
    ];
  });
}

function actionItems(): DemoActionItem[] {
  const { planYears, items } = actionItemData();
  return items.map(({ plan, ...item }) => ({
    ...item,
    id: demoActionItemId(item.code),
    implementers: [...item.implementers],
    targets: [...item.targets],
    yearlyPlan: planYears.map((fiscalYear, i) => ({ fiscalYear, status: plan[i]! })),
    status: plan[plan.length - 1]!,
  }));
}

/** The criteria of Japanese administrative evaluation sheets (事務事業評価). */
const CRITERIA = ['必要性', '有効性', '効率性', '公平性'];
const COLLABORATION_CRITERION = '協働性';

/**
 * The findings of an evaluation, fitting its scores: the best-rated criterion and a strength when the overall score
 * is 4 or 5, the worst-rated criterion and a weakness when it is 1 or 2, both for a 3.
 */
function findingsOf(
  subjectType: DemoEvaluationSubjectType,
  scores: { criterion: string; score: number }[],
  overall: number,
  random: Random,
): string {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  const { strengths, weaknesses } = evaluationTextData().findings[subjectType];
  const praise = `${best.criterion}の評価が高い（${best.score}点）。${random.pick(strengths)}`;
  const concern = `${worst.criterion}に課題がある（${worst.score}点）。${random.pick(weaknesses)}`;
  if (overall >= 4) return praise;
  if (overall <= 2) return concern;
  return `${praise}一方、${concern}`;
}

const THIRD_PARTY_EVALUATOR = '市協働のまちづくり推進委員会';
const FACILITY_EVALUATOR = '指定管理者評価委員会';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A time in the fiscal year: PLAN in April-May, DO in September-October, SEE in February-March of the next year. */
function createdAt(fiscalYear: number, phase: DemoEvaluationPhase, random: Random): string {
  const [year, month] =
    phase === 'PLAN'
      ? [fiscalYear, random.int(4, 5)]
      : phase === 'DO'
        ? [fiscalYear, random.int(9, 10)]
        : [fiscalYear + 1, random.int(2, 3)];
  return `${year}-${pad(month)}-${pad(random.int(1, 28))}T${pad(random.int(9, 17))}:${pad(random.int(0, 59))}:00+09:00`;
}

interface EvaluationSpec {
  subjectType: DemoEvaluationSubjectType;
  subjectId: string;
  type: DemoEvaluationType;
  phase: DemoEvaluationPhase;
  fiscalYear: number;
  evaluator: string;
  criteria?: string[];
}

function buildEvaluation(spec: EvaluationSpec, random: Random): DemoEvaluation {
  const texts = evaluationTextData();
  const quality = random.int(2, 5);
  const scores = (spec.criteria ?? CRITERIA).map((criterion) => ({
    criterion,
    score: Math.min(5, Math.max(1, quality + random.int(-1, 1))),
  }));
  const mean = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
  return {
    id: stableObjectIdHex(
      'evaluation.evaluation',
      `${spec.subjectType}:${spec.subjectId}:${spec.fiscalYear}:${spec.type}:${spec.phase}`,
    ),
    subjectType: spec.subjectType,
    subjectId: spec.subjectId,
    type: spec.type,
    phase: spec.phase,
    fiscalYear: spec.fiscalYear,
    scores,
    overall: Math.round(mean),
    findings: findingsOf(spec.subjectType, scores, Math.round(mean), random),
    // A well-rated subject is asked to keep going and share what works; a weaker one gets an improvement to make.
    recommendations: random.pick(
      Math.round(mean) >= 4 ? texts.keepGoing : texts.recommendations[spec.subjectType],
    ),
    evaluator: spec.evaluator,
    createdAt: createdAt(spec.fiscalYear, spec.phase, random),
  };
}

function evaluations(sources: EvaluationSources): DemoEvaluation[] {
  const random = createRandom('kyodo.evaluation.evaluations');
  const specs: EvaluationSpec[] = [];

  // Organizations: a SELF evaluation each year (SEE), a MUTUAL one by a peer in some years, THIRD_PARTY now and then.
  const openYear = sources.fiscalYears[sources.fiscalYears.length - 1]!;
  const organizations = random.sample(sources.organizations, Math.min(sources.organizations.length, 24));
  for (const organization of organizations) {
    for (const fiscalYear of sources.fiscalYears) {
      if (random.chance(0.25)) continue;
      specs.push({
        subjectType: 'ORGANIZATION',
        subjectId: organization.id,
        type: 'SELF',
        phase: fiscalYear === openYear ? 'PLAN' : 'SEE',
        fiscalYear,
        evaluator: organization.nameJa,
      });
      const peer = random.pick(sources.organizations.filter((o) => o.id !== organization.id));
      if (peer && random.chance(0.3)) {
        specs.push({
          subjectType: 'ORGANIZATION',
          subjectId: organization.id,
          type: 'MUTUAL',
          phase: 'DO',
          fiscalYear,
          evaluator: peer.nameJa,
        });
      }
      if (random.chance(0.2)) {
        specs.push({
          subjectType: 'ORGANIZATION',
          subjectId: organization.id,
          type: 'THIRD_PARTY',
          phase: 'SEE',
          fiscalYear,
          evaluator: THIRD_PARTY_EVALUATOR,
        });
      }
    }
  }

  // Community facilities: the designated manager's SELF evaluation and the committee's THIRD_PARTY one each year.
  const facilities = trackedCommunityCentres(sources.facilities);
  for (const facility of facilities) {
    for (const fiscalYear of sources.fiscalYears.slice(0, -1)) {
      specs.push({
        subjectType: 'FACILITY',
        subjectId: facility.id,
        type: 'SELF',
        phase: 'SEE',
        fiscalYear,
        evaluator: `${facility.nameJa} 指定管理者`,
      });
      specs.push({
        subjectType: 'FACILITY',
        subjectId: facility.id,
        type: 'THIRD_PARTY',
        phase: 'SEE',
        fiscalYear,
        evaluator: FACILITY_EVALUATOR,
      });
    }
  }

  // Awards of closed years: the recipient's report (SELF) and, for some, the committee's review.
  const organizationNames = new Map(sources.organizations.map((o) => [o.id, o.nameJa]));
  for (const award of sources.awards) {
    if (award.fiscalYear >= openYear || !random.chance(0.4)) continue;
    specs.push({
      subjectType: 'AWARD',
      subjectId: award.id,
      type: 'SELF',
      phase: 'SEE',
      fiscalYear: award.fiscalYear,
      evaluator: organizationNames.get(award.organizationId) ?? '交付団体',
    });
    if (random.chance(0.5)) {
      specs.push({
        subjectType: 'AWARD',
        subjectId: award.id,
        type: 'THIRD_PARTY',
        phase: 'SEE',
        fiscalYear: award.fiscalYear,
        evaluator: THIRD_PARTY_EVALUATOR,
      });
    }
  }

  // Collaborative projects: the city and its partners evaluate each other (MUTUAL) midway, the committee at the end.
  for (const project of sources.collaborativeProjects) {
    if (project.status === 'PROPOSED' || project.status === 'CANCELLED') continue;
    const criteria = [...CRITERIA, COLLABORATION_CRITERION];
    specs.push({
      subjectType: 'COLLABORATIVE_PROJECT',
      subjectId: project.id,
      type: 'MUTUAL',
      phase: 'DO',
      fiscalYear: project.fiscalYear,
      evaluator: '担当課と協働団体',
      criteria,
    });
    if (project.status === 'COMPLETED') {
      specs.push({
        subjectType: 'COLLABORATIVE_PROJECT',
        subjectId: project.id,
        type: 'THIRD_PARTY',
        phase: 'SEE',
        fiscalYear: project.fiscalYear,
        evaluator: THIRD_PARTY_EVALUATOR,
        criteria,
      });
    }
  }

  // Nothing is dated after today: an evaluation whose time has not come yet is not in the demo.
  return specs
    .map((spec) => buildEvaluation(spec, random))
    .filter((evaluation) => evaluation.createdAt.slice(0, 10) <= sources.today);
}

/** Generates the demo evaluation data for the demo world described by `sources`. */
export function demoEvaluationData(sources: EvaluationSources): DemoEvaluationData {
  const openYear = sources.fiscalYears[sources.fiscalYears.length - 1]!;
  return {
    indicators: [
      ...cityIndicators(openYear),
      ...districtIndicators(sources.districts, openYear),
      ...facilityIndicators(sources),
    ],
    actionItems: actionItems(),
    evaluations: evaluations(sources),
  };
}

/**
 * What evaluation's seed takes from the rest of the demo world. One mapping, used by the evaluation service's seed
 * and by the tests that rebuild its answers, so the subjects' ids can never drift apart.
 */
export function evaluationSourcesOf(world: {
  fiscalYears: readonly number[];
  today: string;
  /** Facility.utilization of a facility in a fiscal year, from the demo's bookings. */
  utilisationOf: (facilityId: string, fiscalYear: number) => number | null;
  districts: readonly { code: string; nameJa: string }[];
  organizations: readonly { id: string; name: string; kind: string; districtCode: string | null }[];
  facilities: readonly { id: string; nameJa: string; kind: string }[];
  funding: {
    awards: readonly { id: string; organizationId: string; fiscalYear: number }[];
    collaborativeProjects: readonly { id: string; title: string; fiscalYear: number; status: string }[];
  };
}): EvaluationSources {
  return {
    districts: world.districts.map(({ code, nameJa }) => ({ code, nameJa })),
    organizations: world.organizations.map(({ id, name, kind, districtCode }) => ({
      id,
      nameJa: name,
      kind,
      districtCode,
    })),
    facilities: world.facilities.map(({ id, nameJa, kind }) => ({
      id,
      nameJa,
      kind,
      utilisation: Object.fromEntries(world.fiscalYears.map((year) => [year, world.utilisationOf(id, year)])),
    })),
    awards: world.funding.awards.map(({ id, organizationId, fiscalYear }) => ({
      id,
      organizationId,
      fiscalYear,
    })),
    collaborativeProjects: world.funding.collaborativeProjects.map(({ id, title, fiscalYear, status }) => ({
      id,
      title,
      fiscalYear,
      status,
    })),
    fiscalYears: world.fiscalYears,
    today: world.today,
  };
}
