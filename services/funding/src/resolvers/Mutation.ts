import { describeAction, requireStaff } from '@kyodo/service-kit';
import { registerApplicant } from '../applicants.js';
import { createApplication, review, submitDraft, withdraw } from '../applications.js';
import {
  createCollaborativeProject,
  setCollaborativeProjectStatus,
  updateCollaborativeProject,
} from '../collaborativeProjects.js';
import type { Context } from '../context.js';
import { decideApplication } from '../decisions.js';
import { recordDisbursement } from '../disbursements.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { createProgram, updateProgram } from '../programs.js';

// @requiresScopes and @authenticated in the SDL already guard these fields; the explicit checks below keep each
// rule next to the write it protects, so a schema edit cannot silently open a mutation.
export const Mutation: MutationResolvers<Context> = {
  createGrantProgram(_, { input, idempotencyKey }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'createGrantProgram'));
    return createProgram(input, idempotencyKey, context);
  },
  updateGrantProgram(_, { id, expectedVersion, input }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'updateGrantProgram'));
    return updateProgram(id, expectedVersion, input, context);
  },
  registerApplicant(_, { input }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'registerApplicant'));
    return registerApplicant(input, context);
  },
  draftApplication(_, { input, idempotencyKey }, context) {
    return createApplication(input, 'DRAFT', idempotencyKey, context);
  },
  submitApplication(_, { input, idempotencyKey }, context) {
    return createApplication(input, 'SUBMITTED', idempotencyKey, context);
  },
  submitDraftApplication(_, { id }, context) {
    return submitDraft(id, context);
  },
  withdrawApplication(_, { id }, context) {
    return withdraw(id, context);
  },
  reviewApplication(_, { id, score, notes }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'reviewApplication'));
    return review(id, score, notes, context);
  },
  decideApplication(_, { id, decision, amount }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'decideApplication'));
    return decideApplication(id, decision, amount, context);
  },
  recordDisbursement(_, { awardId, date, amount, idempotencyKey }, context) {
    requireStaff(context.viewer, describeAction('Mutation', 'recordDisbursement'));
    return recordDisbursement(awardId, date, amount, idempotencyKey, context);
  },
  createCollaborativeProject(_, { input, idempotencyKey }, ctx) {
    requireStaff(ctx.viewer, describeAction('Mutation', 'createCollaborativeProject'));
    return createCollaborativeProject(input, idempotencyKey, ctx);
  },
  updateCollaborativeProject(_, { id, expectedVersion, input }, ctx) {
    requireStaff(ctx.viewer, describeAction('Mutation', 'updateCollaborativeProject'));
    return updateCollaborativeProject(id, expectedVersion, input, ctx);
  },
  setCollaborativeProjectStatus(_, { id, status, expectedVersion }, ctx) {
    requireStaff(ctx.viewer, describeAction('Mutation', 'setCollaborativeProjectStatus'));
    return setCollaborativeProjectStatus(id, status, expectedVersion, ctx);
  },
};
