import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { ApplicationResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { loadReferenced } from '../loaders.js';

export const Application: ApplicationResolvers<Context> = {
  program(application, _args, { loaders }) {
    return loadReferenced(loaders.program, 'GrantProgram', application.programId);
  },
  applicant(application) {
    return { __typename: 'Organization', id: String(application.organizationId) };
  },
  district(application) {
    return application.districtCode ? { __typename: 'District', code: application.districtCode } : null;
  },
  async award(application, _args, { loaders }) {
    const awards = await loaders.awardsByApplication.load(String(application._id));
    return awards[0] ?? null;
  },
  version: (record) => versionOf(record),
  history: auditHistory('Application', auditedModels),
};
