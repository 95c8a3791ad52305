import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

const roomSchema = new Schema(
  {
    facilityId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    capacity: { type: Number, required: true, min: 1 },
    equipment: { type: [String], default: [] },
    /** Yen per hour. */
    hourlyFee: { type: Number, required: true, min: 0 },
    /** Whether residents can book it (the facility must be bookable too). */
    bookable: { type: Boolean, default: true },
    // Set when staff archive the room (absent while it is in use).
    archivedAt: { type: Date },
    // Bumped by every booking of the room, so an archive can tell that no booking slipped in meanwhile.
    bookingSeq: { type: Number, default: 0 },
  },
  { collection: 'rooms', timestamps: true },
);

auditedPlugin(roomSchema, { entityType: 'Room' });

// Facility.rooms, largest first.
roomSchema.index({ facilityId: 1, capacity: -1 });
// createRoom / updateRoom: a name is used once among a facility's rooms in use.
roomSchema.index({ facilityId: 1, name: 1 });
// facilities(filter: {minCapacity}).
roomSchema.index({ capacity: 1, facilityId: 1 });

export type RoomFields = InferSchemaType<typeof roomSchema>;
export type RoomDocument = HydratedDocument<RoomFields>;
export const RoomModel = mongoose.model('Room', roomSchema);
