import holidayJp from '@holiday-jp/holiday_jp';
import { WEEKDAYS, hoursOn, type CalendarDay, type Schedule } from '@kyodo/importers';

/** Asia/Tokyo has had no daylight saving time since 1951: a fixed +09:00. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

export { toTokyoIso } from '@kyodo/service-kit';

/** National holidays (振替休日 and 国民の休日 included) from @holiday-jp/holiday_jp's table. */
export function isJapaneseHoliday(year: number, month: number, day: number): boolean {
  return Object.prototype.hasOwnProperty.call(holidayJp.holidays, `${year}-${pad(month)}-${pad(day)}`);
}

/** The Tokyo calendar day an instant falls on. */
export function tokyoDay(instant: Date): CalendarDay {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return {
    year,
    month,
    day,
    // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
    weekday: WEEKDAYS[(shifted.getUTCDay() + 6) % 7] as CalendarDay['weekday'],
    holiday: isJapaneseHoliday(year, month, day),
  };
}

/** Minutes since Tokyo midnight of an instant. */
export function tokyoMinutes(instant: Date): number {
  return Math.floor(((instant.getTime() + TOKYO_OFFSET_MS) % DAY_MS) / 60000);
}

/** Tokyo midnight starting the day. */
export function tokyoMidnight(day: Pick<CalendarDay, 'year' | 'month' | 'day'>): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day) - TOKYO_OFFSET_MS);
}

/** 'HH:MM' to minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The facility's open period on the Tokyo day starting at `midnight`, as instants; null when closed. */
export function openPeriod(schedule: Schedule, midnight: Date): { start: Date; end: Date } | null {
  const hours = hoursOn(schedule, tokyoDay(midnight));
  if (!hours) return null;
  return {
    start: new Date(midnight.getTime() + minutesOf(hours.opens) * 60000),
    end: new Date(midnight.getTime() + minutesOf(hours.closes) * 60000),
  };
}

/** Each Tokyo midnight from the day containing `from` to the day containing the instant before `to`. */
export function* tokyoDays(from: Date, to: Date): Generator<Date> {
  for (
    let midnight = tokyoMidnight(tokyoDay(from));
    midnight < to;
    midnight = new Date(midnight.getTime() + DAY_MS)
  ) {
    yield midnight;
  }
}

/** Fiscal year N runs from April 1 of N to March 31 of N+1, Tokyo time. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: tokyoMidnight({ year: fiscalYear, month: 4, day: 1 }),
    end: tokyoMidnight({ year: fiscalYear + 1, month: 4, day: 1 }),
  };
}

/** The fiscal year of a YYYY-MM month. */
export function fiscalYearOfMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return (monthNumber ?? 1) >= 4 ? (year ?? 0) : (year ?? 0) - 1;
}

/** The twelve YYYY-MM months of a fiscal year, April first. */
export function monthsOfFiscalYear(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    return `${month >= 4 ? fiscalYear : fiscalYear + 1}-${pad(month)}`;
  });
}

/** Open hours of one room over the fiscal year, following the schedule day by day. */
export function availableHours(schedule: Schedule, fiscalYear: number): number {
  const { start, end } = fiscalYearRange(fiscalYear);
  let minutes = 0;
  for (const midnight of tokyoDays(start, end)) {
    const period = openPeriod(schedule, midnight);
    if (period) minutes += (period.end.getTime() - period.start.getTime()) / 60000;
  }
  return minutes / 60;
}
