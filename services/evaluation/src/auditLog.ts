import { auditLogResolver } from '@kyodo/service-kit';
import { IndicatorModel } from './models/Indicator.js';
import { ActionItemModel } from './models/ActionItem.js';
import { EvaluationModel } from './models/Evaluation.js';

/** The models whose writes are audited: their pending entries are flushed before the log is read. */
export const auditedModels = [IndicatorModel, ActionItemModel, EvaluationModel];

/** Query._auditLog: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. */
export const internalAuditLog = auditLogResolver(auditedModels);
