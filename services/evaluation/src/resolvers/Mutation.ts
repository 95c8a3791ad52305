import type { Context } from '../context.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { createActionItem, setActionItemStatus, updateActionItem } from '../actionItems.js';
import { publishEvaluation, submitEvaluation, updateEvaluation, withdrawEvaluation } from '../evaluations.js';
import { archiveIndicator, createIndicator, recordMeasurement, updateIndicator } from '../indicators.js';

// Guards are declared in the SDL (@requiresScopes, @authenticated); the rules of each write live in its module.
export const Mutation: MutationResolvers<Context> = {
  recordMeasurement: (_, args, ctx) => recordMeasurement(args, ctx),
  createIndicator: (_, { input, idempotencyKey }, ctx) => createIndicator(input, idempotencyKey, ctx),
  updateIndicator: (_, { id, expectedVersion, input }, ctx) =>
    updateIndicator(id, expectedVersion, input, ctx),
  archiveIndicator: (_, { id, expectedVersion }, ctx) => archiveIndicator(id, expectedVersion, ctx),

  setActionItemStatus: (_, args, ctx) => setActionItemStatus(args, ctx),
  createActionItem: (_, { input, idempotencyKey }, ctx) => createActionItem(input, idempotencyKey, ctx),
  updateActionItem: (_, { id, expectedVersion, input }, ctx) =>
    updateActionItem(id, expectedVersion, input, ctx),

  submitEvaluation: (_, { input, idempotencyKey }, ctx) => submitEvaluation(input, idempotencyKey, ctx),
  updateEvaluation: (_, { id, expectedVersion, input }, ctx) =>
    updateEvaluation(id, expectedVersion, input, ctx),
  publishEvaluation: (_, { id, expectedVersion }, ctx) => publishEvaluation(id, expectedVersion, ctx),
  withdrawEvaluation: (_, { id, expectedVersion }, ctx) => withdrawEvaluation(id, expectedVersion, ctx),
};
