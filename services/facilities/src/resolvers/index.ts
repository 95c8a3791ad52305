import type { Resolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { Booking } from './Booking.js';
import { District } from './District.js';
import { Facility } from './Facility.js';
import { FacilitySource } from './FacilitySource.js';
import { Mutation } from './Mutation.js';
import { OpeningHours } from './OpeningHours.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { Room } from './Room.js';
import { UsageRecord } from './UsageRecord.js';
import { DateTimeScalar, auditEntryResolvers } from '@kyodo/service-kit';

export const resolvers: Resolvers<Context> = {
  DateTime: DateTimeScalar,
  Query,
  ...auditEntryResolvers,
  Mutation,
  Facility,
  FacilitySource,
  OpeningHours,
  Room,
  Booking,
  Organization,
  District,
  UsageRecord,
};
