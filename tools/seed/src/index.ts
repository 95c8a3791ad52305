export { createRandom, type Random } from './random.js';
export { stableObjectIdHex } from './ids.js';
export {
  demoEvaluationData,
  demoActionItemId,
  demoIndicatorId,
  EVALUATION_FISCAL_YEARS,
  INDICATOR_KEYS,
  type DemoActionItem,
  type DemoEvaluation,
  type DemoEvaluationData,
  type DemoIndicator,
  type EvaluationSources,
} from './evaluation.js';
