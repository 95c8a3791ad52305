import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import { organizationReference } from '@kyodo/service-kit';
import type { ApplicantRegistrationResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const ApplicantRegistration: ApplicantRegistrationResolvers<Context> = {
  organization(registration) {
    return organizationReference(registration._id);
  },
  version: (record) => versionOf(record),
  history: auditHistory('ApplicantRegistration', auditedModels),
};
