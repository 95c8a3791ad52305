import {
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireFiscalYear,
  requireInteger,
  requireText,
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

export async function createProgram(input: ProgramInput) {
  return GrantProgramModel.create({ ...validateProgram(input), awardedTotal: 0 });
}

/**
 * Applies an update. A new budget is written with the filter `awardedTotal <= budget`, in the same single-document
 * update as the check, so a budget can never drop below what racing decisions have already awarded; refusing is
 * CONFLICT with the awarded total.
 */
export async function updateProgram(id: string, update: UpdateGrantProgramInput) {
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
  // budget and maxAward were validated together against the values read above: pin those, so a concurrent edit of
  // either cannot combine with this one into maxAward > budget.
  const filter =
    changes.budget === undefined && changes.maxAward === undefined
      ? { _id }
      : {
          _id,
          budget: current.budget,
          maxAward: current.maxAward,
          awardedTotal: { $lte: merged.budget },
        };
  const updated = await GrantProgramModel.findOneAndUpdate(
    filter,
    { $set: set },
    { returnDocument: 'after' },
  ).exec();
  if (updated) return updated;

  const now = await GrantProgramModel.findById(_id, { budget: 1, maxAward: 1, awardedTotal: 1 })
    .lean()
    .exec();
  if (!now) throw notFound('GrantProgram', id);
  if (now.budget !== current.budget || now.maxAward !== current.maxAward) {
    throw conflict(`Program ${id} was changed by someone else meanwhile; read it again and retry`, {
      budget: now.budget,
      maxAward: now.maxAward,
    });
  }
  throw conflict(
    `The budget of program ${id} cannot be lowered to ${merged.budget} yen: ${now.awardedTotal} yen is already awarded`,
    { awardedTotal: now.awardedTotal, requestedBudget: merged.budget },
  );
}
