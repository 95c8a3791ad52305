import { assertStaff } from '../access.js';
import { registerApplicant } from '../applicants.js';
import { createApplication, review, submitDraft, withdraw } from '../applications.js';
import { createCollaborativeProject } from '../collaborativeProjects.js';
import type { Context } from '../context.js';
import { decideApplication } from '../decisions.js';
import { recordDisbursement } from '../disbursements.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { createProgram, updateProgram } from '../programs.js';

// @requiresScopes and @authenticated in the SDL already guard these fields; the explicit checks below keep each
// rule next to the write it protects, so a schema edit cannot silently open a mutation.
export const Mutation: MutationResolvers<Context> = {
  createGrantProgram(_, { input }, { viewer }) {
    assertStaff(viewer);
    return createProgram(input);
  },
  updateGrantProgram(_, { id, input }, { viewer }) {
    assertStaff(viewer);
    return updateProgram(id, input);
  },
  registerApplicant(_, { input }, { viewer }) {
    assertStaff(viewer);
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
    assertStaff(viewer);
    return review(id, score, notes);
  },
  decideApplication(_, { id, decision, amount }, { viewer, now }) {
    assertStaff(viewer);
    return decideApplication(id, decision, amount, now);
  },
  recordDisbursement(_, { awardId, date, amount }, { viewer }) {
    assertStaff(viewer);
    return recordDisbursement(awardId, date, amount);
  },
  createCollaborativeProject(_, { input }, { viewer }) {
    assertStaff(viewer);
    return createCollaborativeProject(input);
  },
};
