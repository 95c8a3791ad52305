import { notFound } from '@kyodo/service-kit';
import type { BookingResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { organizationReference } from '../references.js';

export const Booking: BookingResolvers<Context> = {
  id: (booking) => booking._id.toHexString(),
  room: async (booking, _args, { loaders }) => {
    const room = await loaders.room.load(String(booking.roomId));
    if (!room) throw notFound('Room', String(booking.roomId));
    return room;
  },
  organization: (booking) => organizationReference(booking.organizationId),
  createdAt: (booking) => booking.createdAt,
  cancelledAt: (booking) => booking.cancelledAt ?? null,
};
