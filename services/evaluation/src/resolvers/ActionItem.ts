import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { Context } from '../context.js';
import type { ActionItemResolvers } from '../generated/graphql.js';

export const ActionItem: ActionItemResolvers<Context> = {
  __resolveReference: (reference, { loaders }) => loaders.actionItem.load(reference.id),
  id: (item) => item._id.toHexString(),
  version: (item) => versionOf(item),
  history: auditHistory('ActionItem', auditedModels),
};
