import { paginate } from '@kyodo/service-kit';
import type { Context } from '../context.js';
import { districtProjection } from '../districtProjection.js';
import type { DistrictResolvers } from '../generated/graphql.js';
import { OrganizationModel } from '../models/Organization.js';
import { ORGANIZATION_ORDER, organizationFilter } from '../organizationFilter.js';

export const District: DistrictResolvers<Context> = {
  __resolveReference: ({ code }, { loaders }, info) => loaders.district(districtProjection(info)).load(code),
  organizations: (district, { filter, first, after }, { loaders }) => {
    const args = {
      kinds: filter?.kinds ?? null,
      activityFields: filter?.activityFields ?? null,
      certified: filter?.certified ?? null,
    };
    // Later pages of one district go straight to paginate; first pages of many districts share one aggregate.
    if (after !== null && after !== undefined) {
      return paginate(OrganizationModel, {
        filter: { ...organizationFilter(args), districtCode: district.code },
        sort: ORGANIZATION_ORDER,
        first,
        after,
      });
    }
    return loaders.districtOrganizations({ ...args, first: first ?? null }).load(district.code);
  },
};
