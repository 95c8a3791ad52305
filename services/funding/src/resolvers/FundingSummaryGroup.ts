import type { FundingSummaryGroupResolvers, OrganizationKind } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const FundingSummaryGroup: FundingSummaryGroupResolvers<Context> = {
  program(group, _args, { loaders }) {
    return group.groupBy === 'PROGRAM' ? loaders.program.load(group.key) : null;
  },
  district(group) {
    return group.groupBy === 'DISTRICT' && group.key !== 'NONE'
      ? { __typename: 'District', code: group.key }
      : null;
  },
  organizationKind(group) {
    return group.groupBy === 'ORGANIZATION_KIND' ? (group.key as OrganizationKind) : null;
  },
};
