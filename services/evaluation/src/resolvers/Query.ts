import {
  badUserInput,
  forbidden,
  isMemberOf,
  isStaff,
  notFound,
  paginate,
  parseObjectId,
  requireSignedIn,
} from '@kyodo/service-kit';
import { internalAuditLog } from '../auditLog.js';
import type { QueryFilter } from 'mongoose';
import type { Context } from '../context.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { ActionItemModel, type ActionItemFields } from '../models/ActionItem.js';
import { EvaluationModel, PUBLISHED, type EvaluationFields } from '../models/Evaluation.js';
import { IndicatorModel, NOT_ARCHIVED, type IndicatorFields } from '../models/Indicator.js';
import { evaluationSort, indicatorSort } from '../models/orders.js';
import { maySee } from '../evaluations.js';

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A root field asked for one entity by a well-formed id that names nothing: NOT_FOUND, not a silent null. */
function orNotFound<T>(entity: T | null, typename: string, id: string): T {
  if (entity === null) throw notFound(typename, id);
  return entity;
}

export const Query: QueryResolvers<Context> = {
  _auditLog: internalAuditLog,
  indicators: (_, { filter, orderBy, first, after }) => {
    const query: QueryFilter<IndicatorFields> = { archived: filter?.archived ? true : NOT_ARCHIVED };
    if (given(filter?.scope)) query.scope = filter.scope;
    if (given(filter?.districtCode)) query.districtCode = filter.districtCode;
    if (given(filter?.facilityId)) query.facilityId = parseObjectId(filter.facilityId, 'filter.facilityId');
    return paginate(IndicatorModel, {
      filter: query,
      sort: indicatorSort(orderBy),
      first,
      after,
    });
  },

  indicator: async (_, { id }, { loaders }) => {
    parseObjectId(id, 'id');
    return orNotFound(await loaders.indicator.load(id), 'Indicator', id);
  },

  actionItems: (_, { fiscalYear, department, status }) => {
    const query: QueryFilter<ActionItemFields> = {};
    if (given(department)) query.department = department;
    if (given(fiscalYear)) {
      // The status planned for that year, matched on the same plan entry.
      query.yearlyPlan = { $elemMatch: given(status) ? { fiscalYear, status } : { fiscalYear } };
    } else if (given(status)) {
      query.status = status;
    }
    return ActionItemModel.find(query).sort({ code: 1 }).exec();
  },

  actionItem: async (_, { id }, { loaders }) => {
    parseObjectId(id, 'id');
    return orNotFound(await loaders.actionItem.load(id), 'ActionItem', id);
  },

  evaluations: (_, { filter, orderBy, first, after }, { viewer }) => {
    const status = filter?.status ?? 'PUBLISHED';
    const query: QueryFilter<EvaluationFields> = { status: status === 'PUBLISHED' ? PUBLISHED : status };
    if (given(filter?.subjectId)) {
      // The same id could name entities of two types (they are owned by different subgraphs).
      if (!given(filter.subjectType)) {
        throw badUserInput('Argument "filter.subjectType" is required with filter.subjectId', {
          argumentName: 'filter.subjectType',
        });
      }
      query.subjectId = parseObjectId(filter.subjectId, 'filter.subjectId');
    }
    if (given(filter?.subjectType)) query.subjectType = filter.subjectType;
    if (given(filter?.fiscalYear)) query.fiscalYear = filter.fiscalYear;
    if (given(filter?.type)) query.type = filter.type;
    if (status !== 'PUBLISHED' && !isStaff(viewer)) {
      // Drafts and withdrawn evaluations: a member sees only their organization's own SELF evaluations.
      requireSignedIn(viewer, 'list evaluations that are not published');
      const own =
        filter?.subjectType === 'ORGANIZATION' &&
        given(filter.subjectId) &&
        isMemberOf(viewer, filter.subjectId.toLowerCase()) &&
        (filter.type ?? 'SELF') === 'SELF';
      if (!own) {
        throw forbidden(
          'Only city staff may list every unpublished evaluation; a member lists their organization’s SELF evaluations (filter subjectType ORGANIZATION and subjectId)',
        );
      }
      query.type = 'SELF';
    }
    return paginate(EvaluationModel, {
      filter: query,
      sort: evaluationSort(orderBy),
      first,
      after,
    });
  },

  evaluation: async (_, { id }, { loaders, viewer }) => {
    parseObjectId(id, 'id');
    const evaluation = await loaders.evaluation.load(id);
    // An evaluation the viewer may not see is answered as one that does not exist.
    return orNotFound(evaluation && maySee(viewer, evaluation) ? evaluation : null, 'Evaluation', id);
  },
};
