import {
  auditedCreate,
  auditedUpdate,
  badUserInput,
  isDuplicateKeyError,
  notFound,
  parseObjectId,
  type AuditContext,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { fiscalYearOfDate, monthsOfFiscalYear, tokyoDay } from '@kyodo/domain';
import { FacilityModel } from './models/Facility.js';
import { FacilityUsageModel } from './models/FacilityUsage.js';

export interface FacilityUsageResult {
  fiscalYear: number;
  months: { month: string; visitors: number | null }[];
  totalVisitors: number;
}

export interface UsageRecordResult {
  facilityId: string;
  month: string;
  visitors: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MAX_MONTHLY_VISITORS = 10_000_000;

/** Twelve months, April first; a month without a record has null visitors. */
export function usageOfFiscalYear(
  fiscalYear: number,
  records: readonly { month: string; visitors: number }[],
): FacilityUsageResult {
  const byMonth = new Map(records.map((record) => [record.month, record.visitors]));
  const months = monthsOfFiscalYear(fiscalYear).map((month) => ({
    month,
    visitors: byMonth.get(month) ?? null,
  }));
  return {
    fiscalYear,
    months,
    totalVisitors: months.reduce((sum, { visitors }) => sum + (visitors ?? 0), 0),
  };
}

/**
 * Records (or corrects) a month's visitors, each write with its audit entry: the first recording of a month is an
 * audited create under the unique (facilityId, month) index, a correction an audited update of that document.
 */
export async function recordUsage(
  facilityId: string,
  month: string,
  visitors: number,
  context: AuditContext,
): Promise<UsageRecordResult> {
  const id = parseObjectId(facilityId, 'facilityId');
  if (!MONTH.test(month)) {
    throw badUserInput(`month must be YYYY-MM, got ${JSON.stringify(month)}`, { argumentName: 'month' });
  }
  const today = tokyoDay(context.now);
  if (month > `${today.year}-${String(today.month).padStart(2, '0')}`) {
    throw badUserInput(`month ${month} is in the future`, { argumentName: 'month' });
  }
  if (!Number.isInteger(visitors) || visitors < 0 || visitors > MAX_MONTHLY_VISITORS) {
    throw badUserInput(`visitors must be an integer from 0 to ${MAX_MONTHLY_VISITORS}, got ${visitors}`, {
      argumentName: 'visitors',
    });
  }
  if (!(await FacilityModel.exists({ _id: id }))) throw notFound('Facility', facilityId);
  const recordedBy = context.viewer.sub;
  const correct = (existingId: Types.ObjectId) =>
    auditedUpdate(FacilityUsageModel, {
      id: existingId,
      update: { $set: { visitors, recordedBy } },
      operation: 'recordUsage',
      ctx: context,
    });
  const existing = await FacilityUsageModel.findOne({ facilityId: id, month }).select('_id').exec();
  if (existing) {
    await correct(existing._id);
  } else {
    const fields = { facilityId: id, month, fiscalYear: fiscalYearOfDate(month), visitors, recordedBy };
    try {
      await auditedCreate(FacilityUsageModel, fields, context, { operation: 'recordUsage' });
    } catch (error) {
      // Two first recordings of a month raced: the unique index let one insert, so the other corrects it.
      if (!isDuplicateKeyError(error)) throw error;
      const winner = await FacilityUsageModel.findOne({ facilityId: id, month }).select('_id').exec();
      if (!winner) throw error;
      await correct(winner._id);
    }
  }
  return { facilityId: id.toHexString(), month, visitors };
}
