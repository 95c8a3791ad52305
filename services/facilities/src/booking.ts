import {
  auditedCreate,
  auditedUpdate,
  BOOKING_HORIZON_DAYS,
  checkIdempotencyKey,
  badUserInput,
  conflict,
  isDuplicateKeyError,
  notFound,
  parseObjectId,
  requireActsFor,
  requireEntityExists,
  requireInteger,
  requireText,
  requireWithinHorizon,
  type AuditContext,
  type EntityDirectory,
  type Viewer,
} from '@kyodo/service-kit';

/** What a booking needs of the request besides the audit context: the directory that checks the organization. */
interface Writer {
  entities: EntityDirectory;
}
import { Types } from 'mongoose';
import {
  openPeriod,
  SLOT_MINUTES,
  SLOT_MS,
  slotStarts,
  toTokyoIso,
  tokyoDay,
  tokyoMidnight,
} from '@kyodo/domain';
import { markBooking } from './archiveGuard.js';
import { BookingModel, type BookingDocument } from './models/Booking.js';
import { FacilityModel, facilitySchedule } from './models/Facility.js';
import { RoomModel } from './models/Room.js';
import { RoomSlotModel } from './models/RoomSlot.js';
const MAX_PURPOSE_LENGTH = 200;
// The largest hall in the city seats about 1,500; rooms' own capacities are checked below.
const MAX_ATTENDEES = 10_000;

export interface BookRoomInput {
  roomId: string;
  organizationId: string;
  start: Date;
  end: Date;
  purpose: string;
  attendees: number;
}

function hhmm(instant: Date): string {
  return toTokyoIso(instant).slice(11, 16);
}

/** Everything bookRoom checks before it writes; throws the documented error for the first failure. */
async function validate(input: BookRoomInput, viewer: Viewer, entities: EntityDirectory, now: Date) {
  const roomId = parseObjectId(input.roomId, 'input.roomId');
  const organizationId = parseObjectId(input.organizationId, 'input.organizationId');
  requireActsFor(viewer, organizationId.toHexString(), 'book rooms for this organization');
  const { start, end } = input;
  if (start.getTime() >= end.getTime()) {
    throw badUserInput('input.start must be before input.end', { argumentName: 'input.start' });
  }
  if (start.getTime() % SLOT_MS !== 0 || end.getTime() % SLOT_MS !== 0) {
    throw badUserInput(`Bookings start and end on a ${SLOT_MINUTES}-minute boundary (e.g. 10:00 or 10:30)`, {
      argumentName: 'input.start',
    });
  }
  if (start.getTime() < now.getTime()) {
    throw badUserInput('input.start is in the past', { argumentName: 'input.start' });
  }
  requireWithinHorizon(start, 'input.start', now, BOOKING_HORIZON_DAYS);
  const purpose = requireText(input.purpose, 'input.purpose', { max: MAX_PURPOSE_LENGTH });
  requireInteger(input.attendees, 'input.attendees', 1, MAX_ATTENDEES);
  const room = await RoomModel.findById(roomId).exec();
  if (!room) throw notFound('Room', input.roomId);
  if (room.archivedAt) throw conflict(`${room.name} is archived and can no longer be booked`);
  if (!room.bookable) throw badUserInput(`${room.name} cannot be booked`, { argumentName: 'input.roomId' });
  if (input.attendees > room.capacity) {
    throw badUserInput(`${room.name} holds ${room.capacity} people, not ${input.attendees}`, {
      argumentName: 'input.attendees',
    });
  }
  const facility = await FacilityModel.findById(room.facilityId).exec();
  if (!facility) throw notFound('Facility', String(room.facilityId));
  if (facility.archivedAt) throw conflict(`${facility.nameJa} is archived and can no longer be booked`);
  if (!facility.bookable)
    throw badUserInput(`${facility.nameJa} cannot be booked`, { argumentName: 'input.roomId' });
  const schedule = facilitySchedule(facility);
  if (!schedule) {
    throw badUserInput(`The opening hours of ${facility.nameJa} are not known, so it cannot be booked`, {
      argumentName: 'input.roomId',
    });
  }
  const period = openPeriod(schedule, tokyoMidnight(tokyoDay(start)));
  if (!period) {
    throw badUserInput(`${facility.nameJa} is closed on ${toTokyoIso(start).slice(0, 10)}`, {
      argumentName: 'input.start',
    });
  }
  if (start < period.start || end > period.end) {
    throw badUserInput(
      `${facility.nameJa} is open ${hhmm(period.start)}-${hhmm(period.end)} on ${toTokyoIso(start).slice(0, 10)}`,
      { argumentName: start < period.start ? 'input.start' : 'input.end' },
    );
  }
  // Last, as it costs a call to the organizations subgraph: staff may name any id, and a typo must not book.
  await requireEntityExists(
    entities,
    'organizations',
    'Organization',
    organizationId.toHexString(),
    'input.organizationId',
  );
  return { roomId, organizationId, purpose, facilityId: facility._id };
}

