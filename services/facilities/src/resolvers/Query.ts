import { internalAuditLog } from '../auditLog.js';
import { notFound, paginate, parseObjectId } from '@kyodo/service-kit';
import { nextSlotBoundary } from '@kyodo/domain';
import { freeSlots } from '../availability.js';
import { listBookings } from '../bookingList.js';
import { facilityFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { FacilityModel, facilitySchedule } from '../models/Facility.js';
import { BookingModel } from '../models/Booking.js';
import { facilitiesNear } from '../nearby.js';
import { assertPeriod } from '../ranges.js';

const MAX_AVAILABILITY_DAYS = 31;

export const Query: QueryResolvers<Context> = {
  _auditLog: internalAuditLog,
  facility: (_parent, { id }, { loaders }) => loaders.facility.load(parseObjectId(id, 'id').toHexString()),

  facilities: async (_parent, { filter, first, after }) =>
    paginate(FacilityModel, { filter: await facilityFilter(filter), sort: { nameKana: 1 }, first, after }),

  facilitiesNear: (_parent, args) => facilitiesNear(args),

  room: (_parent, { id }, { loaders }) => loaders.room.load(parseObjectId(id, 'id').toHexString()),

  bookings: (_parent, args, { loaders, viewer }) => listBookings(args, viewer, loaders),

  roomAvailability: async (_parent, { roomId, from, to }, { loaders, now: requestNow }) => {
    const id = parseObjectId(roomId, 'roomId').toHexString();
    assertPeriod(from, to, MAX_AVAILABILITY_DAYS);
    const room = await loaders.room.load(id);
    if (!room) throw notFound('Room', roomId);
    const facility = await loaders.facility.load(String(room.facilityId));
    const schedule = facility ? facilitySchedule(facility) : null;
    if (!schedule) return [];
    // Only what can still be booked: from the next 30-minute boundary on.
    const now = nextSlotBoundary(requestNow).getTime();
    const start = new Date(Math.max(from.getTime(), now));
    if (start >= to) return [];
    const bookings = await BookingModel.find({
      roomId: room._id,
      status: 'CONFIRMED',
      start: { $lt: to },
      end: { $gt: start },
    })
      .sort({ start: 1 })
      .exec();
    return freeSlots(schedule, bookings, start, to);
  },
};
