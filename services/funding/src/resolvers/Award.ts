import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import { districtReference, organizationReference } from '@kyodo/service-kit';
import type { AwardResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { loadReferenced } from '../loaders.js';

export const Award: AwardResolvers<Context> = {
  __resolveReference(reference, { loaders }) {
    return loaders.award.load(reference.id);
  },
  application(award, _args, { loaders }) {
    return loadReferenced(loaders.application, 'Application', award.applicationId);
  },
  program(award, _args, { loaders }) {
    return loadReferenced(loaders.program, 'GrantProgram', award.programId);
  },
  recipient(award) {
    return organizationReference(award.organizationId);
  },
  district(award) {
    return award.districtCode ? districtReference(award.districtCode) : null;
  },
  // Stored in the order recorded; payments may be recorded late, so the API sorts them by date.
  disbursements(award) {
    return [...award.disbursements].sort((a, b) => a.date.localeCompare(b.date));
  },
  version: (record) => versionOf(record),
  history: auditHistory('Award', auditedModels),
};
