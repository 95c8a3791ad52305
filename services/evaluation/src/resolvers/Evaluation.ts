import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { Context } from '../context.js';
import type { EvaluationResolvers, EvaluationSubjectResolvers } from '../generated/graphql.js';
import { maySee } from '../evaluations.js';
import { SUBJECT_TYPENAMES } from '../models/enums.js';

export const Evaluation: EvaluationResolvers<Context> = {
  // A draft is resolved only for those who may see it, as evaluation(id) answers.
  __resolveReference: async (reference, { loaders, viewer }) => {
    const evaluation = await loaders.evaluation.load(reference.id);
    return evaluation && maySee(viewer, evaluation) ? evaluation : null;
  },
  id: (evaluation) => evaluation._id.toHexString(),
  version: (evaluation) => versionOf(evaluation),
  history: auditHistory('Evaluation', auditedModels),
  // A reference for the gateway to resolve in the subgraph that owns the subject.
  subject: (evaluation) => ({
    __typename: SUBJECT_TYPENAMES[evaluation.subjectType],
    id: evaluation.subjectId.toHexString(),
  }),
};

export const EvaluationSubject: EvaluationSubjectResolvers<Context> = {
  __resolveType: (reference) => reference.__typename ?? null,
};
