import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  versionOf,
  conflict,
  forbidden,
  isMemberOf,
  isStaff,
  notFound,
  parseObjectId,
  requireEntityExists,
  requireInteger,
  requireSignedIn,
  requireText,
  type Viewer,
} from '@kyodo/service-kit';
import { fiscalYearOf } from '@kyodo/domain';
import type { Context } from './context.js';
import type {
  CriterionScoreInput,
  SubmitEvaluationInput,
  UpdateEvaluationInput,
} from './generated/graphql.js';
import { EvaluationModel, type EvaluationDocument } from './models/Evaluation.js';
import type { EvaluationStatus } from './models/enums.js';
import { SUBJECT_OWNERS } from './references.js';
import { score } from './validation.js';

const FINDINGS = { max: 4000 };
const EVALUATOR = { max: 200 };
const CRITERION = { max: 100 };
const SCORES_MAX = 20;
const FIRST_FISCAL_YEAR = 2000;

type EvaluationParts = Pick<EvaluationDocument, 'type' | 'subjectType' | 'subjectId' | 'submittedBy'>;

/** An organization's SELF evaluation is the organization's own: its members act for it. */
function isOwnSelfEvaluation(viewer: Viewer, evaluation: EvaluationParts): boolean {
  return (
    evaluation.type === 'SELF' &&
    evaluation.subjectType === 'ORGANIZATION' &&
    isMemberOf(viewer, evaluation.subjectId.toHexString())
  );
}

/**
 * Who may update, publish or withdraw a draft: its author (staff who wrote it), and for an organization's SELF
 * evaluation any member of the organization, as the submit rule allows. A member who has left the organization no
 * longer may, even if they wrote it.
 */
export function mayEditDraft(viewer: Viewer, evaluation: EvaluationParts): boolean {
  if (isOwnSelfEvaluation(viewer, evaluation)) return true;
  return isStaff(viewer) && evaluation.submittedBy === viewer.sub;
}

/** Published evaluations are public; drafts and withdrawn ones only for staff and those who may edit them. */
export function maySee(viewer: Viewer, evaluation: EvaluationParts & { status: string }): boolean {
  return evaluation.status === 'PUBLISHED' || isStaff(viewer) || mayEditDraft(viewer, evaluation);
}

function checkFiscalYear(value: number, argumentName: string, now: Date): number {
  return requireInteger(value, argumentName, FIRST_FISCAL_YEAR, fiscalYearOf(now) + 1);
}

function checkScores(entries: readonly CriterionScoreInput[], argumentName: string) {
  if (entries.length === 0 || entries.length > SCORES_MAX) {
    throw badUserInput(`Argument "${argumentName}" must have between 1 and ${SCORES_MAX} entries`, {
      argumentName,
    });
  }
  const criteria = new Set<string>();
  return entries.map((entry, i) => {
    const criterion = requireText(entry.criterion, `${argumentName}[${i}].criterion`, CRITERION);
    if (criteria.has(criterion)) {
      throw badUserInput(`Argument "${argumentName}" rates ${criterion} twice`, { argumentName });
    }
    criteria.add(criterion);
    return { criterion, score: score(entry.score, `${argumentName}[${i}].score`) };
  });
}

export async function submitEvaluation(
  input: SubmitEvaluationInput,
  idempotencyKey: string | null | undefined,
  ctx: Context,
): Promise<EvaluationDocument> {
  const { viewer, entities, now } = ctx;
  const subjectId = parseObjectId(input.subjectId, 'input.subjectId');
  if (!isStaff(viewer)) {
    // Members may assess only themselves; mutual and third-party evaluations are commissioned by the city.
    if (input.type !== 'SELF' || input.subjectType !== 'ORGANIZATION') {
      throw forbidden('Only staff may submit evaluations other than an organization’s SELF evaluation');
    }
    if (!isMemberOf(viewer, subjectId.toHexString())) {
      throw forbidden('Only members of the organization (or staff) may submit its SELF evaluation');
    }
  }
  const status: EvaluationStatus = input.draft ? 'DRAFT' : 'PUBLISHED';
  const fields = {
    subjectType: input.subjectType,
    subjectId,
    type: input.type,
    phase: input.phase,
    fiscalYear: checkFiscalYear(input.fiscalYear, 'input.fiscalYear', now),
    scores: checkScores(input.scores, 'input.scores'),
    overall: score(input.overall, 'input.overall'),
    findings: requireText(input.findings, 'input.findings', FINDINGS),
    recommendations: requireText(input.recommendations, 'input.recommendations', FINDINGS),
    evaluator: requireText(input.evaluator, 'input.evaluator', EVALUATOR),
    status,
    submittedBy: viewer.sub,
    createdAt: now,
    publishedAt: status === 'PUBLISHED' ? now : null,
    withdrawnAt: null,
  };
  // Last, as it costs a call to the subgraph that owns the subject: an evaluation of nothing is NOT_FOUND.
  const owner = SUBJECT_OWNERS[input.subjectType];
  await requireEntityExists(
    entities,
    owner.subgraph,
    owner.typename,
    subjectId.toHexString(),
    'input.subjectId',
  );
  return auditedCreate(EvaluationModel, fields, ctx, {
    operation: 'submitEvaluation',
    idempotencyKey,
    input,
  });
}

