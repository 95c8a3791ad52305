import { isDatabaseEmpty } from '@kyodo/service-kit';
import { demoEvaluationData, type EvaluationSources } from '@kyodo/seed';
import { ActionItemModel } from './models/ActionItem.js';
import { EvaluationModel } from './models/Evaluation.js';
import { IndicatorModel } from './models/Indicator.js';
import { loadEvaluationSources } from './sources.js';

const MODELS = [IndicatorModel, ActionItemModel, EvaluationModel];

/**
 * Loads the demo evaluation data (@kyodo/seed's demoEvaluationData) into an empty database; a database that already
 * has data is left alone. Every document goes through its model's validation.
 */
export async function seed(sources?: EvaluationSources): Promise<void> {
  if (!(await isDatabaseEmpty(MODELS))) return;
  const data = demoEvaluationData(sources ?? (await loadEvaluationSources()));
  await IndicatorModel.insertMany(
    data.indicators.map(({ id, key: _key, ...indicator }) => ({ _id: id, ...indicator })),
  );
  await ActionItemModel.insertMany(data.actionItems.map(({ id, ...item }) => ({ _id: id, ...item })));
  await EvaluationModel.insertMany(
    data.evaluations.map(({ id, createdAt, ...evaluation }) => ({
      _id: id,
      ...evaluation,
      createdAt: new Date(createdAt),
    })),
  );
}
