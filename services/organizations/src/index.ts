import { AuditEntryModel, defineSubgraph } from '@kyodo/service-kit';
import { createLoaders, type Loaders } from './loaders.js';
import { DistrictModel } from './models/District.js';
import { OrganizationModel } from './models/Organization.js';
import { PersonModel } from './models/Person.js';
import { resolvers } from './resolvers/index.js';

export type { Loaders } from './loaders.js';

export const definition = defineSubgraph<Loaders>('organizations', {
  resolvers,
  createLoaders,
  models: [OrganizationModel, DistrictModel, PersonModel, AuditEntryModel],
});
