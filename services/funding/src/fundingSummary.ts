import type { Types } from 'mongoose';
import { AwardModel } from './models/Award.js';
import type { AwardTotals } from './loaders.js';

export type FundingGroupBy = 'PROGRAM' | 'DISTRICT' | 'ORGANIZATION_KIND';

export interface FundingSummaryGroupRow extends AwardTotals {
  groupBy: FundingGroupBy;
  /** Program id, district code ("NONE" for recipients with no district) or organization kind. */
  key: string;
}

const GROUP_KEY: Record<FundingGroupBy, string> = {
  PROGRAM: '$programId',
  DISTRICT: '$districtCode',
  ORGANIZATION_KIND: '$recipientKind',
};

/**
 * A fiscal year's awards grouped one way, in one aggregation pipeline over the awards collection (which carries the
 * program, recipient kind and district copied at application time), largest total first. The grand totals are the
 * sum of the groups, so they cannot disagree with them.
 */
export interface FundingSummaryResult {
  fiscalYear: number;
  groupBy: FundingGroupBy;
  groups: FundingSummaryGroupRow[];
  totals: AwardTotals;
}

export async function computeFundingSummary(
  fiscalYear: number,
  groupBy: FundingGroupBy,
): Promise<FundingSummaryResult> {
  const rows = await AwardModel.aggregate<{ _id: string | Types.ObjectId | null } & AwardTotals>([
    { $match: { fiscalYear } },
    {
      $group: {
        _id: GROUP_KEY[groupBy],
        awardedTotal: { $sum: '$amount' },
        awardCount: { $sum: 1 },
        disbursedTotal: { $sum: '$disbursedTotal' },
      },
    },
    { $sort: { awardedTotal: -1, _id: 1 } },
  ]).exec();

  const groups: FundingSummaryGroupRow[] = rows.map(({ _id, awardedTotal, awardCount, disbursedTotal }) => ({
    groupBy,
    key: _id === null || _id === undefined ? 'NONE' : String(_id),
    awardedTotal,
    awardCount,
    disbursedTotal,
  }));
  const totals = groups.reduce<AwardTotals>(
    (sum, g) => ({
      awardedTotal: sum.awardedTotal + g.awardedTotal,
      awardCount: sum.awardCount + g.awardCount,
      disbursedTotal: sum.disbursedTotal + g.disbursedTotal,
    }),
    { awardedTotal: 0, awardCount: 0, disbursedTotal: 0 },
  );
  return { fiscalYear, groupBy, groups, totals };
}
