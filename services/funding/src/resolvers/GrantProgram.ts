import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { GrantProgramResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const GrantProgram: GrantProgramResolvers<Context> = {
  __resolveReference(reference, { loaders }) {
    return loaders.program.load(reference.id);
  },
  // Derived, never stored: awardedTotal is the one number the budget guard moves.
  remainingBudget(program) {
    return program.budget - program.awardedTotal;
  },
  version: (record) => versionOf(record),
  history: auditHistory('GrantProgram', auditedModels),
};
