import { organizationReference } from '@kyodo/service-kit';
import type { CollaborativeProjectResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';

export const CollaborativeProject: CollaborativeProjectResolvers<Context> = {
  __resolveReference(reference, { loaders }) {
    return loaders.collaborativeProject.load(reference.id);
  },
  partners(project) {
    return project.partnerIds.map((id) => organizationReference(id));
  },
};
