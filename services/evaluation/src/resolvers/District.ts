import type { Context } from '../context.js';
import type { DistrictResolvers } from '../generated/graphql.js';
import { parentIndicatorsConnection } from './parentIndicators.js';

/** Owned by the organizations subgraph and keyed by its code: the reference is all evaluation's fields need. */
export const District: DistrictResolvers<Context> = {
  __resolveReference: (reference) => reference,
  indicators: (district, _args, { loaders }) => loaders.indicatorsByDistrict.load(district.code),
  indicatorsConnection: parentIndicatorsConnection('District', (district: { code: string }) => district.code),
};