/** Whether an earlier try of this request (same caller, same key) made a booking. */
async function earlierBooking(key: string | null, viewer: Viewer): Promise<boolean> {
  if (key === null) return false;
  const found = await BookingModel.exists({
    'idempotency.sub': viewer.sub ?? '',
    'idempotency.key': key,
  }).exec();
  return found !== null;
}

/**
 * Books a room. The overlap guard is in the database (see RoomSlot): the booking first claims each of its
 * 30-minute slots under a unique index, and only a booking that claimed all of them is written. A losing request
 * deletes the claims it made and gets CONFLICT naming the period of the booking that holds the slot.
 */
export async function bookRoom(
  input: BookRoomInput,
  idempotencyKey: string | null | undefined,
  context: AuditContext & Writer,
): Promise<BookingDocument> {
  const { viewer, entities, now } = context;
  const key = checkIdempotencyKey(idempotencyKey);
  const audit = { operation: 'bookRoom', idempotencyKey: key, input };
  // A retry: the first booking holds the slots, so it is found by its key before anything is claimed (auditedCreate
  // returns it, or refuses a key reused for another booking).
  const retried = async () =>
    (await earlierBooking(key, viewer)) ? auditedCreate(BookingModel, {}, context, audit) : null;
  const earlier = await retried();
  if (earlier) return earlier;
  const { roomId, organizationId, purpose, facilityId } = await validate(input, viewer, entities, now);
  const bookingId = new Types.ObjectId();
  const claims = slotStarts(input.start, input.end).map((slotStart) => ({
    roomId,
    slotStart,
    bookingId,
    bookingStart: input.start,
    bookingEnd: input.end,
  }));
  try {
    // Ordered: the insert stops at the first slot someone else holds.
    await RoomSlotModel.insertMany(claims, { ordered: true });
  } catch (error) {
    await RoomSlotModel.deleteMany({ bookingId }).exec();
    if (!isDuplicateKeyError(error)) throw error;
    // Two tries of one request raced: the other one's booking is this one's answer.
    const winner = await retried();
    if (winner) return winner;
    const clash = await RoomSlotModel.findOne({
      roomId,
      slotStart: { $gte: input.start, $lt: input.end },
      bookingId: { $ne: bookingId },
    })
      .sort({ slotStart: 1 })
      .exec();
    throw conflict(
      clash
        ? `The room is already booked from ${toTokyoIso(clash.bookingStart)} to ${toTokyoIso(clash.bookingEnd)}`
        : 'The room was booked for this time by another request',
      clash
        ? {
            clashStart: toTokyoIso(clash.bookingStart),
            clashEnd: toTokyoIso(clash.bookingEnd),
            clashBookingId: String(clash.bookingId),
          }
        : {},
    );
  }
  // After the claims, before the booking: refuses a room or facility archived meanwhile (see archiveGuard.ts).
  if (!(await markBooking(roomId, facilityId))) {
    await RoomSlotModel.deleteMany({ bookingId }).exec();
    throw conflict('The room or its facility was archived meanwhile and can no longer be booked');
  }
  try {
    return await auditedCreate(
      BookingModel,
      {
        _id: bookingId,
        roomId,
        facilityId,
        organizationId,
        start: input.start,
        end: input.end,
        durationMinutes: (input.end.getTime() - input.start.getTime()) / 60000,
        purpose,
        attendees: input.attendees,
        status: 'CONFIRMED',
        bookedBy: viewer.sub,
      },
      context,
      audit,
    );
  } catch (error) {
    await RoomSlotModel.deleteMany({ bookingId }).exec();
    throw error;
  }
}

/** Cancels a booking that has not started and frees its slots. */
export async function cancelBooking(id: string, context: AuditContext): Promise<BookingDocument> {
  const { viewer, now } = context;
  const bookingId = parseObjectId(id, 'id');
  const booking = await BookingModel.findById(bookingId).exec();
  if (!booking) throw notFound('Booking', id);
  requireActsFor(viewer, String(booking.organizationId), "cancel this organization's bookings");
  if (booking.status === 'CANCELLED') throw conflict(`Booking ${id} is already cancelled`);
  if (booking.start.getTime() <= now.getTime()) throw conflict(`Booking ${id} has already started`);
  // Conditional: of two concurrent cancellations only one changes the status (and leaves an entry).
  const cancelled = await auditedUpdate(BookingModel, {
    id: bookingId,
    filter: { status: 'CONFIRMED' },
    filterProblem: () => conflict(`Booking ${id} is already cancelled`),
    update: { $set: { status: 'CANCELLED', cancelledAt: now } },
    operation: 'cancelBooking',
    ctx: context,
  });
  await RoomSlotModel.deleteMany({ bookingId }).exec();
  return cancelled;
}
