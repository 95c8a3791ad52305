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
  createGrantProgram(_, { input }, { viewer }) {
    requireStaff(viewer, describeAction('Mutation', 'createGrantProgram'));
    return createProgram(input);
  },
  updateGrantProgram(_, { id, input }, { viewer }) {
    requireStaff(viewer, describeAction('Mutation', 'updateGrantProgram'));
    return updateProgram(id, input);
  },
  registerApplicant(_, { input }, { viewer }) {
    requireStaff(viewer, describeAction('Mutation', 'registerApplicant'));
    return registerApplicant(input);
  },
  draftApplication(_, { input }, { viewer, now }) {
    return createApplication(viewer, input, 'DRAFT', now);
  },
  submitApplication(_, { input }, { viewer, now }) {
    return createApplication(viewer, input, 'SUBMITTED', now);
  },
  submitDraftApplication(_, { id }, { viewer, now }) {
    return submitDraft(viewer, id, now);
  },
  withdrawApplication(_, { id }, { viewer }) {
    return withdraw(viewer, id);
  },
  reviewApplication(_, { id, score, notes }, { viewer }) {
    requireStaff(viewer, describeAction('Mutation', 'reviewApplication'));
    return review(id, score, notes);
  },
  decideApplication(_, { id, decision, amount }, { viewer, now }) {
    requireStaff(viewer, describeAction('Mutation', 'decideApplication'));
    return decideApplication(id, decision, amount, now);
  },
  recordDisbursement(_, { awardId, date, amount }, { viewer }) {
    requireStaff(viewer, describeAction('Mutation', 'recordDisbursement'));
    return recordDisbursement(awardId, date as string, amount);
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
