import type { Context } from '../context.js';
import { addCouncilMember, removeCouncilMember } from '../councils.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { archiveOrganization, createOrganization, updateOrganization } from '../organizations.js';
import { createPerson, removePerson, updatePerson } from '../people.js';

export const Mutation: MutationResolvers<Context> = {
  createOrganization: (_, { input }, { viewer }) => createOrganization(input, viewer),
  updateOrganization: (_, { id, input }, { viewer }) => updateOrganization(id, input, viewer),
  archiveOrganization: (_, { id }, { viewer, now }) => archiveOrganization(id, viewer, now),
  addCouncilMember: (_, { councilId, memberId }, { viewer }) => addCouncilMember(councilId, memberId, viewer),
  removeCouncilMember: (_, { councilId, memberId }, { viewer }) =>
    removeCouncilMember(councilId, memberId, viewer),
  createPerson: (_, { input, idempotencyKey }, ctx) => createPerson(input, idempotencyKey, ctx),
  updatePerson: (_, { id, expectedVersion, input }, ctx) => updatePerson(id, expectedVersion, input, ctx),
  removePerson: (_, { id }, ctx) => removePerson(id, ctx),
};
