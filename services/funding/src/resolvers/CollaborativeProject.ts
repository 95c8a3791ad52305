import { auditHistory, organizationReference, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { CollaborativeProjectResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const CollaborativeProject: CollaborativeProjectResolvers<Context> = {
  __resolveReference(reference, { loaders }) {
    return loaders.collaborativeProject.load(reference.id);
  },
  version: (project) => versionOf(project),
  history: auditHistory('CollaborativeProject', auditedModels),
  partners(project) {
    return project.partnerIds.map((id) => organizationReference(id));
  },
};
