import { fiscalYearRange, monthsOfFiscalYear, openPeriod, SLOT_MS, tokyoDays } from '@kyodo/domain';
import { stableObjectIdHex } from '../ids.js';
import type { DemoOrganization } from '../organizations.js';
import { createRandom } from '../random.js';
import type { DemoFacility } from './facilities.js';

const BOOKINGS_PER_ROOM = 3;

export interface DemoBooking {
  id: string;
  roomId: string;
  facilityId: string;
  organizationId: string;
  start: Date;
  end: Date;
  purpose: string;
  attendees: number;
}

export interface DemoUsage {
  facilityId: string;
  month: string;
  fiscalYear: number;
  visitors: number;
}

const PURPOSES = [
  '定例会',
  '役員会',
  '子ども会の集まり',
  '健康体操教室',
  '防災訓練の打合せ',
  '講座',
  '練習会',
  '地域清掃の打合せ',
];

/** Typical monthly visitors of a room-holding facility, by kind. */
const MONTHLY_VISITORS: Record<string, [number, number]> = {
  COMMUNITY_EXCHANGE_CENTER: [1800, 4200],
  LIBRARY: [6000, 12000],
  SPORTS_FACILITY: [1500, 6000],
  SCHOOL_FACILITY: [200, 800],
  CHILDREN_CULTURE_CENTER: [800, 2500],
};
const DEFAULT_MONTHLY_VISITORS: [number, number] = [150, 700];

/** The demo world's dates: its fiscal years (the current one last) and the instant it is dated to. */
export interface BookingCalendar {
  fiscalYears: readonly number[];
  now: Date;
}

/** Rooms are booked up to eight weeks ahead of today. */
const BOOKED_AHEAD_MS = 56 * 24 * 60 * 60 * 1000;
/** A busy centre's bookings last three to four and a half hours (6-9 slots), a 午前/午後/夜間 session. */
const BUSY_LENGTH: [number, number] = [6, 9];
/**
 * The tracked centres' booking records (and so their 施設稼働率) start with the demo's second fiscal year: three
 * years of day-by-day bookings are what the embedded engine can seed quickly.
 */
export const BUSY_FROM_YEAR_INDEX = 1;

/**
 * The demo's bookings, on open days within opening hours, never overlapping within a room, from the first demo
 * fiscal year up to eight weeks after `now`, by organizations of the facility's district (or any territorial one).
 * The tracked community centres (`busy`) are booked day by day at a rate that rises a little each year (their
 * 施設稼働率 indicator is computed from these bookings); other facilities have a few bookings per room and year.
 */
