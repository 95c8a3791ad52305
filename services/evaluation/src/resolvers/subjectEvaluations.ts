import type { Context } from '../context.js';
import type { SubjectEvaluationsArgs } from '../loaders.js';
import type { EvaluationSubjectType } from '../models/enums.js';

/** The contributed `evaluations(fiscalYear, type)` field of a subject entity, batched across all its parents. */
export function subjectEvaluations(subjectType: EvaluationSubjectType) {
  return (subject: { id: string }, args: SubjectEvaluationsArgs, { loaders }: Context) =>
    loaders.evaluationsBySubject(subjectType, args).load(subject.id);
}
