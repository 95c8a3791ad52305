import { bookRoom, cancelBooking } from '../booking.js';
import { archiveFacility, createFacility, updateFacility } from '../facilityWrites.js';
import type { MutationResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { archiveRoom, createRoom, updateRoom } from '../roomWrites.js';
import { recordUsage } from '../usage.js';

export const Mutation: MutationResolvers<Context> = {
  bookRoom: (_parent, { input, idempotencyKey }, context) => bookRoom(input, idempotencyKey, context),
  cancelBooking: (_parent, { id }, context) => cancelBooking(id, context),
  recordUsage: (_parent, { facilityId, month, visitors }, context) =>
    recordUsage(facilityId, month, visitors, context),
  createFacility: (_parent, { input, idempotencyKey }, context) =>
    createFacility(input, idempotencyKey, context),
  updateFacility: (_parent, { id, expectedVersion, input }, context) =>
    updateFacility(id, expectedVersion, input, context),
  archiveFacility: (_parent, { id, expectedVersion }, context) =>
    archiveFacility(id, expectedVersion, context),
  createRoom: (_parent, { input, idempotencyKey }, context) => createRoom(input, idempotencyKey, context),
  updateRoom: (_parent, { id, expectedVersion, input }, context) =>
    updateRoom(id, expectedVersion, input, context),
  archiveRoom: (_parent, { id, expectedVersion }, context) => archiveRoom(id, expectedVersion, context),
};
