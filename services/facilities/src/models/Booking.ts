import { auditedPlugin } from '@kyodo/service-kit';
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const bookingSchema = new Schema(
  {
    roomId: { type: Schema.Types.ObjectId, required: true },
    // Copied from the room so utilization aggregates this collection alone.
    facilityId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    durationMinutes: { type: Number, required: true, min: 30 },
    purpose: { type: String, required: true },
    attendees: { type: Number, required: true, min: 1 },
    status: { type: String, enum: BOOKING_STATUSES, required: true, default: 'CONFIRMED' },
    bookedBy: { type: String, default: null },
    cancelledAt: { type: Date, default: null },
  },
  { collection: 'bookings', timestamps: true },
);

auditedPlugin(bookingSchema, { entityType: 'Booking' });

// roomAvailability: a room's bookings in a period.
bookingSchema.index({ roomId: 1, status: 1, start: 1 });
// Organization.bookings(from, to).
bookingSchema.index({ organizationId: 1, status: 1, start: 1 });
// Facility.utilization(fiscalYear) for a few facilities.
bookingSchema.index({ facilityId: 1, status: 1, start: 1 });
// Facility.utilization(fiscalYear) for a long list of facilities: the fiscal year's confirmed bookings.
bookingSchema.index({ status: 1, start: 1 });

// Query.bookings(filter): by start then _id, pinned by organization, facility or room (a room stands for its
// facility), or by an organization with a facility or a room; staff listing everything use the start index.
bookingSchema.index({ start: 1, _id: 1 });
bookingSchema.index({ facilityId: 1, start: 1, _id: 1 });
bookingSchema.index({ roomId: 1, start: 1, _id: 1 });
bookingSchema.index({ organizationId: 1, start: 1, _id: 1 });
bookingSchema.index({ organizationId: 1, facilityId: 1, start: 1, _id: 1 });
bookingSchema.index({ organizationId: 1, roomId: 1, start: 1, _id: 1 });

export type BookingFields = InferSchemaType<typeof bookingSchema>;
export type BookingDocument = HydratedDocument<BookingFields>;
export const BookingModel = mongoose.model('Booking', bookingSchema);
