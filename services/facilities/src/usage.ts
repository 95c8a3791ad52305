import { badUserInput, notFound, parseObjectId, isDuplicateKeyError } from '@kyodo/service-kit';
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

/** Records (or corrects) a month's visitors: an upsert on the unique (facilityId, month) index. */
export async function recordUsage(
  facilityId: string,
  month: string,
  visitors: number,
  recordedBy: string | null,
  now: Date,
): Promise<UsageRecordResult> {
  const id = parseObjectId(facilityId, 'facilityId');
  if (!MONTH.test(month)) {
    throw badUserInput(`month must be YYYY-MM, got ${JSON.stringify(month)}`, { argumentName: 'month' });
  }
  const today = tokyoDay(now);
  if (month > `${today.year}-${String(today.month).padStart(2, '0')}`) {
    throw badUserInput(`month ${month} is in the future`, { argumentName: 'month' });
  }
  if (!Number.isInteger(visitors) || visitors < 0 || visitors > MAX_MONTHLY_VISITORS) {
    throw badUserInput(`visitors must be an integer from 0 to ${MAX_MONTHLY_VISITORS}, got ${visitors}`, {
      argumentName: 'visitors',
    });
  }
  if (!(await FacilityModel.exists({ _id: id }))) throw notFound('Facility', facilityId);
  const update = { $set: { visitors, fiscalYear: fiscalYearOfDate(month), recordedBy } };
  try {
    await FacilityUsageModel.updateOne({ facilityId: id, month }, update, { upsert: true }).exec();
  } catch (error) {
    // Two first recordings of a month raced: the unique index let one insert, so the other updates it.
    if (!isDuplicateKeyError(error)) throw error;
    await FacilityUsageModel.updateOne({ facilityId: id, month }, update).exec();
  }
  return { facilityId: id.toHexString(), month, visitors };
}
