import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { Context } from '../context.js';
import { districtProjection } from '../districtProjection.js';
import type { OrganizationDocument } from '../models/Organization.js';
import type { PersonResolvers } from '../generated/graphql.js';

export const Person: PersonResolvers<Context> = {
  id: (person) => person.id,
  version: (person) => versionOf(person),
  history: auditHistory('Person', auditedModels),
  district: (person, _, { loaders }, info) =>
    person.districtCode ? loaders.district(districtProjection(info)).load(person.districtCode) : null,
  organizations: async (person, _, { loaders }) => {
    const organizations = await loaders.organization.loadMany(person.organizationIds.map(String));
    const failure = organizations.find((organization) => organization instanceof Error);
    if (failure) throw failure;
    // An organization removed since the entry was made is simply left out.
    return organizations.filter(
      (organization): organization is OrganizationDocument => organization !== null,
    );
  },
};