export function demoBookings(
  facilities: readonly DemoFacility[],
  organizations: readonly DemoOrganization[],
  { fiscalYears, now }: BookingCalendar,
  busy: ReadonlySet<string>,
): DemoBooking[] {
  const horizon = new Date(now.getTime() + BOOKED_AHEAD_MS);
  const bookings: DemoBooking[] = [];
  for (const facility of facilities) {
    if (!facility.schedule || facility.rooms.length === 0) continue;
    const schedule = facility.schedule;
    const local = organizations.filter((organization) => organization.districtCode === facility.districtCode);
    const bookers =
      local.length > 0 ? local : organizations.filter((organization) => organization.basis === 'TERRITORIAL');
    for (const room of facility.rooms) {
      const random = createRandom(`bookings:${room.id}`);
      const book = (start: number, length: number) => {
        const organization = random.pick(bookers);
        bookings.push({
          id: stableObjectIdHex('booking', `${room.id}:${start}`),
          roomId: room.id,
          facilityId: facility.id,
          organizationId: organization.id,
          start: new Date(start),
          end: new Date(start + length * SLOT_MS),
          purpose: random.pick(PURPOSES),
          attendees: random.int(Math.min(5, room.capacity), room.capacity),
        });
      };
      // A centre's base rate (10-16 %) and its yearly rise (0.5-2 points).
      const baseRate = 0.1 + random.float() * 0.06;
      const rise = 0.005 + random.float() * 0.015;
      fiscalYears.forEach((fiscalYear, yearIndex) => {
        const { start: yearStart, end: yearEnd } = fiscalYearRange(fiscalYear);
        const until = yearEnd < horizon ? yearEnd : horizon;
        if (yearStart >= until) return;
        const days = [...tokyoDays(yearStart, until)];
        if (busy.has(facility.id)) {
          if (yearIndex < BUSY_FROM_YEAR_INDEX) return;
          // Walk each open day slot by slot: a booking starts with probability p and lasts L slots on average, so
          // the booked share is pL / (pL + 1); p is chosen for the year's rate.
          const rate = baseRate + rise * yearIndex;
          const meanLength = (BUSY_LENGTH[0] + BUSY_LENGTH[1]) / 2;
          const p = rate / (meanLength * (1 - rate));
          for (const midnight of days) {
            const period = openPeriod(schedule, midnight);
            if (!period || period.start >= until) continue;
            const slots = (period.end.getTime() - period.start.getTime()) / SLOT_MS;
            for (let slot = 0; slot < slots;) {
              if (!random.chance(p)) {
                slot += 1;
                continue;
              }
              const length = Math.min(random.int(BUSY_LENGTH[0], BUSY_LENGTH[1]), slots - slot);
              book(period.start.getTime() + slot * SLOT_MS, length);
              slot += length;
            }
          }
          return;
        }
        const taken: { start: number; end: number }[] = [];
        for (let attempt = 0; taken.length < BOOKINGS_PER_ROOM && attempt < 50; attempt++) {
          const period = openPeriod(schedule, random.pick(days));
          if (!period) continue;
          const slots = (period.end.getTime() - period.start.getTime()) / SLOT_MS;
          const length = Math.min(random.int(2, 6), slots);
          const start = period.start.getTime() + random.int(0, slots - length) * SLOT_MS;
          const end = start + length * SLOT_MS;
          if (end > until.getTime() || taken.some((booking) => booking.start < end && start < booking.end))
            continue;
          taken.push({ start, end });
          book(start, length);
        }
      });
    }
  }
  return bookings;
}

/** Booked minutes of each facility in a fiscal year, counted as the facilities service counts them. */
export function bookedMinutesByFacility(
  bookings: readonly DemoBooking[],
  fiscalYear: number,
): Map<string, number> {
  const { start, end } = fiscalYearRange(fiscalYear);
  const minutes = new Map<string, number>();
  for (const booking of bookings) {
    if (booking.start < start || booking.start >= end) continue;
    const duration = (booking.end.getTime() - booking.start.getTime()) / 60000;
    minutes.set(booking.facilityId, (minutes.get(booking.facilityId) ?? 0) + duration);
  }
  return minutes;
}

/** Monthly visitors of every bookable facility, with a summer and winter dip. */
export function demoUsage(
  facilities: readonly DemoFacility[],
  fiscalYears: readonly number[],
  today: string,
): DemoUsage[] {
  return facilities
    .filter((facility) => facility.bookable)
    .flatMap((facility) => {
      const random = createRandom(`usage:${facility.id}`);
      const [low, high] = MONTHLY_VISITORS[facility.kind] ?? DEFAULT_MONTHLY_VISITORS;
      const base = random.int(low, high);
      return fiscalYears.flatMap((fiscalYear) =>
        // Counted up to the month in progress: nothing is dated after today.
        monthsOfFiscalYear(fiscalYear)
          .filter((month) => month <= today.slice(0, 7))
          .map((month) => {
            const seasonal = /-(08|01)$/.test(month) ? 0.8 : 1;
            return {
              facilityId: facility.id,
              month,
              fiscalYear,
              visitors: Math.round(base * seasonal * (0.85 + random.float() * 0.3)),
            };
          }),
      );
    });
}
