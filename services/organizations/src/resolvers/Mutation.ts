import type { Context } from '../context.js';
import { addCouncilMember, removeCouncilMember } from '../councils.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { archiveOrganization, createOrganization, updateOrganization } from '../organizations.js';

export const Mutation: MutationResolvers<Context> = {
  createOrganization: (_, { input }, { viewer }) => createOrganization(input, viewer),
  updateOrganization: (_, { id, input }, { viewer }) => updateOrganization(id, input, viewer),
  archiveOrganization: (_, { id }, { viewer, now }) => archiveOrganization(id, viewer, now),
  addCouncilMember: (_, { councilId, memberId }, { viewer }) => addCouncilMember(councilId, memberId, viewer),
  removeCouncilMember: (_, { councilId, memberId }, { viewer }) =>
    removeCouncilMember(councilId, memberId, viewer),
};
