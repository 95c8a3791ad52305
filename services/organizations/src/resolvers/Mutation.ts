import type { Context } from '../context.js';
import { addCouncilMember, removeCouncilMember } from '../councils.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { archiveOrganization, createOrganization, updateOrganization } from '../organizations.js';
import { createPerson, removePerson, updatePerson } from '../people.js';

export const Mutation: MutationResolvers<Context> = {
  createOrganization: (_, { input, idempotencyKey }, context) =>
    createOrganization(input, idempotencyKey, context),
  updateOrganization: (_, { id, expectedVersion, input }, context) =>
    updateOrganization(id, expectedVersion, input, context),
  archiveOrganization: (_, { id }, context) => archiveOrganization(id, context),
  addCouncilMember: (_, { councilId, memberId }, context) => addCouncilMember(councilId, memberId, context),
  removeCouncilMember: (_, { councilId, memberId }, context) =>
    removeCouncilMember(councilId, memberId, context),
  createPerson: (_, { input, idempotencyKey }, ctx) => createPerson(input, idempotencyKey, ctx),
  updatePerson: (_, { id, expectedVersion, input }, ctx) => updatePerson(id, expectedVersion, input, ctx),
  removePerson: (_, { id }, ctx) => removePerson(id, ctx),
};
