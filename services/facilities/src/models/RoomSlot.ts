import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * The overlap guard. Every confirmed booking claims each 30-minute slot it covers, and the unique index on
 * (roomId, slotStart) lets the database refuse a second claim of a slot, however many requests race: the losing
 * request's insertMany stops at the first taken slot and the claims it did make are deleted again.
 *
 * Why slots rather than a per-room version document: a claim is one small insert per slot with no retry loop, two
 * bookings of different slots of one room never contend, and the guard is a plain unique index that every MongoDB
 * (and the embedded engine) enforces. The clash's booked period is stored on the claim so the CONFLICT error can
 * name it even while the winning booking is still being written.
 *
 * What it trades: two requests for overlapping but different periods can both lose (each took a slot the other
 * needs), never both win; the clients retry. Claims are written before the booking document, so a process that dies
 * between the two leaves claims without a booking: the slots stay blocked (safe), never double-booked.
 */
const roomSlotSchema = new Schema(
  {
    roomId: { type: Schema.Types.ObjectId, required: true },
    slotStart: { type: Date, required: true },
    bookingId: { type: Schema.Types.ObjectId, required: true },
    bookingStart: { type: Date, required: true },
    bookingEnd: { type: Date, required: true },
  },
  { collection: 'room_slots' },
);

roomSlotSchema.index({ roomId: 1, slotStart: 1 }, { unique: true });
// Freed by booking when a booking is cancelled or its claim rolled back.
roomSlotSchema.index({ bookingId: 1 });

export type RoomSlotFields = InferSchemaType<typeof roomSlotSchema>;
export const RoomSlotModel = mongoose.model('RoomSlot', roomSlotSchema);
