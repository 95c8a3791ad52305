import type { Context } from '../context.js';
import type { FacilityResolvers } from '../generated/graphql.js';
import { parentIndicatorsConnection } from './parentIndicators.js';
import { subjectEvaluations, subjectEvaluationsConnection } from './subjectEvaluations.js';

/** Owned by the facilities subgraph: the reference is all evaluation's fields need. */
export const Facility: FacilityResolvers<Context> = {
  __resolveReference: (reference) => reference,
  indicators: (facility, _args, { loaders }) => loaders.indicatorsByFacility.load(facility.id),
  indicatorsConnection: parentIndicatorsConnection('Facility', (facility: { id: string }) => facility.id),
  evaluations: subjectEvaluations('FACILITY'),
  evaluationsConnection: subjectEvaluationsConnection('FACILITY'),
};
