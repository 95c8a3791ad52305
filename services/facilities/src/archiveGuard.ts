import { SLOT_MS } from '@kyodo/domain';
import { conflict } from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { FacilityModel } from './models/Facility.js';
import { RoomModel } from './models/Room.js';
import { RoomSlotModel } from './models/RoomSlot.js';

/**
 * Archiving and booking, kept apart without a transaction. An archive refuses while a booking that has not ended
 * holds a slot of the room (or of any room of the facility); a booking refuses a room or facility that is archived.
 * The race between the two is closed by a counter on the room and the facility (bookingSeq):
 *
 * - a booking claims its slots, then bumps both counters with a write that only matches while neither is archived
 *   (refusing, and releasing its claims, when one is), and only then writes the booking document;
 * - an archive reads the counter, counts the slot claims of bookings that have not ended, and archives with a write
 *   that only matches while the counter is unchanged.
 *
 * So either the archive's count sees the booking's claims (CONFLICT), or the booking's bump comes between the count and
 * the archive (the archive's write finds the counter changed: CONFLICT, try again), or the bump comes after the
 * archive (the booking is refused). Both can lose, never both win.
 */

/** Bookings (by their slot claims) of the rooms that have not ended at `now`: what an archive must not orphan. */
export async function unfinishedBookings(roomIds: readonly Types.ObjectId[], now: Date): Promise<number> {
  if (roomIds.length === 0) return 0;
  // A claim covers [slotStart, slotStart + 30 min): one starting after now - 30 min has not passed yet.
  const bookingIds = await RoomSlotModel.distinct('bookingId', {
    roomId: { $in: [...roomIds] },
    slotStart: { $gt: new Date(now.getTime() - SLOT_MS) },
  }).exec();
  return bookingIds.length;
}

export function unfinishedBookingsConflict(what: string, count: number) {
  return conflict(
    `${what} has ${count} confirmed booking${count === 1 ? '' : 's'} that ha${count === 1 ? 's' : 've'} not ended: ` +
      'cancel them (telling the organizations) or wait until they are over, then archive',
    { futureBookings: count },
  );
}

/**
 * The archive's condition that no booking marked the document since `seen` was read. Documents the importer wrote
 * have no counter until their first booking ($inc creates it), so 0 also matches a missing one.
 */
export function noBookingSince(seen: number | null | undefined) {
  return { bookingSeq: seen ? seen : { $in: [0, null] } };
}

/**
 * A booking's mark on its room and facility, after it claimed its slots and before it is written: false when either
 * was archived meanwhile. The counters are bookkeeping, not data: no version, no timestamp, no audit entry.
 */
export async function markBooking(roomId: Types.ObjectId, facilityId: Types.ObjectId): Promise<boolean> {
  const inUse = { archivedAt: { $exists: false } };
  const bump = { $inc: { bookingSeq: 1 } };
  const [room, facility] = await Promise.all([
    RoomModel.updateOne({ _id: roomId, ...inUse }, bump, { timestamps: false }).exec(),
    FacilityModel.updateOne({ _id: facilityId, ...inUse }, bump, { timestamps: false }).exec(),
  ]);
  return room.matchedCount === 1 && facility.matchedCount === 1;
}
