import type { Context } from '../context.js';
import type { EvaluationResolvers, EvaluationSubjectResolvers } from '../generated/graphql.js';
import { SUBJECT_TYPENAMES } from '../models/enums.js';

export const Evaluation: EvaluationResolvers<Context> = {
  __resolveReference: (reference, { loaders }) => loaders.evaluation.load(reference.id),
  id: (evaluation) => evaluation._id.toHexString(),
  // A reference for the gateway to resolve in the subgraph that owns the subject.
  subject: (evaluation) => ({
    __typename: SUBJECT_TYPENAMES[evaluation.subjectType],
    id: evaluation.subjectId.toHexString(),
  }),
};

export const EvaluationSubject: EvaluationSubjectResolvers<Context> = {
  __resolveType: (reference) => reference.__typename ?? null,
};
