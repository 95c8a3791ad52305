/** Rooms are booked in half-hour slots: a booking starts and ends on a slot boundary and claims every slot it covers. */
export const SLOT_MINUTES = 30;
export const SLOT_MS = SLOT_MINUTES * 60 * 1000;

/** The start of every slot a booking from `start` to `end` claims. */
export function slotStarts(start: Date, end: Date): Date[] {
  const starts: Date[] = [];
  for (let slot = start.getTime(); slot < end.getTime(); slot += SLOT_MS) starts.push(new Date(slot));
  return starts;
}

/** The first slot boundary at or after an instant. */
export function nextSlotBoundary(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / SLOT_MS) * SLOT_MS);
}
