import { bookRoom, cancelBooking } from '../booking.js';
import type { MutationResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { recordUsage } from '../usage.js';

export const Mutation: MutationResolvers<Context> = {
  bookRoom: (_parent, { input }, { viewer, entities, now }) => bookRoom(input, viewer, entities, now),
  cancelBooking: (_parent, { id }, { viewer, now }) => cancelBooking(id, viewer, now),
  recordUsage: (_parent, { facilityId, month, visitors }, { viewer, now }) =>
    recordUsage(facilityId, month, visitors, viewer.sub, now),
};
