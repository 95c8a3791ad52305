import type { Context } from '../context.js';
import type { DistrictResolvers } from '../generated/graphql.js';
import { requireFiscalYear } from '@kyodo/service-kit';

export const District: DistrictResolvers<Context> = {
  __resolveReference(reference) {
    return { code: reference.code };
  },
  // Aggregates the district code each award copied from its application, so no organizations data is needed.
  funding(district, args, { loaders }) {
    return loaders.totalsByDistrict({ fiscalYear: requireFiscalYear(args.fiscalYear) }).load(district.code);
  },
};
