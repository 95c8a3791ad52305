import { createGroupLoader, createIdLoader, loaderPerArguments } from '@kyodo/service-kit';
import type DataLoader from 'dataloader';
import { ActionItemModel, type ActionItemDocument } from './models/ActionItem.js';
import { EvaluationModel, type EvaluationDocument } from './models/Evaluation.js';
import type { EvaluationSubjectType, EvaluationType } from './models/enums.js';
import { IndicatorModel, type IndicatorDocument } from './models/Indicator.js';

export interface SubjectEvaluationsArgs {
  fiscalYear?: number | null;
  type?: EvaluationType | null;
}

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
}

const NEWEST_FIRST = { fiscalYear: -1, createdAt: -1, _id: -1 } as const;
const BY_NAME = { name: 1, _id: 1 } as const;

export function createLoaders(): Loaders {
  const bySubject = loaderPerArguments(
    ({ subjectType, fiscalYear, type }: { subjectType: EvaluationSubjectType } & SubjectEvaluationsArgs) =>
      createGroupLoader(
        EvaluationModel,
        'subjectId',
        {
          subjectType,
          ...(fiscalYear !== null && fiscalYear !== undefined ? { fiscalYear } : {}),
          ...(type ? { type } : {}),
        },
        NEWEST_FIRST,
      ),
  );
  return {
    indicator: createIdLoader(IndicatorModel),
    actionItem: createIdLoader(ActionItemModel),
    evaluation: createIdLoader(EvaluationModel),
    indicatorsByDistrict: createGroupLoader(IndicatorModel, 'districtCode', { scope: 'DISTRICT' }, BY_NAME),
    indicatorsByFacility: createGroupLoader(IndicatorModel, 'facilityId', { scope: 'FACILITY' }, BY_NAME),
    // Undefined and null arguments are one key (canonicalKey), so `evaluations` and `evaluations(type: null)` batch.
    evaluationsBySubject: (subjectType, args) => bySubject({ subjectType, ...args }),
  };
}
