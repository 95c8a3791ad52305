import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  conflict,
  isDuplicateKeyError,
  requireInteger,
  type AuditContext,
} from '@kyodo/service-kit';
import { loadApplication } from './applications.js';
import { reserveBudget, releaseBudget } from './budget.js';
import { tokyoDate } from '@kyodo/domain';
import { ApplicationModel } from './models/Application.js';
import { AwardModel } from './models/Award.js';
import { assertCanTransition, transition } from './transitions.js';

/**
 * UNDER_REVIEW -> REJECTED, or -> AWARDED with an Award of `amount` yen. Without transactions, the award is made of
 * three conditional steps, each safe under races, undone in reverse when a later one fails:
 * 1. reserve the amount from the program's budget (conditional on the budget covering it, CONFLICT otherwise, and on
 *    the program's maxAward allowing it);
 * 2. move the application to AWARDED (conditional on it still being UNDER_REVIEW, so it is decided once);
 * 3. create the Award (a unique index on applicationId is the last guard against a second award).
 * A reservation without an award can only ever under-spend the budget, never over-spend it. Steps 2 and 3 (and an
 * undo of step 2) carry their audit entries; the reservation moves the program's awardedTotal, a running sum of its
 * awards, each of which is audited when it is created.
 */
export async function decideApplication(
  id: string,
  decision: 'AWARDED' | 'REJECTED',
  amount: number | null | undefined,
  ctx: AuditContext,
) {
  const decidedAt = ctx.now;
  const operation = 'decideApplication';
  const { _id, application } = await loadApplication(id);
  assertCanTransition('decide', { id, status: application.status });

  if (decision === 'REJECTED') {
    if (amount !== null && amount !== undefined) {
      throw badUserInput('Argument "amount" is only for an AWARDED decision', { argumentName: 'amount' });
    }
    return transition('decide', _id, { $set: { status: 'REJECTED', decidedAt } }, operation, ctx);
  }

  if (amount === null || amount === undefined) {
    throw badUserInput('Argument "amount" is required to award an application', { argumentName: 'amount' });
  }
  requireInteger(amount, 'amount', 1, application.requestedAmount);
  await reserveBudget(application.programId, amount);
  let decided;
  try {
    decided = await transition('decide', _id, { $set: { status: 'AWARDED', decidedAt } }, operation, ctx);
  } catch (error) {
    await releaseBudget(application.programId, amount);
    throw error;
  }
  try {
    const award = {
      applicationId: _id,
      programId: application.programId,
      organizationId: application.organizationId,
      recipientKind: application.applicantKind,
      districtCode: application.districtCode ?? null,
      fiscalYear: application.fiscalYear,
      amount,
      awardedOn: tokyoDate(decidedAt),
    };
    await auditedCreate(AwardModel, award, ctx, { operation });
  } catch (error) {
    // Undo step 2 only if it is still ours (same decision time), then give the budget back.
    await auditedUpdate(ApplicationModel, {
      id: _id,
      filter: { status: 'AWARDED', decidedAt },
      update: { $set: { status: 'UNDER_REVIEW', decidedAt: null } },
      operation,
      ctx,
    }).catch(() => undefined);
    await releaseBudget(application.programId, amount);
    if (isDuplicateKeyError(error)) throw conflict(`Application ${id} already has an award`);
    throw error;
  }
  return decided;
}
