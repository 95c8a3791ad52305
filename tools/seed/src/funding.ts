import { addDays } from '@kyodo/domain';
import { stableObjectIdHex } from './ids.js';
import { createRandom, type Random } from './random.js';
import { applicationTitle } from './applicationTitles.js';
import { grantProgramData, type GrantProgramData } from './data.js';

/**
 * The demo world's funding: grant programs of the demo's four fiscal years (the current one and the three before
 * it), applications in every state, awards with disbursements and collaborative projects. Plain data (ids as
 * ObjectId hex, dates as strings) so the funding service seeds it and tests recompute totals from it;
 * deterministic for a given date, nothing dated after it, and no program's awards exceed its budget.
 */

/** The calendar the demo's funding is generated for. */
export interface FundingCalendar {
  /** Oldest first; the last is the year in progress. */
  fiscalYears: readonly number[];
  /** YYYY-MM-DD in Tokyo: nothing happens after it. */
  today: string;
}

/** What funding needs to know of a demo organization: its id, kind and district (the applicant register). */
export interface FundingApplicantSource {
  id: string;
  kind: string;
  districtCode: string | null;
  /** An inactive organization applies for nothing. */
  active?: boolean;
  /** What it works on: its applications' titles follow from it. */
  activityFields?: readonly string[];
}

export type DemoApplicationStatus =
  'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'AWARDED' | 'REJECTED' | 'WITHDRAWN';

export interface DemoGrantProgram {
  id: string;
  name: string;
  nameJa: string;
  kind: 'GRANT' | 'SUBSIDY' | 'AID' | 'COMMISSION';
  fiscalYear: number;
  budget: number;
  /** Sum of the program's demo awards; always <= budget. */
  awardedTotal: number;
  maxAward: number;
  eligibleKinds: string[];
  applicationWindow: { opens: string; closes: string };
  endsAfterFiscalYear: number;
  description: string;
}

export interface DemoApplication {
  id: string;
  programId: string;
  fiscalYear: number;
  organizationId: string;
  applicantKind: string;
  districtCode: string | null;
  title: string;
  plan: string;
  requestedAmount: number;
  status: DemoApplicationStatus;
  /** ISO-8601 with +09:00. */
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  reviewScore: number | null;
  reviewNotes: string | null;
}

export interface DemoAward {
  id: string;
  applicationId: string;
  programId: string;
  organizationId: string;
  recipientKind: string;
  districtCode: string | null;
  fiscalYear: number;
  amount: number;
  awardedOn: string;
  disbursements: { date: string; amount: number }[];
  disbursedTotal: number;
}

export interface DemoCollaborativeProject {
  id: string;
  title: string;
  description: string;
  origin: 'GOVERNMENT_PROPOSED' | 'CITIZEN_PROPOSED';
  form: string;
  partnerIds: string[];
  department: string;
  fiscalYear: number;
  budget: number;
  status: 'PROPOSED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
}

export interface DemoFunding {
  programs: DemoGrantProgram[];
  applications: DemoApplication[];
  awards: DemoAward[];
  collaborativeProjects: DemoCollaborativeProject[];
}

const PLANS = [
  '事業計画書のとおり、年間を通じて実施する。会員と地域住民の参加を広く募り、成果は報告会で公表する。',
  '前年度の活動を検証したうえで内容を見直し、参加者アンケートにより効果を測定する。',
  '関係団体と実行委員会を組織し、役割を分担して実施する。経費は参加費と自主財源で一部を賄う。',
];

const REVIEW_NOTES = [
  '地域課題との対応が明確で、継続性も見込める。',
  '経費の積算根拠が一部不明確。報告時に内訳を確認すること。',
  '参加者の広がりに課題がある。広報の工夫を求める。',
  '他の交付金との重複がないことを確認済み。',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A time on `date` in Tokyo office hours, within [fromHour, toHour]. */
function tokyoTime(date: string, random: Random, fromHour = 9, toHour = 17): string {
  return `${date}T${pad(random.int(fromHour, toHour))}:${pad(random.int(0, 59))}:00+09:00`;
}

/** Requests are in round thousands of yen, as real applications are. */
function roundedAmount(random: Random, min: number, max: number): number {
  return random.int(Math.ceil(min / 1000), Math.floor(max / 1000)) * 1000;
}

// The year in progress: its applications spread over every state; earlier years are closed.
const OPEN_YEAR_STATUSES: DemoApplicationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'AWARDED',
  'REJECTED',
  'WITHDRAWN',
  'AWARDED',
  'UNDER_REVIEW',
];

function plannedStatus(open: boolean, index: number, random: Random): DemoApplicationStatus {
  if (open) return OPEN_YEAR_STATUSES[index % OPEN_YEAR_STATUSES.length]!;
  const roll = random.float();
  if (roll < 0.08) return 'WITHDRAWN';
  if (roll < 0.2) return 'REJECTED';
  return 'AWARDED';
}

