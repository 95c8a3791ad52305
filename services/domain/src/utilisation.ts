import { availableHours, type Schedule } from './openingHours.js';

/** Rounds where people read a figure: a share to three decimals (0.3799999999999983 -> 0.38). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * 稼働率: the share of a facility's bookable room-hours in a fiscal year that are booked (booked hours / (open hours
 * of the year x rooms)), to three decimals; null when the facility has no rooms or no known hours. The facilities
 * service serves it as Facility.utilization, and the demo's 施設稼働率 indicator is the same figure in percent.
 */
export function utilisation(
  bookedMinutes: number,
  schedule: Schedule | null,
  rooms: number,
  fiscalYear: number,
): number | null {
  if (rooms === 0 || !schedule) return null;
  const available = availableHours(schedule, fiscalYear) * rooms;
  return available === 0 ? null : roundTo(bookedMinutes / 60 / available, 3);
}
