import {
  auditedCreate,
  badUserInput,
  notFound,
  parseObjectId,
  requireActsFor,
  requireInteger,
  requireText,
  type AuditContext,
  type Viewer,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { tokyoDate } from '@kyodo/domain';
import type { ApplicationInput } from './generated/graphql.js';
import { ApplicantModel } from './models/Applicant.js';
import { ApplicationModel, type ApplicationDocument } from './models/Application.js';
import { GrantProgramModel, type GrantProgramDocument } from './models/GrantProgram.js';
import { assertCanTransition, transition, type Action } from './transitions.js';
import { MAX_YEN } from './amounts.js';

function assertWindowOpen(program: GrantProgramDocument, today: string): void {
  const { opens, closes } = program.applicationWindow;
  if (today < opens || today > closes) {
    throw badUserInput(
      `Program ${program.id} accepts applications from ${opens} to ${closes}; today is ${today}`,
      { applicationWindow: { opens, closes }, today },
    );
  }
}

function assertWithinMaxAward(program: GrantProgramDocument, requestedAmount: number): void {
  if (requestedAmount > program.maxAward) {
    throw badUserInput(
      `Argument "requestedAmount" (${requestedAmount}) exceeds the program's maximum award of ${program.maxAward} yen`,
      { argumentName: 'requestedAmount', maxAward: program.maxAward },
    );
  }
}

/**
 * Creates an application as a DRAFT or SUBMITTED. Everything is checked before anything is written: the viewer acts
 * for the applicant, the applicant is in the register and of an eligible kind, the amount is within the program's
 * maximum, and (to submit) today is inside the window; a draft may be saved any time before the window closes.
 */
export async function createApplication(
  input: ApplicationInput,
  status: 'DRAFT' | 'SUBMITTED',
  idempotencyKey: string | null | undefined,
  ctx: AuditContext,
) {
  const { viewer, now } = ctx;
  const programId = parseObjectId(input.programId, 'input.programId');
  const organizationId = parseObjectId(input.organizationId, 'input.organizationId');
  requireActsFor(viewer, organizationId.toHexString(), 'apply for this organization');
  const title = requireText(input.title, 'input.title', { max: 200 });
  const plan = requireText(input.plan, 'input.plan', { max: 10_000 });
  const requestedAmount = requireInteger(input.requestedAmount, 'input.requestedAmount', 1, MAX_YEN);

  const [program, applicant] = await Promise.all([
    GrantProgramModel.findById(programId).exec(),
    ApplicantModel.findById(organizationId).lean().exec(),
  ]);
  if (!program) throw notFound('GrantProgram', programId.toHexString());
  assertWithinMaxAward(program, requestedAmount);
  if (!applicant) {
    throw badUserInput(
      `Organization ${organizationId.toHexString()} is not in the applicant register; staff register it with registerApplicant`,
      { argumentName: 'input.organizationId' },
    );
  }
  if (!program.eligibleKinds.includes(applicant.kind)) {
    throw badUserInput(
      `Program ${program.id} is open to ${program.eligibleKinds.join(', ')}; the applicant is ${applicant.kind}`,
      {
        argumentName: 'input.organizationId',
        eligibleKinds: program.eligibleKinds,
        applicantKind: applicant.kind,
      },
    );
  }
  const today = tokyoDate(now);
  if (status === 'SUBMITTED') {
    assertWindowOpen(program, today);
  } else if (today > program.applicationWindow.closes) {
    throw badUserInput(
      `Program ${program.id} closed for applications on ${program.applicationWindow.closes}`,
      {
        applicationWindow: program.applicationWindow,
        today,
      },
    );
  }

  const fields = {
    programId,
    fiscalYear: program.fiscalYear,
    organizationId,
    applicantKind: applicant.kind,
    districtCode: applicant.districtCode ?? null,
    title,
    plan,
    requestedAmount,
    status,
    createdAt: now,
    submittedAt: status === 'SUBMITTED' ? now : null,
  };
  return auditedCreate(ApplicationModel, fields, ctx, {
    operation: status === 'DRAFT' ? 'draftApplication' : 'submitApplication',
    idempotencyKey,
    input,
  });
}

export async function loadApplication(
  id: string,
): Promise<{ _id: Types.ObjectId; application: ApplicationDocument }> {
  const _id = parseObjectId(id, 'id');
  const application = await ApplicationModel.findById(_id).exec();
  if (!application) throw notFound('Application', id);
  return { _id, application };
}

/** An application the viewer acts on for its organization, in a state `action` is allowed from. */
async function loadOwn(viewer: Viewer, id: string, action: Action) {
  const loaded = await loadApplication(id);
  requireActsFor(viewer, String(loaded.application.organizationId), `${action} this application`);
  assertCanTransition(action, { id, status: loaded.application.status });
  return loaded;
}

/** DRAFT -> SUBMITTED, inside the window and within the program's current maximum. */
export async function submitDraft(id: string, ctx: AuditContext) {
  const { viewer, now } = ctx;
  const { _id, application } = await loadOwn(viewer, id, 'submit');
  const program = await GrantProgramModel.findById(application.programId).exec();
  if (!program) throw notFound('GrantProgram', String(application.programId));
  assertWithinMaxAward(program, application.requestedAmount);
  assertWindowOpen(program, tokyoDate(now));
  return transition(
    'submit',
    _id,
    { $set: { status: 'SUBMITTED', submittedAt: now } },
    'submitDraftApplication',
    ctx,
  );
}

export async function withdraw(id: string, ctx: AuditContext) {
  const { _id } = await loadOwn(ctx.viewer, id, 'withdraw');
  return transition('withdraw', _id, { $set: { status: 'WITHDRAWN' } }, 'withdrawApplication', ctx);
}

/** Staff record a score and notes; the first review moves SUBMITTED to UNDER_REVIEW, later ones revise them. */
export async function review(id: string, score: number, notes: string, ctx: AuditContext) {
  requireInteger(score, 'score', 1, 5);
  const reviewNotes = requireText(notes, 'notes', { max: 5_000 });
  const { _id, application } = await loadApplication(id);
  assertCanTransition('review', { id, status: application.status });
  return transition(
    'review',
    _id,
    { $set: { status: 'UNDER_REVIEW', reviewScore: score, reviewNotes } },
    'reviewApplication',
    ctx,
  );
}