function disbursementsFor(
  award: { amount: number; awardedOn: string; fiscalYear: number },
  open: boolean,
  today: string,
  random: Random,
) {
  // Closed years are paid in full (an advance and a settlement after the report); the open year has the advance
  // only, once its date has come.
  const advance = Math.floor((award.amount * random.pick([0.5, 0.6, 0.7])) / 1000) * 1000;
  const first = { date: addDays(award.awardedOn, random.int(7, 20)), amount: advance };
  const paid = (disbursements: { date: string; amount: number }[]) =>
    disbursements.filter((d) => d.date <= today);
  if (open) return paid([first]);
  return paid([
    first,
    {
      // The settlement after the year's report, never before the advance.
      date: [`${award.fiscalYear + 1}-03-${pad(random.int(10, 25))}`, addDays(first.date, 1)].sort()[1]!,
      amount: award.amount - advance,
    },
  ]);
}

function buildProgram(template: GrantProgramData, fiscalYear: number, openYear: number): DemoGrantProgram {
  return {
    id: stableObjectIdHex('funding.program', `${fiscalYear}:${template.code}`),
    name: template.name,
    nameJa: template.nameJa,
    kind: template.kind,
    fiscalYear,
    budget: template.budget,
    awardedTotal: 0,
    maxAward: template.maxAward,
    eligibleKinds: [...template.eligibleKinds],
    applicationWindow: {
      opens: `${fiscalYear}-${template.opens}`,
      // A window closing on an earlier MM-DD than it opens closes in the next calendar year (a year-round window).
      closes: `${template.closes < template.opens ? fiscalYear + 1 : fiscalYear}-${template.closes}`,
    },
    endsAfterFiscalYear: openYear + template.sunsetAfter,
    description: template.description,
  };
}

const PROJECT_THEMES: {
  title: string;
  origin: DemoCollaborativeProject['origin'];
  form: string;
  department: string;
}[] = [
  { title: '焼津港まつり', origin: 'CITIZEN_PROPOSED', form: 'CO_HOSTING', department: '観光振興課' },
  {
    title: '市民活動フォーラム',
    origin: 'GOVERNMENT_PROPOSED',
    form: 'EXECUTIVE_COMMITTEE',
    department: '協働推進課',
  },
  { title: '海岸アダプトプログラム', origin: 'CITIZEN_PROPOSED', form: 'ADOPTION', department: '環境課' },
  {
    title: '地域防災リーダー養成',
    origin: 'GOVERNMENT_PROPOSED',
    form: 'COLLABORATIVE_COMMISSION',
    department: '防災課',
  },
  { title: '子ども食堂ネットワーク', origin: 'CITIZEN_PROPOSED', form: 'SUBSIDY', department: '地域福祉課' },
  {
    title: '高齢者の買い物支援',
    origin: 'CITIZEN_PROPOSED',
    form: 'BUSINESS_COOPERATION',
    department: '地域福祉課',
  },
  {
    title: '協働のまちづくり条例の見直し提案',
    origin: 'CITIZEN_PROPOSED',
    form: 'POLICY_PROPOSAL',
    department: '協働推進課',
  },
  {
    title: '市民活動情報サイトの共同運営',
    origin: 'GOVERNMENT_PROPOSED',
    form: 'INFORMATION_EXCHANGE',
    department: '協働推進課',
  },
  { title: '生涯学習講座の後援', origin: 'CITIZEN_PROPOSED', form: 'ENDORSEMENT', department: '生涯学習課' },
];

function buildCollaborativeProjects(
  organizations: readonly FundingApplicantSource[],
  fiscalYears: readonly number[],
): DemoCollaborativeProject[] {
  const random = createRandom('kyodo.funding.collaborative-projects');
  const projects: DemoCollaborativeProject[] = [];
  const openYear = fiscalYears[fiscalYears.length - 1]!;
  fiscalYears.forEach((fiscalYear, yearIndex) => {
    // Three projects a year, rotating through the nine forms so four years cover every one and both origins.
    for (let i = 0; i < 3; i++) {
      const theme = PROJECT_THEMES[(yearIndex * 3 + i) % PROJECT_THEMES.length]!;
      const partners = random.sample(organizations, Math.min(organizations.length, random.int(1, 3)));
      const status: DemoCollaborativeProject['status'] =
        fiscalYear < openYear
          ? random.chance(0.1)
            ? 'CANCELLED'
            : 'COMPLETED'
          : i === 0
            ? 'PROPOSED'
            : 'ACTIVE';
      projects.push({
        id: stableObjectIdHex('funding.collaborative-project', `${fiscalYear}:${i}`),
        title: `${theme.title}（${fiscalYear}年度）`,
        description: `${theme.department}と市民・団体が役割を分担して実施する提案型協働事業。`,
        origin: theme.origin,
        form: theme.form,
        partnerIds: partners.map((p) => p.id),
        department: theme.department,
        fiscalYear,
        budget:
          theme.form === 'ENDORSEMENT' || theme.form === 'INFORMATION_EXCHANGE'
            ? 0
            : roundedAmount(random, 200_000, 3_000_000),
        status,
      });
    }
  });
  return projects;
}

