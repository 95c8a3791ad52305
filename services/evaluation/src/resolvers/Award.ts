import type { Context } from '../context.js';
import type { AwardResolvers } from '../generated/graphql.js';
import { subjectEvaluations, subjectEvaluationsConnection } from './subjectEvaluations.js';

/** Owned by the funding subgraph: the reference is all evaluation's fields need. */
export const Award: AwardResolvers<Context> = {
  __resolveReference: (reference) => reference,
  evaluations: subjectEvaluations('AWARD'),
  evaluationsConnection: subjectEvaluationsConnection('AWARD'),
};
