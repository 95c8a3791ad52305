import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireFiscalYear,
  requireInteger,
  requireText,
  type AuditContext,
} from '@kyodo/service-kit';
import { fiscalYearBounds } from '@kyodo/domain';
import type { CreateGrantProgramInput, UpdateGrantProgramInput } from './generated/graphql.js';
import { GrantProgramModel } from './models/GrantProgram.js';
import { MAX_YEN } from './amounts.js';

export type ProgramInput = Omit<CreateGrantProgramInput, 'applicationWindow'> & {
  applicationWindow: { opens: string; closes: string };
};

/** Checks a whole program (new, or an existing one with the update applied); returns it normalized. */
function validateProgram(input: ProgramInput): ProgramInput {
  const fiscalYear = requireFiscalYear(input.fiscalYear);
  const budget = requireInteger(input.budget, 'budget', 0, MAX_YEN);
  const maxAward = requireInteger(input.maxAward, 'maxAward', 1, MAX_YEN);
  if (maxAward > budget) {
    throw badUserInput(`Argument "maxAward" (${maxAward}) must not exceed the budget (${budget})`, {
      argumentName: 'maxAward',
    });
  }
  if (input.eligibleKinds.length === 0) {
    throw badUserInput('Argument "eligibleKinds" must name at least one organization kind', {
      argumentName: 'eligibleKinds',
    });
  }
  const { opens, closes } = input.applicationWindow;
  const { end } = fiscalYearBounds(fiscalYear);
  if (opens > closes || closes > end) {
    throw badUserInput(
      `Argument "applicationWindow" must open on or before it closes, and close by the end of fiscal year ${fiscalYear} (${end})`,
      { argumentName: 'applicationWindow' },
    );
  }
  const endsAfterFiscalYear = requireInteger(
    input.endsAfterFiscalYear,
    'endsAfterFiscalYear',
    fiscalYear,
    fiscalYear + 20,
  );
  return {
    name: requireText(input.name, 'name', { max: 200 }),
    nameJa: requireText(input.nameJa, 'nameJa', { max: 200 }),
    kind: input.kind,
    fiscalYear,
    budget,
    maxAward,
    eligibleKinds: [...new Set(input.eligibleKinds)],
    applicationWindow: { opens, closes },
    endsAfterFiscalYear,
    description: input.description.trim(),
  };
}

export async function createProgram(
  input: ProgramInput,
  idempotencyKey: string | null | undefined,
  ctx: AuditContext,
) {
  return auditedCreate(GrantProgramModel, { ...validateProgram(input), awardedTotal: 0 }, ctx, {
    operation: 'createGrantProgram',
    idempotencyKey,
    input,
  });
}

/**
 * Applies an update at the version the editor read (CONFLICT with currentVersion otherwise), so budget and maxAward,
 * validated together against that version, cannot combine with a concurrent edit into maxAward > budget. A new budget
 * is written with the filter `awardedTotal <= budget`, in the same single-document update as the check, so a budget
 * can never drop below what racing decisions have already awarded (reservations move awardedTotal, not the version);
 * refusing is CONFLICT with the awarded total.
 */
export async function updateProgram(
  id: string,
  expectedVersion: number,
  update: UpdateGrantProgramInput,
  ctx: AuditContext,
) {
  const _id = parseObjectId(id, 'id');
  const current = await GrantProgramModel.findById(_id).exec();
  if (!current) throw notFound('GrantProgram', id);
  const changes = Object.fromEntries(
    Object.entries(update).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<ProgramInput>;
  const merged = validateProgram({
    name: current.name,
    nameJa: current.nameJa,
    kind: current.kind,
    fiscalYear: current.fiscalYear,
    budget: current.budget,
    maxAward: current.maxAward,
    eligibleKinds: current.eligibleKinds,
    applicationWindow: { opens: current.applicationWindow.opens, closes: current.applicationWindow.closes },
    endsAfterFiscalYear: current.endsAfterFiscalYear,
    description: current.description,
    ...changes,
  });
  const set = Object.fromEntries(Object.keys(changes).map((key) => [key, merged[key as keyof ProgramInput]]));
  return auditedUpdate(GrantProgramModel, {
    id: _id,
    expectedVersion,
    filter: changes.budget === undefined ? {} : { awardedTotal: { $lte: merged.budget } },
    update: { $set: set },
    operation: 'updateGrantProgram',
    ctx,
    filterProblem: (now) =>
      conflict(
        `The budget of program ${id} cannot be lowered to ${merged.budget} yen: ${now.awardedTotal} yen is already awarded`,
        { awardedTotal: now.awardedTotal, requestedBudget: merged.budget },
      ),
  });
}
