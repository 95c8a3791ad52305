import type { DistrictResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';

export const District: DistrictResolvers<Context> = {
  __resolveReference: (reference) => ({ __typename: 'District', code: reference.code }),
  facilities: (district, { kinds }, { loaders }) =>
    loaders.facilitiesByDistrict(kinds ?? null).load(district.code),
};
