import type { Context } from '../context.js';
import { addCouncilMember, removeCouncilMember } from '../councils.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { archiveOrganization, createOrganization, updateOrganization } from '../organizations.js';

export const Mutation: MutationResolvers<Context> = {
  createOrganization: (_, { input }, { viewer, now }) => createOrganization(input, viewer, now),
  updateOrganization: (_, { id, input }, { viewer, now }) => updateOrganization(id, input, viewer, now),
  archiveOrganization: (_, { id }, { viewer, now }) => archiveOrganization(id, viewer, now),
  addCouncilMember: (_, { councilId, memberId }, { viewer }) => addCouncilMember(councilId, memberId, viewer),
  removeCouncilMember: (_, { councilId, memberId }, { viewer }) =>
    removeCouncilMember(councilId, memberId, viewer),
};