/**
 * Generates the demo funding for `organizations` (the demo world's organizations: ids, kinds, districts). Awards are
 * granted in submission order while the program's remaining budget covers them, so awardedTotal <= budget always.
 */
export function demoFunding(
  allOrganizations: readonly FundingApplicantSource[],
  { fiscalYears, today }: FundingCalendar,
): DemoFunding {
  const openYear = fiscalYears[fiscalYears.length - 1]!;
  const random = createRandom('kyodo.funding');
  const organizations = allOrganizations.filter((o) => o.active !== false);
  const programs: DemoGrantProgram[] = [];
  const applications: DemoApplication[] = [];
  const awards: DemoAward[] = [];

  for (const fiscalYear of fiscalYears) {
    const open = fiscalYear === openYear;
    for (const template of grantProgramData()) {
      const program = buildProgram(template, fiscalYear, openYear);
      programs.push(program);
      const eligible = organizations.filter((o) => program.eligibleKinds.includes(o.kind));
      const applicants = random.sample(eligible, Math.min(eligible.length, 12));
      const windowDays = daysBetween(program.applicationWindow.opens, program.applicationWindow.closes);
      const yearRound = windowDays > 300;

      applicants.forEach((organization, index) => {
        const id = stableObjectIdHex('funding.application', `${program.id}:${organization.id}`);
        const createdOn = addDays(
          program.applicationWindow.opens,
          random.int(0, Math.max(0, windowDays - 7)),
        );
        const submittedOn = addDays(createdOn, random.int(0, 6));
        // A year-round program decides each application three weeks after it arrives; the others after closing.
        const decisionDay = yearRound
          ? [addDays(submittedOn, 21), program.applicationWindow.closes].sort()[0]!
          : addDays(program.applicationWindow.closes, 21);
        const requestedAmount = roundedAmount(random, program.maxAward * 0.3, program.maxAward);
        const title = applicationTitle(template.kind, organization.activityFields, template.titles, random);
        let status = plannedStatus(open, index, random);
        // Nothing happens after today: no application before it is started, no decision before it is made.
        if (createdOn > today) return;
        if (submittedOn > today && status !== 'DRAFT') status = 'DRAFT';
        if (decisionDay > today && (status === 'AWARDED' || status === 'REJECTED')) status = 'UNDER_REVIEW';
        let amount = 0;
        if (status === 'AWARDED') {
          const remaining = program.budget - program.awardedTotal;
          amount = Math.min(
            requestedAmount,
            Math.floor((requestedAmount * random.pick([0.8, 0.9, 1])) / 1000) * 1000,
          );
          // Budget exhausted: the application is rejected, exactly as decideApplication would refuse the award.
          if (amount > remaining) status = 'REJECTED';
        }
        const reviewed = status === 'UNDER_REVIEW' || status === 'AWARDED' || status === 'REJECTED';
        const submitted = status !== 'DRAFT' && !(status === 'WITHDRAWN' && index % 2 === 0);
        const decided = status === 'AWARDED' || status === 'REJECTED';
        const application: DemoApplication = {
          id,
          programId: program.id,
          fiscalYear,
          organizationId: organization.id,
          applicantKind: organization.kind,
          districtCode: organization.districtCode,
          title,
          plan: random.pick(PLANS),
          requestedAmount,
          status,
          // Drafts are started in the morning and submitted in the afternoon, so submission never precedes creation.
          createdAt: tokyoTime(createdOn, random, 9, 11),
          submittedAt: submitted ? tokyoTime(submittedOn, random, 13, 17) : null,
          decidedAt: decided ? tokyoTime(decisionDay, random) : null,
          reviewScore: reviewed
            ? random.int(status === 'REJECTED' ? 1 : 3, status === 'REJECTED' ? 3 : 5)
            : null,
          reviewNotes: reviewed ? random.pick(REVIEW_NOTES) : null,
        };
        applications.push(application);
        if (status !== 'AWARDED') return;

        program.awardedTotal += amount;
        const award: DemoAward = {
          id: stableObjectIdHex('funding.award', id),
          applicationId: id,
          programId: program.id,
          organizationId: organization.id,
          recipientKind: organization.kind,
          districtCode: organization.districtCode,
          fiscalYear,
          amount,
          awardedOn: decisionDay,
          disbursements: [],
          disbursedTotal: 0,
        };
        award.disbursements = disbursementsFor(award, open, today, random);
        award.disbursedTotal = award.disbursements.reduce((sum, d) => sum + d.amount, 0);
        awards.push(award);
      });
    }
  }

  return {
    programs,
    applications,
    awards,
    collaborativeProjects: buildCollaborativeProjects(organizations, fiscalYears),
  };
}
