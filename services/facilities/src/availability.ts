import type { Schedule } from '@kyodo/domain';
import { openPeriod, tokyoDays } from '@kyodo/domain';

export interface TimeSlotResult {
  start: Date;
  end: Date;
}

/**
 * The free periods of a room between `from` and `to`: each day's open period (per the schedule) minus the
 * confirmed bookings, clipped to [from, to). Bookings must be sorted by start.
 */
export function freeSlots(
  schedule: Schedule,
  bookings: readonly { start: Date; end: Date }[],
  from: Date,
  to: Date,
): TimeSlotResult[] {
  const slots: TimeSlotResult[] = [];
  for (const midnight of tokyoDays(from, to)) {
    const period = openPeriod(schedule, midnight);
    if (!period) continue;
    let cursor = Math.max(period.start.getTime(), from.getTime());
    const end = Math.min(period.end.getTime(), to.getTime());
    for (const booking of bookings) {
      if (booking.end.getTime() <= cursor || booking.start.getTime() >= end) continue;
      if (booking.start.getTime() > cursor) slots.push({ start: new Date(cursor), end: booking.start });
      cursor = Math.max(cursor, booking.end.getTime());
    }
    if (cursor < end) slots.push({ start: new Date(cursor), end: new Date(end) });
  }
  return slots;
}
