import {
  createGroupLoader,
  createIdLoader,
  emptyConnection,
  groupFirstPages,
  isObjectIdHex,
  loaderPerArguments,
  type Connection,
} from '@kyodo/service-kit';
import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { ActionItemModel, type ActionItemDocument } from './models/ActionItem.js';
import { EvaluationModel, PUBLISHED, type EvaluationDocument } from './models/Evaluation.js';
import type { EvaluationSubjectType, EvaluationType } from './models/enums.js';
import { IndicatorModel, NOT_ARCHIVED, type IndicatorDocument } from './models/Indicator.js';
import { EVALUATION_ORDERS, INDICATOR_ORDERS } from './models/orders.js';

export interface SubjectEvaluationsArgs {
  fiscalYear?: number | null;
  type?: EvaluationType | null;
}

/** Where an indicator list of a district or facility looks: the scope and the field holding the parent's key. */
export const INDICATOR_PARENTS = {
  District: { scope: 'DISTRICT', field: 'districtCode' },
  Facility: { scope: 'FACILITY', field: 'facilityId' },
} as const;
export type IndicatorParent = keyof typeof INDICATOR_PARENTS;

export interface Loaders {
  indicator: DataLoader<string, IndicatorDocument | null>;
  actionItem: DataLoader<string, ActionItemDocument | null>;
  evaluation: DataLoader<string, EvaluationDocument | null>;
  /** District.indicators: DISTRICT-scope indicators by district code, by name. */
  indicatorsByDistrict: DataLoader<string, IndicatorDocument[]>;
  /** Facility.indicators: FACILITY-scope indicators by facility id, by name. */
  indicatorsByFacility: DataLoader<string, IndicatorDocument[]>;
  /**
   * <Subject>.evaluations(fiscalYear, type): one group loader per subject type and arguments, so the same field
   * on N subjects in one response is one query.
   */
  evaluationsBySubject(
    subjectType: EvaluationSubjectType,
    args: SubjectEvaluationsArgs,
  ): DataLoader<string, EvaluationDocument[]>;
  /** The first page of <Subject>.evaluationsConnection for every subject asked for, one aggregate per arguments. */
  evaluationPages(
    subjectType: EvaluationSubjectType,
    args: SubjectEvaluationsArgs & { first?: number | null },
  ): DataLoader<string, Connection<EvaluationDocument>>;
  /** The first page of District/Facility.indicatorsConnection for every parent asked for. */
  indicatorPages(
    parent: IndicatorParent,
    first: number | null | undefined,
  ): DataLoader<string, Connection<IndicatorDocument>>;
}

const BY_NAME = INDICATOR_ORDERS.NAME;

/** What <Subject>.evaluations lists: the subject type's published evaluations, narrowed by the arguments. */
export function subjectEvaluationsFilter(
  subjectType: EvaluationSubjectType,
  { fiscalYear, type }: SubjectEvaluationsArgs,
) {
  return {
    subjectType,
    status: PUBLISHED,
    ...(fiscalYear !== null && fiscalYear !== undefined ? { fiscalYear } : {}),
    ...(type ? { type } : {}),
  };
}

/** What a district's or facility's indicator list holds: the scope's indicators that are not archived. */
export function parentIndicatorsFilter(parent: IndicatorParent) {
  return { scope: INDICATOR_PARENTS[parent].scope, archived: NOT_ARCHIVED };
}

// An aggregate does not cast, so ObjectId keys are cast here; a malformed one names nothing (an empty page).
const objectIds = (ids: readonly string[]) =>
  ids.map((id) => (isObjectIdHex(id) ? new mongoose.Types.ObjectId(id) : null));

export function createLoaders(): Loaders {
  const bySubject = loaderPerArguments(
    ({ subjectType, ...args }: { subjectType: EvaluationSubjectType } & SubjectEvaluationsArgs) =>
      createGroupLoader(
        EvaluationModel,
        'subjectId',
        subjectEvaluationsFilter(subjectType, args),
        EVALUATION_ORDERS.FISCAL_YEAR,
      ),
  );
  const evaluationPagesOf = loaderPerArguments(
    ({
      subjectType,
      ...args
    }: { subjectType: EvaluationSubjectType } & SubjectEvaluationsArgs & { first?: number | null }) =>
      new DataLoader(async (ids: readonly string[]) => {
        const keys = objectIds(ids).filter((k) => k !== null);
        const pages = await groupFirstPages(EvaluationModel, 'subjectId', keys, {
          filter: subjectEvaluationsFilter(subjectType, args),
          sort: EVALUATION_ORDERS.FISCAL_YEAR,
          first: args.first,
        });
        const byId = new Map(keys.map((k, i) => [k.toHexString(), pages[i]!]));
        return ids.map((id) => byId.get(id.toLowerCase()) ?? emptyConnection<EvaluationDocument>());
      }),
  );
  const indicatorPagesOf = loaderPerArguments(
    ({ parent, first }: { parent: IndicatorParent; first: number | null | undefined }) =>
      new DataLoader(async (parentKeys: readonly string[]) => {
        const keys = parent === 'Facility' ? objectIds(parentKeys) : parentKeys;
        const present = keys.filter((k) => k !== null);
        const pages = await groupFirstPages(IndicatorModel, INDICATOR_PARENTS[parent].field, present, {
          filter: parentIndicatorsFilter(parent),
          sort: BY_NAME,
          first,
        });
        const byKey = new Map(present.map((k, i) => [String(k), pages[i]!]));
        return parentKeys.map(
          (k) =>
            byKey.get(parent === 'Facility' ? k.toLowerCase() : k) ?? emptyConnection<IndicatorDocument>(),
        );
      }),
  );
  return {
    indicator: createIdLoader(IndicatorModel),
    actionItem: createIdLoader(ActionItemModel),
    evaluation: createIdLoader(EvaluationModel),
    indicatorsByDistrict: createGroupLoader(
      IndicatorModel,
      'districtCode',
      parentIndicatorsFilter('District'),
      BY_NAME,
    ),
    indicatorsByFacility: createGroupLoader(
      IndicatorModel,
      'facilityId',
      parentIndicatorsFilter('Facility'),
      BY_NAME,
    ),
    // One loader per distinct arguments (canonicalKey: undefined and null arguments are one key).
    evaluationsBySubject: (subjectType, args) => bySubject({ subjectType, ...args }),
    evaluationPages: (subjectType, args) => evaluationPagesOf({ subjectType, ...args }),
    indicatorPages: (parent, first) => indicatorPagesOf({ parent, first }),
  };
}
