import type { Context } from '../context.js';
import type { AwardEvaluationsArgs } from '../generated/graphql.js';
import type { EvaluationSubjectType } from '../models/enums.js';

/** The contributed `evaluations(fiscalYear, type)` field of a subject entity, batched across all its parents. */
export function subjectEvaluations(subjectType: EvaluationSubjectType) {
  return (subject: { id: string }, args: Partial<AwardEvaluationsArgs>, { loaders }: Context) =>
    loaders.evaluationsBySubject(subjectType, args).load(subject.id);
}
