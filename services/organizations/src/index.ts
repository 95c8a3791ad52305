import { AuditEntryModel, loadSubgraphTypeDefs, type SubgraphDefinition } from '@kyodo/service-kit';
import { createLoaders, type Loaders } from './loaders.js';
import { DistrictModel } from './models/District.js';
import { OrganizationModel } from './models/Organization.js';
import { PersonModel } from './models/Person.js';
import { resolvers } from './resolvers/index.js';

export type { Loaders } from './loaders.js';

export const definition: SubgraphDefinition<Loaders> = {
  name: 'organizations',
  typeDefs: loadSubgraphTypeDefs('organizations'),
  resolvers,
  createLoaders,
  models: [OrganizationModel, DistrictModel, PersonModel, AuditEntryModel],
};
