import { AuditEntryModel, loadSubgraphTypeDefs, type SubgraphDefinition } from '@kyodo/service-kit';
import { createLoaders, type Loaders } from './loaders.js';
import { ActionItemModel } from './models/ActionItem.js';
import { EvaluationModel } from './models/Evaluation.js';
import { IndicatorModel } from './models/Indicator.js';
import { resolvers } from './resolvers/index.js';

export type { Loaders } from './loaders.js';

export const definition: SubgraphDefinition<Loaders> = {
  name: 'evaluation',
  typeDefs: loadSubgraphTypeDefs('evaluation'),
  resolvers,
  createLoaders,
  models: [IndicatorModel, ActionItemModel, EvaluationModel, AuditEntryModel],
};
