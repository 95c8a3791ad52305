import { paginate } from '@kyodo/service-kit';
import type { DistrictResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { NOT_ARCHIVED } from '../filters.js';
import { FacilityModel } from '../models/Facility.js';

export const District: DistrictResolvers<Context> = {
  __resolveReference: (reference) => ({ __typename: 'District', code: reference.code }),
  facilities: (district, { kinds }, { loaders }) =>
    loaders.facilitiesByDistrict(kinds ?? null).load(district.code),
  // One keyset page per district, through the (districtCode[, kind], nameKana, _id) indexes.
  facilityPage: (district, { kinds, first, after }) =>
    paginate(FacilityModel, {
      filter: {
        districtCode: district.code,
        ...(kinds ? { kind: { $in: [...kinds] } } : {}),
        ...NOT_ARCHIVED,
      },
      sort: { nameKana: 1 },
      first,
      after,
    }),
};
