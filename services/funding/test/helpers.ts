import type { Viewer } from '@kyodo/service-kit';
import { startTestSubgraph, TEST_NOW, type TestSubgraph } from '@kyodo/service-kit/testing';
import { seedDatabase } from '@kyodo/service-kit';
import {
  buildDemoWorld,
  serviceSeeds,
  type DemoFunding,
  type DemoWorld,
  type FundingApplicantSource,
} from '@kyodo/seed';
import { definition } from '../src/index.js';
import { fiscalYearBounds, fiscalYearOf, fixedClock } from '@kyodo/domain';

export const STAFF: Viewer = { sub: 'staff-1', role: 'staff', organizationIds: [] };
export const RESIDENT: Viewer = { sub: 'resident-1', role: 'resident', organizationIds: [] };

export function memberOf(...organizationIds: string[]): Viewer {
  return { sub: `member-of-${organizationIds.join('-')}`, role: 'member', organizationIds };
}

export interface FundingWorld {
  subgraph: TestSubgraph;
  /** The demo organizations, as funding's seed registered them. */
  applicants: FundingApplicantSource[];
  /** The demo funding data the database was seeded with, to compute expectations independently. */
  demo: DemoFunding;
  demoWorld: DemoWorld;
}

/** A funding subgraph over HTTP on a fresh database (embedded engine, or MONGODB_URI) holding the demo seed. */
export async function startFundingWorld(): Promise<FundingWorld> {
  const demoWorld = await buildDemoWorld({ now: TEST_NOW });
  const subgraph = await startTestSubgraph(definition, {
    seed: async () => {
      await seedDatabase(definition.models, serviceSeeds(demoWorld).funding);
    },
    clock: fixedClock(TEST_NOW),
  });
  return { subgraph, applicants: demoWorld.organizations, demo: demoWorld.funding, demoWorld };
}

/**
 * A GraphQL response body as the test client returns it. Its data is checked field by field against expectations,
 * so it is left untyped, as the kit's test client leaves it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLBody = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

/** The error codes of a GraphQL response, in order. */
export function errorCodes(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** The test clock's fiscal year, and a window covering all of it, so a program created in a test is open. */
export function openWindowAtTestNow(): {
  fiscalYear: number;
  applicationWindow: { opens: string; closes: string };
} {
  const fiscalYear = fiscalYearOf(TEST_NOW);
  const { start, end } = fiscalYearBounds(fiscalYear);
  return { fiscalYear, applicationWindow: { opens: start, closes: end } };
}

/** A grant program's kind and figures, as the tests select them. */
export const PROGRAM_FIGURES = /* GraphQL */ `
  kind
  fiscalYear
  budget
  awardedTotal
  remainingBudget
  maxAward
  eligibleKinds
  applicationWindow {
    opens
    closes
  }
  endsAfterFiscalYear
`;

/** A collaborative project's terms, as the tests select them. */
export const PROJECT_TERMS = /* GraphQL */ `
  origin
  form
  department
  fiscalYear
  budget
  status
  partners {
    id
  }
`;

export const CREATE_PROGRAM = /* GraphQL */ `
  mutation Create($input: CreateGrantProgramInput!) {
    createGrantProgram(input: $input) {
      id
      name
      nameJa
      ${PROGRAM_FIGURES}
      description
    }
  }
`;

/** Input for an open program of the current fiscal year; override what a test needs. */
export function programInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { fiscalYear, applicationWindow } = openWindowAtTestNow();
  return {
    name: 'Test neighborhood grant',
    nameJa: '自治会等自治振興交付金（試験）',
    kind: 'GRANT',
    fiscalYear,
    budget: 1_000_000,
    maxAward: 200_000,
    eligibleKinds: ['NEIGHBORHOOD_ASSOCIATION'],
    applicationWindow,
    endsAfterFiscalYear: fiscalYear + 2,
    description: 'Created by a test.',
    ...overrides,
  };
}

export async function createProgram(
  subgraph: TestSubgraph,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; budget: number; maxAward: number; fiscalYear: number }> {
  const response = await subgraph.query(CREATE_PROGRAM, { input: programInput(overrides) }, STAFF);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data.createGrantProgram;
}

export const APPLICATION_FIELDS = /* GraphQL */ `
  fragment ApplicationFields on Application {
    id
    status
    title
    plan
    requestedAmount
    applicantKind
    district {
      code
    }
    applicant {
      id
    }
    program {
      id
    }
    createdAt
    submittedAt
    decidedAt
  }
`;

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: ApplicationInput!) {
    submitApplication(input: $input) {
      ...ApplicationFields
    }
  }
  ${APPLICATION_FIELDS}
`;

export const DRAFT = /* GraphQL */ `
  mutation Draft($input: ApplicationInput!) {
    draftApplication(input: $input) {
      ...ApplicationFields
    }
  }
  ${APPLICATION_FIELDS}
`;

export const REVIEW = /* GraphQL */ `
  mutation Review($id: ID!, $score: Int!, $notes: String!) {
    reviewApplication(id: $id, score: $score, notes: $notes) {
      id
      status
      reviewScore
      reviewNotes
    }
  }
`;

export const DECIDE = /* GraphQL */ `
  mutation Decide($id: ID!, $decision: ApplicationDecision!, $amount: Int) {
    decideApplication(id: $id, decision: $decision, amount: $amount) {
      id
      status
      decidedAt
      award {
        id
        amount
        awardedOn
        disbursedTotal
        recipient {
          id
        }
      }
    }
  }
`;

export const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
    }
  }
`;

export const SUBMIT_DRAFT = /* GraphQL */ `
  mutation SubmitDraft($id: ID!) {
    submitDraftApplication(id: $id) {
      id
      status
      submittedAt
    }
  }
`;

export const DISBURSE = /* GraphQL */ `
  mutation Disburse($awardId: ID!, $date: Date!, $amount: Int!) {
    recordDisbursement(awardId: $awardId, date: $date, amount: $amount) {
      id
      amount
      disbursedTotal
      disbursements {
        date
        amount
      }
    }
  }
`;

/** Submits an application as staff and takes it to UNDER_REVIEW, ready for a decision. */
export async function applicationUnderReview(
  subgraph: TestSubgraph,
  programId: string,
  organizationId: string,
  requestedAmount: number,
): Promise<string> {
  const submitted = await subgraph.query(
    SUBMIT,
    {
      input: {
        programId,
        organizationId,
        title: '防犯灯の維持管理',
        plan: '年間を通じて実施する。',
        requestedAmount,
      },
    },
    STAFF,
  );
  if (submitted.body.errors) throw new Error(JSON.stringify(submitted.body.errors));
  const id: string = submitted.body.data.submitApplication.id;
  const reviewed = await subgraph.query(REVIEW, { id, score: 4, notes: '地域課題との対応が明確。' }, STAFF);
  if (reviewed.body.errors) throw new Error(JSON.stringify(reviewed.body.errors));
  return id;
}
