import { DAY_MS } from '@kyodo/domain';
import {
  badUserInput,
  emptyConnection,
  pageSize,
  paginate,
  parseObjectId,
  requireActsFor,
  requireStaff,
  type Connection,
  type Viewer,
} from '@kyodo/service-kit';
import type { QueryFilter } from 'mongoose';
import type { BookingDocument, Loaders } from './loaders.js';
import { BookingModel, type BookingFields } from './models/Booking.js';

export interface BookingFilterInput {
  facilityId?: string | null;
  roomId?: string | null;
  organizationId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Query.bookings lists by start, _id breaking ties (paginate appends it); each filter path has its index. */
export const BOOKING_LIST_ORDER = { start: 1 } as const;

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Who may list which bookings: a filter naming an organization needs staff or a member of it; a list across
 * organizations is for staff only. Anonymous callers are UNAUTHENTICATED either way.
 */
export function requireMayListBookings(viewer: Viewer, organizationId: string | null | undefined): void {
  if (given(organizationId)) requireActsFor(viewer, organizationId, "list the organization's bookings");
  else requireStaff(viewer, 'list the bookings of every organization (members: name one of yours)');
}

/** The MongoDB filter of a BookingFilter, or null when it cannot match (the room is in another facility). */
export async function bookingListFilter(
  input: BookingFilterInput | null | undefined,
  loaders: Pick<Loaders, 'room'>,
): Promise<QueryFilter<BookingFields> | null> {
  const query: QueryFilter<BookingFields> = {};
  if (given(input?.organizationId)) {
    query.organizationId = parseObjectId(input.organizationId, 'filter.organizationId');
  }
  const facilityId = given(input?.facilityId) ? parseObjectId(input.facilityId, 'filter.facilityId') : null;
  if (given(input?.roomId)) {
    const roomId = parseObjectId(input.roomId, 'filter.roomId');
    // A room lies in one facility: the room pins the list, and a room of another facility matches nothing.
    if (facilityId) {
      const room = await loaders.room.load(roomId.toHexString());
      if (!room || !room.facilityId.equals(facilityId)) return null;
    }
    query.roomId = roomId;
  } else if (facilityId) {
    query.facilityId = facilityId;
  }
  const from = input?.from ?? null;
  const to = input?.to ?? null;
  if (from && to && from.getTime() >= to.getTime()) {
    throw badUserInput('"filter.from" must be before "filter.to"', { argumentName: 'filter.from' });
  }
  const start: { $lt?: Date; $gte?: Date } = {};
  if (to) start.$lt = to;
  if (from) {
    query.end = { $gt: from };
    // A booking lies within one day's opening hours, so one ending after `from` started less than a day before:
    // the bound lets the start index skip everything earlier.
    start.$gte = new Date(from.getTime() - DAY_MS);
  }
  if (to || from) query.start = start;
  return query;
}

/** Query.bookings: the page of bookings the viewer may see (see the SDL). */
export async function listBookings(
  args: { filter?: BookingFilterInput | null; first?: number | null; after?: string | null },
  viewer: Viewer,
  loaders: Pick<Loaders, 'room'>,
): Promise<Connection<BookingDocument>> {
  requireMayListBookings(viewer, args.filter?.organizationId);
  const filter = await bookingListFilter(args.filter, loaders);
  if (!filter) {
    pageSize(args.first);
    return emptyConnection<BookingDocument>();
  }
  return paginate(BookingModel, { filter, sort: BOOKING_LIST_ORDER, first: args.first, after: args.after });
}
