import { AuditEntryModel, loadSubgraphTypeDefs, type SubgraphDefinition } from '@kyodo/service-kit';
import { createLoaders, type Loaders } from './loaders.js';
import { ApplicantModel } from './models/Applicant.js';
import { ApplicationModel } from './models/Application.js';
import { AwardModel } from './models/Award.js';
import { CollaborativeProjectModel } from './models/CollaborativeProject.js';
import { GrantProgramModel } from './models/GrantProgram.js';
import { resolvers } from './resolvers/index.js';

export type { Loaders } from './loaders.js';

export const definition: SubgraphDefinition<Loaders> = {
  name: 'funding',
  typeDefs: loadSubgraphTypeDefs('funding'),
  resolvers,
  createLoaders,
  models: [
    GrantProgramModel,
    ApplicationModel,
    AwardModel,
    CollaborativeProjectModel,
    ApplicantModel,
    AuditEntryModel,
  ],
};
