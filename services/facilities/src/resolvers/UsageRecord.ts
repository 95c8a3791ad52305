import { notFound } from '@kyodo/service-kit';
import type { UsageRecordResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';

export const UsageRecord: UsageRecordResolvers<Context> = {
  facility: async (record, _args, { loaders }) => {
    const facility = await loaders.facility.load(record.facilityId);
    if (!facility) throw notFound('Facility', record.facilityId);
    return facility;
  },
};
