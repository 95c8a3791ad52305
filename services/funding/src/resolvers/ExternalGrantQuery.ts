import { badUserInput, notFound, optionalFiscalYear, paginate, requireText } from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import type { Context } from '../context.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { ExternalGrantModel, type ExternalGrantFields } from '../models/ExternalGrant.js';

/** An id or title argument: bounded, like every text argument, before it reaches a query. */
const text = (value: string, argumentName: string) => requireText(value, argumentName, { max: 200 });

/** The external funders' queries (schema/funding.graphql, "External funders' grants"). */
export const ExternalGrantQuery: Pick<
  QueryResolvers<Context>,
  'externalFunders' | 'externalFunder' | 'externalGrants' | 'externalGrant'
> = {
  async externalFunders() {
    const rows = await ExternalGrantModel.aggregate<{ _id: string; name: string }>([
      { $sort: { funderId: 1 } },
      { $group: { _id: '$funderId', name: { $first: '$funderName' } } },
    ]).exec();
    return rows
      .map(({ _id, name }) => ({ id: _id, name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  },

  async externalFunder(_, args) {
    const id = text(args.id, 'id');
    const grant = await ExternalGrantModel.findOne({ funderId: id }, { funderName: 1 }).lean().exec();
    if (!grant) throw notFound('ExternalFunder', id);
    return { id, name: grant.funderName };
  },

  externalGrants(_, args) {
    const input = args.filter ?? {};
    const filter: QueryFilter<ExternalGrantFields> = {};
    if (input.funderId) filter.funderId = text(input.funderId, 'filter.funderId');
    if (input.programTitle) {
      if (!input.funderId) {
        throw badUserInput(
          'Argument "filter.programTitle" needs filter.funderId: programmes belong to a funder',
          {
            argumentName: 'filter.programTitle',
          },
        );
      }
      filter.programTitle = text(input.programTitle, 'filter.programTitle');
    }
    const year = optionalFiscalYear(input.awardYear, 'filter.awardYear');
    if (year !== null) filter.awardDay = { $gte: `${year}-01-01`, $lte: `${year}-12-31` };
    return paginate(ExternalGrantModel, {
      filter,
      sort: { awardDay: -1, _id: -1 },
      first: args.first,
      after: args.after,
    });
  },

  async externalGrant(_, args) {
    const id = text(args.id, 'id');
    const grant = await ExternalGrantModel.findOne({ grantId: id }).exec();
    if (!grant) throw notFound('ExternalGrant', id);
    return grant;
  },
};
