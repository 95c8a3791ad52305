import { AuditEntryModel, loadSubgraphTypeDefs, type SubgraphDefinition } from '@kyodo/service-kit';
import { createLoaders, type Loaders } from './loaders.js';
import { BookingModel } from './models/Booking.js';
import { FacilityModel } from './models/Facility.js';
import { FacilityUsageModel } from './models/FacilityUsage.js';
import { RoomModel } from './models/Room.js';
import { RoomSlotModel } from './models/RoomSlot.js';
import { resolvers } from './resolvers/index.js';

export type { Loaders } from './loaders.js';

export const definition: SubgraphDefinition<Loaders> = {
  name: 'facilities',
  typeDefs: loadSubgraphTypeDefs('facilities'),
  resolvers,
  createLoaders,
  models: [FacilityModel, RoomModel, BookingModel, RoomSlotModel, FacilityUsageModel, AuditEntryModel],
};
