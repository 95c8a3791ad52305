import { monthRange } from './fiscalYears.js';
import { availableHours, availableHoursBetween, type Schedule } from './openingHours.js';

/** Rounds where people read a figure: a share to three decimals (0.3799999999999983 -> 0.38). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The one utilisation rule (稼働率): booked hours / (open hours of one room x rooms), to three decimals; null when
 * there are no rooms or no open hours to book. Every period (a fiscal year, a month) and every scope (a facility, a
 * room) goes through it.
 */
export function utilisationRate(
  bookedMinutes: number,
  openHoursPerRoom: number,
  rooms: number,
): number | null {
  const available = openHoursPerRoom * rooms;
  return rooms === 0 || available === 0 ? null : roundTo(bookedMinutes / 60 / available, 3);
}

/**
 * 稼働率 of a facility's (or, with rooms = 1, a room's) bookable room-hours in a fiscal year, to three decimals;
 * null when the facility has no rooms or no known hours. The facilities service serves it as
 * Facility.utilization, and the demo's 施設稼働率 indicator is the same figure in percent.
 */
export function utilisation(
  bookedMinutes: number,
  schedule: Schedule | null,
  rooms: number,
  fiscalYear: number,
): number | null {
  if (rooms === 0 || !schedule) return null;
  return utilisationRate(bookedMinutes, availableHours(schedule, fiscalYear), rooms);
}

/** Open hours of one room in a YYYY-MM month (Asia/Tokyo), following the schedule day by day. */
export function availableHoursOfMonth(schedule: Schedule, month: string): number {
  const { start, end } = monthRange(month);
  return availableHoursBetween(schedule, start, end);
}
