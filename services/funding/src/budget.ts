import { badUserInput, conflict, notFound } from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { GrantProgramModel } from './models/GrantProgram.js';

// A reservation retries only when another writer changed the program between its read and its update and the
// amount still fits; each retry means someone else made progress, so a handful is plenty.
const MAX_ATTEMPTS = 8;

/**
 * Reserves `amount` yen of a program's budget for an award. The check and the increment are one conditional update
 * in the database (`awardedTotal <= budget - amount`, with the budget it was computed from pinned in the filter), so
 * any number of racing decisions can never push awardedTotal past the budget, and a budget lowered concurrently by
 * updateGrantProgram is never overrun either; the per-award maximum is part of the same filter. The filter uses plain
 * comparison operators rather than `$expr` so it runs unchanged on MongoDB and on the embedded engine. A shortfall is
 * CONFLICT with the remaining budget; an amount above the program's maxAward is BAD_USER_INPUT.
 */
export async function reserveBudget(programId: Types.ObjectId, amount: number): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const program = await GrantProgramModel.findById(programId, { budget: 1, awardedTotal: 1, maxAward: 1 })
      .lean()
      .exec();
    if (!program) throw notFound('GrantProgram', programId.toHexString());
    if (amount > program.maxAward) {
      throw badUserInput(
        `Argument "amount" (${amount}) exceeds the program's maximum award of ${program.maxAward} yen`,
        { argumentName: 'amount', maxAward: program.maxAward },
      );
    }
    const remaining = program.budget - program.awardedTotal;
    if (remaining < amount) throw budgetExceeded(programId, remaining, amount);
    const result = await GrantProgramModel.updateOne(
      {
        _id: programId,
        budget: program.budget,
        maxAward: { $gte: amount },
        awardedTotal: { $lte: program.budget - amount },
      },
      { $inc: { awardedTotal: amount } },
    ).exec();
    if (result.modifiedCount === 1) return;
  }
  const program = await GrantProgramModel.findById(programId, { budget: 1, awardedTotal: 1 }).lean().exec();
  throw budgetExceeded(programId, program ? program.budget - program.awardedTotal : 0, amount);
}

/** Gives a reservation back when the award it was made for could not be created. */
export async function releaseBudget(programId: Types.ObjectId, amount: number): Promise<void> {
  await GrantProgramModel.updateOne({ _id: programId }, { $inc: { awardedTotal: -amount } }).exec();
}

function budgetExceeded(programId: Types.ObjectId, remainingBudget: number, amount: number) {
  return conflict(
    `An award of ${amount} yen exceeds the remaining budget of program ${programId.toHexString()} (${remainingBudget} yen left)`,
    { remainingBudget, requestedAmount: amount },
  );
}
