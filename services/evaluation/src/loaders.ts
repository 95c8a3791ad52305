import { createGroupLoader, createIdLoader } from '@kyodo/service-kit';
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
  const subjectLoaders = new Map<string, DataLoader<string, EvaluationDocument[]>>();
  return {
    indicator: createIdLoader(IndicatorModel),
    actionItem: createIdLoader(ActionItemModel),
    evaluation: createIdLoader(EvaluationModel),
    indicatorsByDistrict: createGroupLoader(IndicatorModel, 'districtCode', { scope: 'DISTRICT' }, BY_NAME),
    indicatorsByFacility: createGroupLoader(IndicatorModel, 'facilityId', { scope: 'FACILITY' }, BY_NAME),
    evaluationsBySubject(subjectType, { fiscalYear, type }) {
      const key = JSON.stringify([subjectType, fiscalYear ?? null, type ?? null]);
      let loader = subjectLoaders.get(key);
      if (!loader) {
        loader = createGroupLoader(
          EvaluationModel,
          'subjectId',
          {
            subjectType,
            ...(fiscalYear !== null && fiscalYear !== undefined ? { fiscalYear } : {}),
            ...(type ? { type } : {}),
          },
          NEWEST_FIRST,
        );
        subjectLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
