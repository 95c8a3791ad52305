import { auditHistory, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { Context } from '../context.js';
import { districtProjection } from '../districtProjection.js';
import type { OrganizationResolvers } from '../generated/graphql.js';

export const Organization: OrganizationResolvers<Context> = {
  __resolveReference: ({ id }, { loaders }) => loaders.organization.load(id),
  id: (organization) => organization.id as string,
  district: (organization, _, { loaders }, info) =>
    organization.districtCode
      ? loaders.district(districtProjection(info)).load(organization.districtCode)
      : null,
  foundedOn: (organization) => organization.foundedOn ?? null,
  contact: (organization) => ({
    email: organization.contact?.email ?? null,
    phone: organization.contact?.phone ?? null,
  }),
  council: (organization, _, { loaders }) =>
    organization.councilId ? loaders.organization.load(String(organization.councilId)) : null,
  members: (organization, _, { loaders }) =>
    organization.kind === 'DISTRICT_COUNCIL' ? loaders.councilMembers.load(organization.id as string) : [],
  archivedAt: (organization) => organization.archivedAt ?? null,
  version: (organization) => versionOf(organization),
  history: auditHistory('Organization', auditedModels),
};
