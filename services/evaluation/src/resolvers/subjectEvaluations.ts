import { paginate, parseObjectId } from '@kyodo/service-kit';
import type { Context } from '../context.js';
import { subjectEvaluationsFilter, type SubjectEvaluationsArgs } from '../loaders.js';
import { EvaluationModel } from '../models/Evaluation.js';
import type { EvaluationSubjectType } from '../models/enums.js';
import { EVALUATION_ORDERS } from '../models/orders.js';

/** The contributed `evaluations(fiscalYear, type)` field of a subject entity, batched across all its parents. */
export function subjectEvaluations(subjectType: EvaluationSubjectType) {
  return (subject: { id: string }, args: SubjectEvaluationsArgs, { loaders }: Context) =>
    loaders.evaluationsBySubject(subjectType, args).load(subject.id);
}

interface ConnectionArgs extends SubjectEvaluationsArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The contributed `evaluationsConnection(fiscalYear, type, first, after)`: first pages of all the subjects in a
 * response are one aggregate; a later page of one subject is one keyset page (the cursors are the same).
 */
export function subjectEvaluationsConnection(subjectType: EvaluationSubjectType) {
  return (subject: { id: string }, { first, after, ...args }: ConnectionArgs, { loaders }: Context) => {
    if (after === null || after === undefined) {
      return loaders.evaluationPages(subjectType, { ...args, first }).load(subject.id);
    }
    return paginate(EvaluationModel, {
      filter: { ...subjectEvaluationsFilter(subjectType, args), subjectId: parseObjectId(subject.id, 'id') },
      sort: EVALUATION_ORDERS.FISCAL_YEAR,
      first,
      after,
    });
  };
}