/** The evaluation a change names, if the viewer may see it (NOT_FOUND otherwise, as for a missing one). */
async function loadVisible(id: string, ctx: Context): Promise<EvaluationDocument> {
  const hex = parseObjectId(id, 'id').toHexString();
  const evaluation = await ctx.loaders.evaluation.load(hex);
  if (!evaluation || !maySee(ctx.viewer, evaluation)) throw notFound('Evaluation', id);
  return evaluation;
}

function notDraft(evaluation: EvaluationDocument, action: string) {
  return conflict(
    `Evaluation ${evaluation._id.toHexString()} is ${evaluation.status} and can no longer be ${action}: only a DRAFT can`,
    { status: evaluation.status },
  );
}

function requireEditor(ctx: Context, evaluation: EvaluationDocument, action: string): void {
  if (mayEditDraft(ctx.viewer, evaluation)) return;
  requireSignedIn(ctx.viewer, action);
  throw forbidden(
    evaluation.type === 'SELF' && evaluation.subjectType === 'ORGANIZATION'
      ? `Only members of the organization or the staff member who wrote it may ${action}`
      : `Only the staff member who wrote it may ${action}`,
  );
}

/** A draft moves on (or is changed) only as a draft: the write is conditioned on the status being DRAFT. */
async function changeDraft(
  evaluation: EvaluationDocument,
  expectedVersion: number,
  update: Record<string, unknown>,
  operation: string,
  action: string,
  ctx: Context,
): Promise<EvaluationDocument> {
  if (evaluation.status !== 'DRAFT' && versionOf(evaluation) === expectedVersion)
    throw notDraft(evaluation, action);
  const updated = await auditedUpdate(EvaluationModel, {
    id: evaluation._id,
    expectedVersion,
    filter: { status: 'DRAFT' },
    filterProblem: (current) => notDraft(current, action),
    update,
    operation,
    ctx,
  });
  const id = updated._id.toHexString();
  ctx.loaders.evaluation.clear(id).prime(id, updated);
  return updated;
}

export async function updateEvaluation(
  id: string,
  expectedVersion: number,
  input: UpdateEvaluationInput,
  ctx: Context,
): Promise<EvaluationDocument> {
  const evaluation = await loadVisible(id, ctx);
  requireEditor(ctx, evaluation, 'change this evaluation');
  const set: Record<string, unknown> = {};
  if (input.phase != null) set.phase = input.phase;
  if (input.fiscalYear != null)
    set.fiscalYear = checkFiscalYear(input.fiscalYear, 'input.fiscalYear', ctx.now);
  if (input.scores != null) set.scores = checkScores(input.scores, 'input.scores');
  if (input.overall != null) set.overall = score(input.overall, 'input.overall');
  if (input.findings != null) set.findings = requireText(input.findings, 'input.findings', FINDINGS);
  if (input.recommendations != null) {
    set.recommendations = requireText(input.recommendations, 'input.recommendations', FINDINGS);
  }
  if (input.evaluator != null) set.evaluator = requireText(input.evaluator, 'input.evaluator', EVALUATOR);
  if (Object.keys(set).length === 0) {
    throw badUserInput('Argument "input" changes nothing', { argumentName: 'input' });
  }
  return changeDraft(evaluation, expectedVersion, { $set: set }, 'updateEvaluation', 'changed', ctx);
}

export async function publishEvaluation(
  id: string,
  expectedVersion: number,
  ctx: Context,
): Promise<EvaluationDocument> {
  const evaluation = await loadVisible(id, ctx);
  // Staff publish what the city commissioned, whoever drafted it.
  if (!isStaff(ctx.viewer)) requireEditor(ctx, evaluation, 'publish this evaluation');
  // Publishing twice is harmless: a retry finds it published and writes nothing.
  if (evaluation.status === 'PUBLISHED') return evaluation;
  return changeDraft(
    evaluation,
    expectedVersion,
    { $set: { status: 'PUBLISHED', publishedAt: ctx.now } },
    'publishEvaluation',
    'published',
    ctx,
  );
}

export async function withdrawEvaluation(
  id: string,
  expectedVersion: number,
  ctx: Context,
): Promise<EvaluationDocument> {
  const evaluation = await loadVisible(id, ctx);
  requireEditor(ctx, evaluation, 'withdraw this evaluation');
  if (evaluation.status === 'WITHDRAWN') return evaluation;
  return changeDraft(
    evaluation,
    expectedVersion,
    { $set: { status: 'WITHDRAWN', withdrawnAt: ctx.now } },
    'withdrawEvaluation',
    'withdrawn',
    ctx,
  );
}
