import type { Context } from '../context.js';
import type { CollaborativeProjectResolvers } from '../generated/graphql.js';
import { subjectEvaluations, subjectEvaluationsConnection } from './subjectEvaluations.js';

/** Owned by the funding subgraph: the reference is all evaluation's fields need. */
export const CollaborativeProject: CollaborativeProjectResolvers<Context> = {
  __resolveReference: (reference) => reference,
  evaluations: subjectEvaluations('COLLABORATIVE_PROJECT'),
  evaluationsConnection: subjectEvaluationsConnection('COLLABORATIVE_PROJECT'),
};
