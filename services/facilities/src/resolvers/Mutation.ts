import { bookRoom, cancelBooking } from '../booking.js';
import type { MutationResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { recordUsage } from '../usage.js';

export const Mutation: MutationResolvers<Context> = {
  bookRoom: (_parent, { input }, { viewer, entities }) => bookRoom(input, viewer, entities),
  cancelBooking: (_parent, { id }, { viewer }) => cancelBooking(id, viewer),
  recordUsage: (_parent, { facilityId, month, visitors }, { viewer }) =>
    recordUsage(facilityId, month, visitors, viewer.sub),
};
