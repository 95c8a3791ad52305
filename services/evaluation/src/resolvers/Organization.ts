import type { Context } from '../context.js';
import type { OrganizationResolvers } from '../generated/graphql.js';
import { subjectEvaluations, subjectEvaluationsConnection } from './subjectEvaluations.js';

/** Owned by the organizations subgraph: the reference is all evaluation's fields need. */
export const Organization: OrganizationResolvers<Context> = {
  __resolveReference: (reference) => reference,
  evaluations: subjectEvaluations('ORGANIZATION'),
  evaluationsConnection: subjectEvaluationsConnection('ORGANIZATION'),
};
