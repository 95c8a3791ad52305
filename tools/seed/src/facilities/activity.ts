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

/**
 * A few bookings per room in the fiscal year by organizations of the facility's district (or any territorial organization
 * when the district has none), on open days within opening hours, never overlapping within a room.
 */
export function demoBookings(
  facilities: readonly DemoFacility[],
  organizations: readonly DemoOrganization[],
  fiscalYear: number,
): DemoBooking[] {
  const { start: yearStart, end: yearEnd } = fiscalYearRange(fiscalYear);
  const days = [...tokyoDays(yearStart, yearEnd)];
  const bookings: DemoBooking[] = [];
  for (const facility of facilities) {
    if (!facility.schedule || facility.rooms.length === 0) continue;
    const schedule = facility.schedule;
    const local = organizations.filter((organization) => organization.districtCode === facility.districtCode);
    const bookers =
      local.length > 0 ? local : organizations.filter((organization) => organization.basis === 'TERRITORIAL');
    for (const room of facility.rooms) {
      const random = createRandom(`bookings:${room.id}`);
      const taken: { start: number; end: number }[] = [];
      for (let attempt = 0; taken.length < BOOKINGS_PER_ROOM && attempt < 50; attempt++) {
        const period = openPeriod(schedule, random.pick(days));
        if (!period) continue;
        const slots = (period.end.getTime() - period.start.getTime()) / SLOT_MS;
        const length = Math.min(random.int(2, 6), slots);
        const start = period.start.getTime() + random.int(0, slots - length) * SLOT_MS;
        const end = start + length * SLOT_MS;
        if (taken.some((booking) => booking.start < end && start < booking.end)) continue;
        taken.push({ start, end });
        const organization = random.pick(bookers);
        bookings.push({
          id: stableObjectIdHex('booking', `${room.id}:${taken.length}`),
          roomId: room.id,
          facilityId: facility.id,
          organizationId: organization.id,
          start: new Date(start),
          end: new Date(end),
          purpose: random.pick(PURPOSES),
          attendees: random.int(Math.min(5, room.capacity), room.capacity),
        });
      }
    }
  }
  return bookings;
}

/** Monthly visitors of every bookable facility, with a summer and winter dip. */
export function demoUsage(facilities: readonly DemoFacility[], fiscalYears: readonly number[]): DemoUsage[] {
  return facilities
    .filter((facility) => facility.bookable)
    .flatMap((facility) => {
      const random = createRandom(`usage:${facility.id}`);
      const [low, high] = MONTHLY_VISITORS[facility.kind] ?? DEFAULT_MONTHLY_VISITORS;
      const base = random.int(low, high);
      return fiscalYears.flatMap((fiscalYear) =>
        monthsOfFiscalYear(fiscalYear).map((month) => {
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
