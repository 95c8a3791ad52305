import {
  auditedUpdate,
  badUserInput,
  checkIdempotencyKey,
  conflict,
  notFound,
  parseObjectId,
  requireInteger,
  type AuditContext,
} from '@kyodo/service-kit';
import { AwardModel } from './models/Award.js';
import { MAX_YEN } from './amounts.js';

/**
 * Records a payment of an award. The check that it fits and the write are one conditional update
 * (`disbursedTotal <= amount - payment`; an award's amount never changes), so racing payments can never overdraw it;
 * a refusal is CONFLICT with the undisbursed remainder. The write carries its audit entry. With an idempotency key
 * (per staff member and award), a retry of the same payment returns the award without paying it again: a staff tool
 * that timed out can safely send it again.
 */
export async function recordDisbursement(
  awardId: string,
  date: string,
  amount: number,
  idempotencyKey: string | null | undefined,
  ctx: AuditContext,
) {
  checkIdempotencyKey(idempotencyKey);
  const _id = parseObjectId(awardId, 'awardId');
  requireInteger(amount, 'amount', 1, MAX_YEN);
  const award = await AwardModel.findById(_id, { amount: 1, awardedOn: 1 }).lean().exec();
  if (!award) throw notFound('Award', awardId);
  if (date < award.awardedOn) {
    throw badUserInput(`Argument "date" (${date}) is before the award was made (${award.awardedOn})`, {
      argumentName: 'date',
    });
  }
  if (amount > award.amount) {
    throw badUserInput(`Argument "amount" (${amount}) exceeds the award of ${award.amount} yen`, {
      argumentName: 'amount',
    });
  }
  return auditedUpdate(AwardModel, {
    id: _id,
    filter: { disbursedTotal: { $lte: award.amount - amount } },
    update: { $inc: { disbursedTotal: amount }, $push: { disbursements: { date, amount } } },
    operation: 'recordDisbursement',
    ctx,
    idempotencyKey,
    input: { awardId, date, amount },
    filterProblem: (now) => {
      const undisbursed = now.amount - now.disbursedTotal;
      return conflict(
        `A payment of ${amount} yen exceeds what is left of award ${awardId} (${undisbursed} yen)`,
        { undisbursed },
      );
    },
  });
}
